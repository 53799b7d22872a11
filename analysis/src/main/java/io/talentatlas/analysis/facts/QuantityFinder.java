package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Quantity;
import java.util.List;

/** Finds the numbers of a text, read by the numbers layer (offsets into the text). */
@FunctionalInterface
public interface QuantityFinder {

    List<Quantity> find(String text);
}
