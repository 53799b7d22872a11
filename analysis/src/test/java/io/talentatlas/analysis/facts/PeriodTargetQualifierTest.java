package io.talentatlas.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.talentatlas.analysis.numbers.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods resolved against the publication date, targets and qualifiers, on sentences about Xi'an (陕西). */
class PeriodTargetQualifierTest {

    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final String XIAN = "610100";

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            近三年，西安引进各类人才42万人。             | span    | 2020 | 2022 | 近三年
            三年来，全市累计引进各类人才42万人。          | span    | 2021 | 2023 | 三年来
            今年，全市引进各类人才12万人。               | annual  | 2023 | 2023 | 今年
            去年，全市引进各类人才11万人。               | annual  | 2022 | 2022 | 去年
            2021年以来，全市累计引进各类人才30万人。      | span    | 2021 | 2023 | 2021年以来
            截至目前，全市累计引进各类人才50万人。        | span    | null | 2023 | 累计
            全市引进各类人才12万人。                    | unknown | null | null | null
            截至目前，全市人才总量达到280万人。           | as_of   | null | 2023 | 截至目前
            全市人才总量达到280万人。                   | as_of   | null | 2023 | null
            市财政每年安排人才专项资金3亿元。             | annual  | null | null | 每年
            """)
    void periodIsResolvedAgainstThePublicationYear(String sentence, String kind, Integer from, Integer to,
            String label) {
        Fact fact = only(sentence.strip(), "2023-08-01");
        assertEquals(new Period(kindOf(kind), from, to, label), fact.period());
    }

    @Test
    void withoutADateOnlyYearsWrittenInTheTextAreKept() {
        assertEquals(new Period(PeriodKind.SPAN, null, null, "近三年"), only("近三年，西安引进各类人才42万人。", null).period());
        assertEquals(new Period(PeriodKind.SPAN, 2021, null, "2021年以来"),
                only("2021年以来，全市累计引进各类人才30万人。", null).period());
    }

    @Test
    void policyOffersHaveNoPeriod() {
        assertEquals(Period.UNKNOWN, only("今年起对新引进的博士给予最高30万元的购房补贴。", "2023-08-01").period());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            力争到2025年引进各类人才50万人。                    | true
            全市计划引进博士1000人。                           | true
            预计全年新增高新技术企业800家。                     | true
            全市将新建人才公寓5000套。                         | true
            今年，全市确立了引进各类人才15万人的全年目标。         | true
            按照部署，2025年底前建成人才公寓2000套。              | true
            2022年建成人才公寓2000套。                          | false
            全市已集聚“万人计划”等国家级人才320人。              | false
            入选“三秦英才”计划团队12个。                        | false
            全市引进各类人才12万人。                           | false
            """)
    void targetsAreToldFromAchievements(String sentence, boolean target) {
        assertEquals(target, only(sentence.strip(), "2023-08-01").target());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            全市引进各类人才2300余人。                  | at_least
            全市引进各类人才近1万人。                   | approx
            全市高新技术企业突破1.2万家。                | at_least
            全市引进各类人才约3.5万人。                 | approx
            对新引进的博士最高可获得15万元的购房补贴。      | up_to
            最高贷款额度由60万元提高到80万元，用于人才购房。 | up_to
            现场与用人单位签约1200人。                  | exact
            对自主创业的人才给予3万元的创业补助。          | exact
            """)
    void qualifierComesFromTheWordsNextToTheNumber(String sentence, String qualifier) {
        assertEquals(Qualifier.ofKey(qualifier), only(sentence.strip(), "2023-08-01").qualifier());
    }

    @Test
    void anOldValueBeingReplacedIsNoFact() {
        List<Fact> facts = FactExtractorTest.catalogue("人才购房公积金最高贷款额度由60万元提高到80万元。");
        assertEquals(1, facts.size(), facts::toString);
        assertEquals(0, facts.get(0).value().compareTo(java.math.BigDecimal.valueOf(800000)));
    }

    private static Fact only(String sentence, String date) {
        List<Fact> facts = EXTRACTOR.extract(Articles.article(sentence, XIAN, date)).stream()
                .filter(f -> !Metric.OTHER.equals(f.metric())).toList();
        assertEquals(1, facts.size(), () -> "facts of " + sentence + ": " + facts);
        return facts.get(0);
    }

    private static PeriodKind kindOf(String key) {
        for (PeriodKind kind : PeriodKind.values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
