package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Qualifier;
import io.talentatlas.analysis.numbers.Quantity;

/**
 * The qualifier of a fact: the numbers layer's reading, completed by the words next to the number (突破400家,
 * 2300余人, 1万左右) and, for policy offers, by 最高 earlier in the clause (最高可获得15万元购房补贴).
 */
final class QualifierResolver {

    private final FactGrammar grammar;

    QualifierResolver(FactGrammar grammar) {
        this.grammar = grammar;
    }

    Qualifier resolve(String body, NumberContext context, boolean offer) {
        Quantity quantity = context.quantity();
        boolean falseHedge = grammar.found("word_ending_in_hedge",
                body.substring(context.clause().start(), ContextBuilder.numeralStart(quantity)));
        if (quantity.qualifier() != Qualifier.EXACT && !falseHedge) {
            return quantity.qualifier();
        }
        String before = body.substring(context.clause().start(), quantity.start());
        String after = body.substring(quantity.end(), context.clause().end());
        if (grammar.found("up_to_before", before) || grammar.found("up_to_after", after)) {
            return Qualifier.UP_TO;
        }
        if (grammar.found("at_least_before", before) || grammar.found("at_least_after", after)) {
            return Qualifier.AT_LEAST;
        }
        if (grammar.found("approx_before", before) || grammar.found("approx_after", after)) {
            return Qualifier.APPROX;
        }
        if (offer && grammar.found("up_to_clause", before)) {
            return Qualifier.UP_TO;
        }
        return Qualifier.EXACT;
    }
}
