package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Quantity;
import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.analysis.text.CharPresence;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.List;
import java.util.Optional;

/**
 * Recognises numbers that are not facts at all (facts.md "Not facts"): numbers inside names and titles, direct speech,
 * durations, dates, ages, ordinals, phone numbers, an old value being replaced (由60万元提高到70万元), a single loan or
 * firm (首笔“人才贷”), and figures whose subject is one named company or institution.
 */
final class NonFactFilter {

    private static final int TAIL = 8;
    private static final int HEAD = 10;

    // The grammar rules this class applies, looked up once: they are asked around every number.
    private final GatedPattern beneficiaryBefore;
    private final GatedPattern durationAfter;
    private final GatedPattern indefiniteArticle;
    private final GatedPattern nonfactCounter;
    private final GatedPattern oldValueAround;
    private final GatedPattern oldValueBefore;
    private final GatedPattern ordinalBefore;
    private final GatedPattern phoneBefore;
    private final GatedPattern singleEntity;
    private final GatedPattern singleEntityGuard;
    private final GatedPattern singleEntitySubject;
    private final GatedPattern singleItem;

    NonFactFilter(FactGrammar grammar) {
        this.beneficiaryBefore = grammar.gated("beneficiary_before");
        this.durationAfter = grammar.gated("duration_after");
        this.indefiniteArticle = grammar.gated("indefinite_article");
        this.nonfactCounter = grammar.gated("nonfact_counter");
        this.oldValueAround = grammar.gated("old_value_around");
        this.oldValueBefore = grammar.gated("old_value_before");
        this.ordinalBefore = grammar.gated("ordinal_before");
        this.phoneBefore = grammar.gated("phone_before");
        this.singleEntity = grammar.gated("single_entity");
        this.singleEntityGuard = grammar.gated("single_entity_guard");
        this.singleEntitySubject = grammar.gated("single_entity_subject");
        this.singleItem = grammar.gated("single_item");
    }

    /**
     * Why the number is not a fact, or empty when it may be one. {@code chars} holds the characters of the number's
     * sentence, or is null.
     */
    Optional<String> dropReason(String body, NumberContext context, QuoteMap quotes, List<String> counters,
            CharPresence chars) {
        Quantity quantity = context.quantity();
        String before = context.clauseBefore();
        if (quotes.inName(quantity.start())) {
            return Optional.of("inside a name");
        }
        if (quotes.inSpeech(quantity.start())) {
            return Optional.of("inside direct speech");
        }
        if (indefiniteArticle.matches(quantity.text())) {
            return Optional.of("indefinite article");
        }
        if (counters.isEmpty() && quantity.unit() != Unit.CNY && quantity.unit() != Unit.PERCENT) {
            return Optional.of("bare number");
        }
        if (!counters.isEmpty() && (nonfactCounter.matches(counters.get(0))
                || durationAfter.mayOccurIn(chars)
                        && durationAfter.find(body.substring(quantity.end(), context.clause().end())))) {
            return Optional.of("duration, date or rank");
        }
        if (ordinalBefore.find(before, chars) || phoneBefore.find(before, chars)) {
            return Optional.of("ordinal or phone number");
        }
        if (oldValueAround.find(context.right(), chars) && oldValueBefore.find(before, chars)) {
            return Optional.of("old value being replaced");
        }
        // The text joins the words on both sides of the number directly: only its characters are known.
        if (singleItem.mayOccurIn(chars == null ? null : chars.charsOnly())
                && singleItem.find(tail(before) + head(body, quantity.end(), context.clause().end()))) {
            return Optional.of("a single item");
        }
        return singleEntity(body, context, chars) ? Optional.of("a single company or institution") : Optional.empty();
    }

    /** 为25个科技型企业授信: the number counts beneficiaries of something else, not a stock of its noun. */
    boolean countsBeneficiaries(String body, NumberContext context, CharPresence chars) {
        return beneficiaryBefore.mayOccurIn(chars)
                && beneficiaryBefore.find(context.clauseBefore());
    }

    private boolean singleEntity(String body, NumberContext context, CharPresence chars) {
        if (!singleEntity.mayOccurIn(chars) && !singleEntitySubject.mayOccurIn(chars)) {
            return false;
        }
        if (singleEntityGuard.mayOccurIn(chars) && singleEntityGuard.find(context.clause().text(body))) {
            return false;
        }
        String sentenceBefore = body.substring(context.sentence().start(), context.quantity().start());
        return singleEntity.find(sentenceBefore, chars) || singleEntitySubject.find(sentenceBefore, chars);
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - TAIL));
    }

    private static String head(String body, int from, int limit) {
        return body.substring(from, Math.min(limit, from + HEAD));
    }
}
