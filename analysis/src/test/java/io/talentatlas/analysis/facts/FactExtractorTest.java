package io.talentatlas.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talentatlas.analysis.numbers.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence-level cases for each metric family, written for cities outside the seeds: the sentence must yield exactly
 * one catalogue fact with this metric, value and unit.
 */
class FactExtractorTest {

    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final String WUHAN = "420100";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2023年，全市新引进大学生30.5万人。                 | graduates.retained           | 305000    | person
            全年共有8.2万名高校毕业生留汉就业创业。             | graduates.retained           | 82000     | person
            2023年新留汉大学生32.1万人。                       | graduates.retained           | 321000    | person
            截至9月底，全市高层次人才总数达到2.6万人。            | talent.high_level            | 26000     | person
            青年人才首次购房可享受最高20万元补贴。               | incentive.housing_purchase   | 200000    | cny
            今年以来，全市引进各类人才4.6万人。                 | talent.introduced            | 46000     | person
            企业通过“校园引才”行动引进紧缺人才870名。           | talent.introduced            | 870       | person
            全市新引进高层次人才1200人。                       | talent.introduced.high_level | 1200      | person
            依托高校院所柔性引进专家团队15个。                   | talent.introduced.flexible   | 15        | team
            截至目前，全市人才资源总量达到310万人。              | talent.stock                 | 3100000   | person
            全市人才总量突破300万。                            | talent.stock                 | 3000000   | person
            全市集聚两院院士、国家级领军人才等高层次人才2300余人。 | talent.high_level           | 2300      | person
            全年新增高技能人才5.6万人。                         | talent.skilled.new           | 56000     | person
            新认定省级创新团队36个。                           | talent.teams                 | 36        | team
            对新引进的博士给予最高20万元的购房补贴。             | incentive.housing_purchase   | 200000    | cny
            符合条件的硕士研究生可领取3万元安家补贴。             | incentive.living_allowance   | 30000     | cny
            对来汉创业的大学生给予每年最高2万元的租房补贴。        | incentive.rent               | 20000     | cny_per_year
            企业引进的博士每月可领取5000元生活津贴。             | incentive.monthly_allowance  | 5000      | cny_per_month
            对首次创业的大学生给予1万元创业补贴。                | incentive.startup_grant      | 10000     | cny
            个人可申请最高30万元的创业担保贷款。                 | incentive.startup_loan       | 300000    | cny
            人才购房可申请公积金贷款，最高贷款额度100万元。        | incentive.housing_loan       | 1000000   | cny
            市财政每年安排人才发展专项资金5亿元。                | fund.talent                  | 500000000 | cny
            全年兑现各类人才奖励补贴资金3.8亿元。                | fund.disbursed               | 380000000 | cny
            全年共为1.2万名人才发放生活补贴、租房补贴等1.8亿元。    | fund.disbursed               | 180000000 | cny
            给予大学生租房补贴每人每月最高1500元。               | incentive.rent               | 1500      | cny_per_month
            累计为人才企业发放“人才贷”12.6亿元。                 | loan.disbursed               | 1260000000 | cny
            全市筹集人才公寓8000套。                          | housing.talent_apartments    | 8000      | dwelling
            新建省级以上重点实验室和工程技术研究中心45家。         | platform.innovation          | 45        | org
            国家重点实验室达到32家。                           | platform.innovation          | 32        | org
            全市博士后科研工作站增至41个。                      | platform.postdoc             | 41        | org
            在县域建成专家工作站23家。                          | platform.talent_station      | 23        | org
            全市高新技术企业达到1.4万家。                       | enterprise.high_tech         | 14000     | org
            科技型中小企业评价入库1.2万家。                     | enterprise.tech              | 12000     | org
            全年开展职业技能培训35万人次。                      | training.participants        | 350000    | person_time
            赴全国各地高校举办校园招聘会86场。                   | recruitment.events           | 86        | event
            现场与用人单位签约1.1万人。                         | recruitment.signed           | 11000     | person
            全市技术合同成交额达到1100亿元。                     | tech_contract.value          | 110000000000 | cny
            人才总量占常住人口的比重达到21.5%。                  | talent.stock.share           | 21.5      | percent
            """)
    void sentenceYieldsOneCatalogueFact(String sentence, String metric, BigDecimal value, String unit) {
        List<Fact> facts = catalogue(sentence.strip());

        assertEquals(1, facts.size(), () -> "facts of " + sentence + ": " + facts);
        Fact fact = facts.get(0);
        assertEquals(metric, fact.metric());
        assertEquals(0, value.compareTo(fact.value()), () -> "value " + fact.value());
        assertEquals(Unit.ofKey(unit), fact.unit());
        assertEquals(WUHAN, fact.region());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            今年28岁的张明博士毕业后来到武汉工作。
            出台《武汉市人才新政20条》。
            实施“1+1”结对帮扶行动计划。
            在全国城市人才吸引力排名中位列第8位。
            连续3年免费入住人才公寓。
            人才服务咨询电话：027-85771234。
            某某光电科技有限公司去年引进博士56人。
            “我们公司去年引进了30名工程师，研发团队扩大了一倍。”企业负责人说。
            一家生物医药企业负责人介绍了引才经验。
            华中科技大学今年引进海外优秀青年人才86人。
            东湖实验室已集聚科研人员1200余人，其中院士6人。
            全市常住人口达到1373.9万人，城镇化率84.8%。
            全市组建志愿服务团队300支。
            全年新增就业见习岗位1.2万个，吸纳高校毕业生见习8600人。
            全年接待来访人才1.5万人次。
            据了解，该项目总投资15亿元，占地面积300亩。
            全市平均工资达到8.6万元，位居全省第2。
            本届大赛共吸引来自全国28个省份的1200个项目参赛。
            第二十届中国国际人才交流大会于4月15日在深圳开幕。
            一是强化政策引领，二是优化服务保障，三是搭建创新平台。
            该区与浙江大学、复旦大学等12所高校签订战略合作协议。
            直播吸引7万余人在线观看。
            """)
    void nonFactYieldsNoCatalogueFact(String sentence) {
        assertEquals(List.of(), catalogue(sentence.strip()));
    }

    static List<Fact> catalogue(String body) {
        return EXTRACTOR.extract(Articles.article(body, WUHAN, "2023-12-20")).stream()
                .filter(f -> !Metric.OTHER.equals(f.metric())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            全市人才总量达到310万人，其中高技能人才68万人。
            累计引进人才12万人，其中博士4000余人。
            """)
    void breakdownAfterQizhongIsDropped(String sentence) {
        List<Fact> facts = catalogue(sentence.strip());
        assertEquals(1, facts.size(), () -> facts.toString());
        assertTrue(facts.get(0).value().compareTo(BigDecimal.valueOf(10000)) > 0);
    }
}
