package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OutletsCleanTest {

    @Test
    void keepsTheFirstSegmentWithoutQuotes() {
        assertEquals("内蒙古新闻网", Outlets.clean(" 内蒙古新闻网-《内蒙古日报"));
        assertEquals("内蒙古日报", Outlets.clean("《内蒙古日报》"));
        assertEquals("大庆日报", Outlets.clean("大庆日报社"));
        assertEquals("经济日报", Outlets.clean("“经济日报”｜要闻"));
        assertEquals("中国有色网", Outlets.clean("中国有色网 / 稀土"));
        assertEquals("草原云", Outlets.clean("草原云·内蒙古新闻网"));
        assertEquals("新华社", Outlets.clean("(新华社)"));
    }

    @Test
    void refusesWhatNamesNoOutlet() {
        assertNull(Outlets.clean(null));
        assertNull(Outlets.clean(""));
        assertNull(Outlets.clean("-经济日报"));
        assertNull(Outlets.clean("Reuters"));
        assertNull(Outlets.clean("《报》"));
        assertNull(Outlets.clean("很长".repeat(16)));
    }
}
