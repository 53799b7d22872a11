package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023年01月05日 9:31|2023-01-05T09:31+08:00",
        "2024年9月28日09:16|2024-09-28T09:16+08:00",
        "2022-01-04 07:38:30 +0800|2022-01-04T07:38:30+08:00",
        "2022-05-06T15:52:19Z|2022-05-06T15:52:19Z",
        "2022-05-06T15:52:19.123-05:00|2022-05-06T15:52:19-05:00",
        "2021/3/8|2021-03-08T00:00+08:00",
        "发布时间:2023年1月5日 9:31:05|2023-01-05T09:31:05+08:00",
    })
    void readsDatesWithTheirOffsetOrChinaTime(String text, String expected) {
        OffsetDateTime parsed = DateTimes.find(text).orElseThrow();
        assertEquals(OffsetDateTime.parse(expected).toInstant(), parsed.toInstant());
        assertEquals(OffsetDateTime.parse(expected).getOffset(), parsed.getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年13月45日 25:61", "2023-02-30", "2022年以来", "近三年", "2023-01-05 12:00 +9999"})
    void ignoresWhatIsNotARealDate(String text) {
        assertTrue(DateTimes.find(text).isEmpty());
    }
}
