package io.talentatlas.metrics.service.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SumQualifierTest {

    @Test
    void exactOnlyWhenEveryTermIsExact() {
        assertEquals("exact", SumQualifier.of(List.of("exact", "exact")));
        assertEquals("at_least", SumQualifier.of(List.of("exact", "at_least")));
        assertEquals("up_to", SumQualifier.of(List.of("up_to", "exact")));
        assertEquals("approx", SumQualifier.of(List.of("at_least", "up_to")));
        assertEquals("approx", SumQualifier.of(List.of("exact", "approx")));
    }
}
