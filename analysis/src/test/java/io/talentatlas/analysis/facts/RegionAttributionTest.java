package io.talentatlas.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which region a fact is about, on sentences from articles about Jiangsu, Guangdong, Jilin and Sichuan cities. */
class RegionAttributionTest {

    private static final FactExtractor EXTRACTOR = FactExtractor.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            320500 | 全市引进各类人才8万人。                                      | 320500
            320500 | 昆山市今年引进各类人才2.1万人。                               | 320583
            320500 | 今年,昆山市加大引才力度。全年引进各类人才2.1万人。             | 320583
            320500 | 昆山市加大引才力度。\\n今年引进各类人才8万人。                  | 320500
            320500 | 赴北京大学、南京大学等高校举办校园招聘会26场。                   | 320500
            320500 | 入选江苏省“双创计划”团队15个。                                | 320500
            440600 | 顺德区今年新增高新技术企业320家,全市高新技术企业达到9100家。      | 440606
            220100 | 全省引进各类人才12万人。                                      | 220000
            230600 | 在全省率先开展改革,与高校合作建成60个“人才工作站”。            | 230600
            420100 | 湖北省今年新增高新技术企业5000家,武汉占一半以上。              | 420000
            150200 | 支持内蒙古自治区重点产业链企业高层次人才引育科研经费60万元。      | 150200
            """)
    void factTakesTheNearestSubjectRegion(String home, String sentence, String region) {
        List<Fact> facts = catalogue(sentence.strip().replace("\\n", "\n"), home);
        assertEquals(region, facts.get(0).region(), facts::toString);
    }

    @Test
    void aBreakdownForAnotherRegionIsKept() {
        List<Fact> facts = catalogue("全省引进各类人才12万人，其中长春市引进各类人才4.5万人。", "220100");
        assertEquals(List.of("220000", "220100"), facts.stream().map(Fact::region).toList(), facts::toString);
    }

    @Test
    void aVerbWithoutItsObjectCountsWhatTheSameVerbCountedBefore() {
        List<Fact> facts = catalogue("2022年，全省引进高层次人才2.3万人，其中长春市引进1.1万人、吉林市引进3600人。", "220000");
        assertEquals(List.of("220000", "220100", "220200"), facts.stream().map(Fact::region).toList(),
                facts::toString);
        assertEquals(1, facts.stream().map(Fact::metric).distinct().count(), facts::toString);
    }

    @Test
    void aRunningTotalWithoutNounCountsWhatTheSentenceCounted() {
        List<Fact> facts = catalogue("全市新建成院士专家工作站15家，累计达到112家。", "370200");
        assertEquals(List.of("platform.talent_station", "platform.talent_station"),
                facts.stream().map(Fact::metric).toList(), facts::toString);
    }

    @Test
    void aZoneNamedInTheTitleIsTheDefaultScope() {
        List<Fact> facts = EXTRACTOR.extract(Articles.article("园区今年新增高新技术企业320家。", "320500", "2023-08-01",
                "苏州工业园区：打造人才高地")).stream().filter(f -> !Metric.OTHER.equals(f.metric())).toList();
        assertEquals("320500", facts.get(0).region());
        assertEquals("苏州工业园区", facts.get(0).scope());
    }

    @Test
    void regionsListedBeforeFenbieTakeTheNumbersInOrder() {
        List<Fact> facts = catalogue("四平市、辽源市分别建成人才公寓800套、650套。", "220000");
        assertEquals(List.of("220300", "220400"), facts.stream().map(Fact::region).toList(), facts::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            全市共有各类人才622万人。         | talent.stock
            全市已建成人才安居房3000套。       | housing.talent_apartments
            通过“校园引才”共招聘高校毕业生4200人。 | graduates.retained
            """)
    void phrasingsOfStocksAndHousing(String sentence, String metric) {
        List<Fact> facts = catalogue(sentence.strip(), "510100");
        assertEquals(List.of(metric), facts.stream().map(Fact::metric).toList(), facts::toString);
    }

    private static List<Fact> catalogue(String body, String home) {
        return EXTRACTOR.extract(Articles.article(body, home, "2023-08-01")).stream()
                .filter(f -> !Metric.OTHER.equals(f.metric())).toList();
    }
}
