package io.talentatlas.analysis.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "5.2万|52000",
        "1.2亿|120000000",
        "两|2",
        "一万|10000",
        "二〇二二|2022",
        "一九九一|1991",
        "十万|100000",
        "三十亿|3000000000",
        "四万万|400000000",
        "4.78万亿|4780000000000",
        "一万五千亿|1500000000000",
        "百分之十七点八|17.8",
        "千分之五|0.5",
        "150余万|1500000",
        "五百多万|5000000",
        "零点五|0.5",
        "一点二亿|120000000",
        "1,234.5|1234.5",
        "１２３|123",
        "１２．５|12.5",
        "壹佰贰拾叁|123",
        "叁拾萬|300000",
        "伍仟億|500000000000",
        "廿三|23",
        "卅|30",
        "两千四百五|2450",
        "一万三|13000",
        "一千零五|1005",
        "一百零十万|1100000",
        "十五点七|15.7",
        "两千万点五五|20000000.55",
        "3万4000|34000",
        "负三十二|-32",
        "三分之一|0.3333333333333333333333333333333333",
        "3又1/2|3.5",
        "2e5|200000",
        "40k|40000",
        "半百|50"
    })
    void readsNumeral(String numeral, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumerals.parse(numeral)),
                () -> numeral + " read as " + ChineseNumerals.parse(numeral));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "万", "万万", "二三十", "三五", "点五", "abc"})
    void rejectsWhatIsNotOneNumeral(String text) {
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999亿", "十万亿亿", "999999999999999999999"})
    void neverOverflows(String numeral) {
        BigDecimal value = ChineseNumerals.parse(numeral);
        assertEquals(1, value.signum(), () -> numeral + " read as " + value);
    }
}
