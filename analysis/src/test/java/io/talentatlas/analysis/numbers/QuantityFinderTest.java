package io.talentatlas.analysis.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The talent-news forms of facts.md, and the numbers the facts layer must be able to drop. */
class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | quantity text | value | unit | unit text | qualifier
        "近三年引进人才5.2万人|5.2万人|52000|person|万人|exact",
        "累计引进近5.2万人|近5.2万人|52000|person|万人|approx",
        "给予最高15万元购房补贴|最高15万元|150000|cny|万元|up_to",
        "人才专项资金1.2亿元|1.2亿元|120000000|cny|亿元|exact",
        "在线观看150余万人次|150余万人次|1500000|person_time|万人次|at_least",
        "收到应聘简历4100余份|4100余份|4100|other|份|at_least",
        "占常住人口的百分之十七点八|百分之十七点八|17.8|percent|百分之|exact",
        "占常住人口的17.8%|17.8%|17.8|percent|%|exact",
        "开展两期活动|两期|2|other|期|exact",
        "高新技术企业突破400家|突破400家|400|org|家|at_least",
        "阅读人次累计超过5万，|超过5万|50000|other||at_least",
        "引进产业人才1217人|1217人|1217|person|人|exact",
        "引进1,200名博士|1,200名|1200|person|名|exact",
        "引进１２３名硕士|１２３名|123|person|名|exact",
        "今年23岁的王乐栋|23岁|23|other|岁|exact",
        "6932次浏览|6932次|6932|other|次|exact",
        "建成60个“人才工作站”|60个|60|org|个|exact",
        "引进25支领军人才团队|25支|25|team|支|exact",
        "组建3个团队|3个团队|3|team|个团队|exact",
        "建成人才公寓1350套|1350套|1350|dwelling|套|exact",
        "面积71772平方米|71772平方米|71772|m2|平方米|exact",
        "举办招聘会10场次|10场次|10|event|场次|exact",
        "惠及企业82户|82户|82|org|户|exact",
        "全市138户企业|138户|138|org|户|exact",
        "惠及农民82户|82户|82|other|户|exact",
        "创新人才700余人|700余人|700|person|人|at_least",
        "培育10余所高校|10余所|10|org|所|at_least",
        "研发人员1000人以上|1000人以上|1000|person|人|at_least",
        "工作了八个多月|八个多月|8|other|个多月|at_least",
        "约300名专家|约300名|300|person|名|approx",
        "培训200人左右|200人左右|200|person|人|approx",
        "补贴不超过5万元|不超过5万元|50000|cny|万元|up_to",
        "签约120人|120人|120|person|人|exact",
        "附近3所高校|3所|3|org|所|exact",
        "最近3年|3年|3|other|年|exact"
    })
    void readsTalentNewsForm(String text, String quantityText, String value, String unit, String unitText,
            String qualifier) {
        Quantity q = only(text, quantityText);
        assertValue(value, q);
        assertEquals(Unit.ofKey(unit), q.unit(), q::toString);
        assertEquals(unitText == null ? "" : unitText, q.unitText(), q::toString);
        assertEquals(Qualifier.ofKey(qualifier), q.qualifier(), q::toString);
        assertEquals(QuantityKind.NUMBER, q.kind(), q::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "每月最高3000元|cny_per_month",
        "连续3年每月给予最高3000元的补贴|cny_per_month",
        "补贴3000元/月|cny_per_month",
        "年薪50万元|cny_per_year",
        "每年最高1万元的租房补贴|cny_per_year",
        "一次性补贴3万元|cny"
    })
    void readsPayPeriod(String text, String unit) {
        Quantity money = finder.find(text).stream().filter(q -> q.unitText().endsWith("元")
                || q.unitText().contains("元/")).reduce((a, b) -> b).orElseThrow();
        assertEquals(Unit.ofKey(unit), money.unit(), money::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "补贴3000至5000元|3000至5000元|3000|5000|cny",
        "补贴3000-5000元|3000-5000元|3000|5000|cny",
        "月补贴3000至5000元|3000至5000元|3000|5000|cny_per_month",
        "工作3—5年|3—5年|3|5|other",
        "奖励3000到5000|3000到5000|3000|5000|other",
        "资助1万至2万元|1万至2万元|10000|20000|cny",
        "资助1至2万元|1至2万元|10000|20000|cny"
    })
    void readsRangeAsUpperBoundWithLowerBound(String text, String quantityText, String min, String max,
            String unit) {
        Quantity q = only(text, quantityText);
        assertEquals(0, new BigDecimal(max).compareTo(q.value()), q::toString);
        assertEquals(0, new BigDecimal(min).compareTo(q.valueMin()), q::toString);
        assertEquals(Qualifier.UP_TO, q.qualifier(), q::toString);
        assertEquals(Unit.ofKey(unit), q.unit(), q::toString);
    }

    @Test
    void spanIsInSourceOffsetsIncludingLeadingHedge() {
        String text = "近三年引进人才近5.2万人，全市";
        Quantity q = finder.find(text).get(1);
        assertEquals(text.indexOf("近5.2"), q.start());
        assertEquals(text.indexOf("，"), q.end());
        assertEquals("近5.2万人", text.substring(q.start(), q.end()));
    }

    /** 比30大于50: the 大 after 30 is read as its unit and as the next number's hedge; neither may break the finder. */
    @ParameterizedTest
    @ValueSource(strings = {"比30大于50", "比30多于50人", "营收比去年多30多于50家"})
    void numbersSharingACharacterAreNotJoined(String text) {
        List<Quantity> found = finder.find(text);
        assertTrue(found.stream().anyMatch(q -> q.value().compareTo(new BigDecimal("50")) == 0), () -> text + found);
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).start() <= found.get(i).start(), () -> text + found);
        }
    }

    @Test
    void recentYearsIsAPeriodNotAnApproximation() {
        Quantity q = only("近三年引进人才", "三年");
        assertEquals(Qualifier.EXACT, q.qualifier());
        assertValue("3", q);
    }

    @Test
    void recognisesYearDateAndTime() {
        List<Quantity> found = finder.find("2023年01月05日 9:31 来源");
        assertEquals(List.of(QuantityKind.YEAR, QuantityKind.DATE, QuantityKind.DATE, QuantityKind.TIME),
                found.stream().map(Quantity::kind).toList());
        assertValue("2023", found.get(0));
        assertValue("5", found.get(2));
        assertEquals("9:31", found.get(3).text());
    }

    @Test
    void recognisesChineseYear() {
        Quantity q = only("二〇二二年", "二〇二二年");
        assertEquals(QuantityKind.YEAR, q.kind());
        assertValue("2022", q);
    }

    @Test
    void recognisesNumericDate() {
        Quantity q = only("发布于2023-01-05 09:16", "2023-01-05");
        assertEquals(QuantityKind.DATE, q.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "排名第30位|30位|ORDINAL",
        "第三届人才节|三届|ORDINAL",
        "电话:010-63971479|010-63971479|PHONE",
        "咨询13912345678|13912345678|PHONE",
        "推广5G技术|5|CODE",
        "辅酶Q10等产品|10|CODE",
        "见www.example.com/a/2022/123.html|2022|CODE",
        "《新时代龙江人才振兴60条》|60条|NAME",
        "落实“五免”政策|五|NAME",
        "引才政策“金十条”|十条|NAME",
        "航天六院等项目|六|WORD"
    })
    void marksNumbersThatAreNotFacts(String text, String quantityText, String kind) {
        Quantity q = only(text, quantityText);
        assertEquals(QuantityKind.valueOf(kind), q.kind(), q::toString);
        assertTrue(!q.isFactCandidate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"一些企业", "一起努力", "统一部署", "建设一流大学", "万一出现", "共建一带一路", "千方百计",
        "服务三农", "打造“五链”", "四川大学", "万山磅礴有主峰，千帆竞发需领航", "十分重要", "零星报销",
        "党的二十大精神", "一次性补贴", "两两组合", "陆地", "退伍军人", "收拾房间"})
    void wordsWithNumeralCharactersAreNoFactCandidates(String text) {
        List<Quantity> candidates = finder.find(text).stream().filter(Quantity::isFactCandidate).toList();
        assertEquals(List.of(), candidates);
    }

    @Test
    void numbersInsideAQuotedNameAreNames() {
        List<Quantity> found = finder.find("结对帮扶“1+1”行动计划");
        assertEquals(List.of(QuantityKind.NAME, QuantityKind.NAME), found.stream().map(Quantity::kind).toList());
    }

    @Test
    void tenMinutesIsNotTheAdverb() {
        assertValue("10", only("等待十分钟", "十分钟"));
    }

    @Test
    void plainNumberHasNoRange() {
        Quantity q = only("引进人才1217人", "1217人");
        assertNull(q.valueMin());
    }

    private Quantity only(String text, String quantityText) {
        List<Quantity> matching = finder.find(text).stream().filter(q -> q.text().equals(quantityText)).toList();
        assertEquals(1, matching.size(), () -> "expected one " + quantityText + " in " + finder.find(text));
        return matching.get(0);
    }

    private static void assertValue(String expected, Quantity q) {
        assertEquals(0, new BigDecimal(expected).compareTo(q.value()), q::toString);
    }
}
