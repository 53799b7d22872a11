package io.talentatlas.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which region a fact is about, on sentences from articles about Jiangsu and Guangdong cities. */
class RegionAttributionTest {

    private static final FactExtractor EXTRACTOR = FactExtractor.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            320500 | 全市引进各类人才8万人。                                      | 320500
            320500 | 昆山市今年引进各类人才2.1万人。                               | 320583
            320500 | 今年,昆山市加大引才力度。全年引进各类人才2.1万人。             | 320583
            320500 | 赴北京大学、南京大学等高校举办校园招聘会26场。                   | 320500
            320500 | 入选江苏省“双创计划”团队15个。                                | 320500
            440600 | 顺德区今年新增高新技术企业320家,全市高新技术企业达到9100家。      | 440606
            """)
    void factTakesTheNearestSubjectRegion(String home, String sentence, String region) {
        List<Fact> facts = EXTRACTOR.extract(Articles.article(sentence.strip(), home, "2023-08-01")).stream()
                .filter(f -> !Metric.OTHER.equals(f.metric())).toList();
        assertEquals(region, facts.get(0).region(), facts::toString);
    }
}
