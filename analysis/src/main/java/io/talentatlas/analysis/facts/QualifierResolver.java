package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Qualifier;
import io.talentatlas.analysis.numbers.Quantity;
import io.talentatlas.analysis.text.CharPresence;
import io.talentatlas.analysis.text.GatedPattern;

/**
 * The qualifier of a fact: the numbers layer's reading, completed by the words next to the number (突破400家,
 * 2300余人, 1万左右) and, for policy offers, by 最高 earlier in the clause (最高可获得15万元购房补贴).
 */
final class QualifierResolver {

    // The grammar rules this class applies, looked up once: they are asked around every number.
    private final GatedPattern approxAfter;
    private final GatedPattern approxBefore;
    private final GatedPattern atLeastAfter;
    private final GatedPattern atLeastBefore;
    private final GatedPattern upToAfter;
    private final GatedPattern upToBefore;
    private final GatedPattern upToClause;
    private final GatedPattern wordEndingInHedge;

    QualifierResolver(FactGrammar grammar) {
        this.approxAfter = grammar.gated("approx_after");
        this.approxBefore = grammar.gated("approx_before");
        this.atLeastAfter = grammar.gated("at_least_after");
        this.atLeastBefore = grammar.gated("at_least_before");
        this.upToAfter = grammar.gated("up_to_after");
        this.upToBefore = grammar.gated("up_to_before");
        this.upToClause = grammar.gated("up_to_clause");
        this.wordEndingInHedge = grammar.gated("word_ending_in_hedge");
    }

    /** {@code chars} holds the characters of the number's sentence, or is null. */
    Qualifier resolve(String body, NumberContext context, boolean offer, CharPresence chars) {
        Quantity quantity = context.quantity();
        boolean falseHedge = wordEndingInHedge.mayOccurIn(chars) && wordEndingInHedge.find(
                body.substring(context.clause().start(), ContextBuilder.numeralStart(quantity)));
        if (quantity.qualifier() != Qualifier.EXACT && !falseHedge) {
            return quantity.qualifier();
        }
        String before = context.clauseBefore();
        // The words after the number are cut only when the sentence holds a literal of one of the rules read there.
        String after = upToAfter.mayOccurIn(chars) || atLeastAfter.mayOccurIn(chars) || approxAfter.mayOccurIn(chars)
                ? body.substring(quantity.end(), context.clause().end())
                : null;
        if (upToBefore.find(before, chars) || after != null && upToAfter.find(after, chars)) {
            return Qualifier.UP_TO;
        }
        if (atLeastBefore.find(before, chars) || after != null && atLeastAfter.find(after, chars)) {
            return Qualifier.AT_LEAST;
        }
        if (approxBefore.find(before, chars) || after != null && approxAfter.find(after, chars)) {
            return Qualifier.APPROX;
        }
        if (offer && upToClause.find(before, chars)) {
            return Qualifier.UP_TO;
        }
        return Qualifier.EXACT;
    }
}
