package io.talentatlas.metrics.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtractorVersionsTest {

    @Test
    void numericPartsCompareAsNumbers() {
        assertTrue(ExtractorVersions.isNewer("1.10.0", "1.9.3"));
        assertTrue(ExtractorVersions.isNewer("2", "1.99"));
        assertTrue(ExtractorVersions.isNewer("1.0.1", "1.0"));
        assertFalse(ExtractorVersions.isNewer("1.0", "1.0.0"));
        assertFalse(ExtractorVersions.isNewer("1.9.3", "1.10.0"));
    }

    @Test
    void otherPartsCompareAsText() {
        assertTrue(ExtractorVersions.isNewer("1.0-rc2", "1.0-rc1"));
        assertFalse(ExtractorVersions.isNewer("abc", "abc"));
    }
}
