package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Quantity;
import io.talentatlas.analysis.numbers.Unit;
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

    private final FactGrammar grammar;

    NonFactFilter(FactGrammar grammar) {
        this.grammar = grammar;
    }

    /** Why the number is not a fact, or empty when it may be one. */
    Optional<String> dropReason(String body, NumberContext context, QuoteMap quotes, List<String> counters) {
        Quantity quantity = context.quantity();
        String before = body.substring(context.clause().start(), quantity.start());
        if (quotes.inName(quantity.start())) {
            return Optional.of("inside a name");
        }
        if (quotes.inSpeech(quantity.start())) {
            return Optional.of("inside direct speech");
        }
        if (grammar.get("indefinite_article").matcher(quantity.text()).matches()) {
            return Optional.of("indefinite article");
        }
        if (counters.isEmpty() && quantity.unit() != Unit.CNY && quantity.unit() != Unit.PERCENT) {
            return Optional.of("bare number");
        }
        if (!counters.isEmpty() && (grammar.get("nonfact_counter").matcher(counters.get(0)).matches()
                || grammar.found("duration_after", body.substring(quantity.end(), context.clause().end())))) {
            return Optional.of("duration, date or rank");
        }
        if (grammar.found("ordinal_before", before) || grammar.found("phone_before", before)) {
            return Optional.of("ordinal or phone number");
        }
        if (grammar.found("old_value_around", context.right()) && grammar.found("old_value_before", before)) {
            return Optional.of("old value being replaced");
        }
        if (grammar.found("single_item", tail(before) + head(body, quantity.end(), context.clause().end()))) {
            return Optional.of("a single item");
        }
        return singleEntity(body, context) ? Optional.of("a single company or institution") : Optional.empty();
    }

    /** 为25个科技型企业授信: the number counts beneficiaries of something else, not a stock of its noun. */
    boolean countsBeneficiaries(String body, NumberContext context) {
        return grammar.found("beneficiary_before",
                body.substring(context.clause().start(), context.quantity().start()));
    }

    private boolean singleEntity(String body, NumberContext context) {
        String clause = context.clause().text(body);
        if (grammar.found("single_entity_guard", clause)) {
            return false;
        }
        String sentenceBefore = body.substring(context.sentence().start(), context.quantity().start());
        return grammar.found("single_entity", sentenceBefore) || grammar.found("single_entity_subject", sentenceBefore);
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - TAIL));
    }

    private static String head(String body, int from, int limit) {
        return body.substring(from, Math.min(limit, from + HEAD));
    }
}
