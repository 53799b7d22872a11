package io.talentatlas.analysis.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionResolverTest {

    private final RegionResolver resolver = RegionResolver.standard();

    /** "surface=code[/scope]" for each mention, space-separated. */
    private String resolve(String text, String homeCode) {
        RegionContext ctx = homeCode == null ? RegionContext.none() : RegionContext.of(homeCode);
        return resolver.mentions(text, ctx).stream()
                .map(m -> m.surface() + "=" + m.region().code() + (m.scope() == null ? "" : "/" + m.scope()))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "大庆市成立人才工作中心|大庆市=230600",
        "开放的大庆呼唤人才|大庆=230600",
        "被齐齐哈尔招引人才的政策所吸引|齐齐哈尔=230200",
        "呼和浩特打造联动体系|呼和浩特=150100",
        "包头对高层次人才的关心|包头=150200",
        "华中农业大学研究生选择来呼市就业|呼市=150100",
        "毕业于哈尔滨医科大学|哈尔滨=230100",
        "内蒙古博特科技有限责任公司|内蒙古=150000",
        "广西壮族自治区和新疆|广西壮族自治区=450000 新疆=650000",
        "延边朝鲜族自治州和锡林郭勒盟|延边朝鲜族自治州=222400 锡林郭勒盟=152500",
    })
    void resolvesOfficialShortAndAbbreviatedNamesWithoutContext(String text, String expected) {
        assertEquals(expected, resolve(text, null));
    }

    @Test
    void resolvesPlacesInOtherProvinces() {
        assertEquals("广东省=440000 深圳市=440300 南山区=440305 广州=440100 天河区=440106",
                resolve("广东省深圳市南山区与广州天河区联合举办招聘会", "440300"));
        assertEquals("四川=510000 成都高新区=510100/成都高新区 绵阳=510700",
                resolve("四川成都高新区和绵阳共建人才平台", null));
        assertEquals("江苏=320000 苏州工业园区=320500/苏州工业园区 南京=320100",
                resolve("江苏苏州工业园区引进人才,南京紧随其后", null));
        assertEquals("浙江省=330000 杭州=330100 宁波市=330200", resolve("浙江省杭州、宁波市人才新政", null));
    }

    @Test
    void prefersTheLongestName() {
        assertEquals("齐齐哈尔市=230200", resolve("齐齐哈尔市突出服务", null));
        assertEquals("大兴安岭=232700", resolve("大兴安岭林区", null));
    }

    @Test
    void leavesCommonWordsAlone() {
        assertEquals("", resolve("聚焦战略性新兴产业,加强合作,实现长治久安,建设和平城市,朝阳产业", null));
        assertEquals("朝阳市=211300 来宾市=451300", resolve("朝阳市与来宾市", null));
    }

    @Test
    void countyShortNamesNeedTheArticlesProvince() {
        assertEquals("", resolve("和林格尔的人才", null));
        assertEquals("", resolve("和林格尔的人才", "230600"));
        assertEquals("和林格尔=150123", resolve("和林格尔的人才", "150100"));
        assertEquals("和林格尔县=150123", resolve("和林格尔县的人才", null));
    }

    @Test
    void aCountyNamedLikeACityMeansTheCityUnlessWrittenWithItsSuffix() {
        // 吉林省 has 吉林市; 龙江 is the curated abbreviation of 黑龙江省 and also 龙江县 in 齐齐哈尔.
        assertEquals("龙江=230000", resolve("龙江人才振兴", "230200"));
        assertEquals("龙江县=230221", resolve("龙江县人才振兴", "230200"));
        assertEquals("海南=460000", resolve("海南自贸港", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "鹤城特色|230200|鹤城=230200",
        "鹤城特色|431200|鹤城=431200",
        "鹤城特色|150200|''",
        "百湖之城|230600|百湖之城=230600",
        "百湖之城|420100|百湖之城=420100",
        "鹿城英才|150200|鹿城=150200",
        "鹿城英才|330300|鹿城=330300",
        "鹿城英才|460200|鹿城=460200",
        "青城人才|150100|青城=150100",
        "冰城夏都|230100|冰城=230100",
        "油城大庆|230600|油城=230600 大庆=230600",
        "油城东营|370500|油城=370500 东营=370500",
    })
    void resolvesNicknamesOnlyWhenTheProvinceAgrees(String text, String home, String expected) {
        assertEquals(expected, resolve(text, home));
    }

    @Test
    void nicknamesNeedContext() {
        assertEquals("", resolve("鹤城鹿城青城冰城", null));
    }

    @Test
    void resolvesContextWords() {
        assertEquals("我市=230600 全市=230600 本市=230600", resolve("我市和全市及本市", "230600"));
        assertEquals("全省=230000", resolve("全省率先", "230600"));
        assertEquals("首府=150100", resolve("发展的首府成就人才", "150100"));
        assertEquals("首府=150100", resolve("首府", "150200"));
        assertEquals("首府=450100 南宁=450100", resolve("首府南宁", "451300"));
        assertEquals("", resolve("我市首府全省", null));
    }

    @Test
    void givenNamesAfterASurnameAreNotPlaces() {
        assertEquals("大庆=230600", resolve("王金华和李长春来到大庆", null));
        assertEquals("长春市=220100 金华=330700", resolve("李长春市和在金华", null));
    }

    @Test
    void marketWordsAreNotContextWords() {
        assertEquals("全市=230600", resolve("发展资本市场,面向全市场招聘,全市引进人才", "230600"));
    }

    @Test
    void contextWordsOfAProvinceArticleOnlyResolveTheProvince() {
        assertEquals("全省=230000", resolve("全市全省", "230000"));
    }

    @Test
    void resolvesDevelopmentZonesToTheirCityWithAScope() {
        assertEquals("内蒙古=150000 包头稀土高新区=150200/包头稀土高新区",
                resolve("内蒙古包头稀土高新区秉承新理念", null));
        assertEquals("稀土高新区=150200/包头稀土高新区", resolve("制订《稀土高新区人才引进培育八项措施》", "150200"));
        assertEquals("", resolve("稀土高新区", null));
        assertEquals("包头稀土高新技术产业开发区=150200/包头稀土高新技术产业开发区",
                resolve("包头稀土高新技术产业开发区", null));
        assertEquals("呼和浩特经济技术开发区=150100/呼和浩特经济技术开发区", resolve("呼和浩特经济技术开发区", null));
    }

    @Test
    void resolvesNamedHubsAfterAPlaceName() {
        assertEquals("和林格尔人才科创中心=150100/和林格尔人才科创中心 呼和浩特科技城=150100/呼和浩特科技城",
                resolve("以和林格尔人才科创中心为主体,联动北部呼和浩特科技城和中部金桥示范区", "150100"));
        assertEquals("大庆市=230600", resolve("大庆市人才工作中心", null));
    }

    @Test
    void skipsSurfacesThatStayAmbiguous() {
        // 鼓楼区 is in 南京, 徐州, 福州 and 开封: only the home city or province can tell.
        assertEquals("", resolve("鼓楼区", null));
        assertEquals("鼓楼区=350102", resolve("鼓楼区", "350100"));
    }

    @Test
    void mentionsCarryOffsetsIntoTheText() {
        String text = "近年来,齐齐哈尔市突出服务";
        List<RegionMention> mentions = resolver.mentions(text, RegionContext.none());
        RegionMention mention = mentions.get(0);
        assertEquals(4, mention.start());
        assertEquals(9, mention.end());
        assertEquals(mention.surface(), text.substring(mention.start(), mention.end()));
        assertNull(mention.scope());
    }

    @Test
    void handlesEmptyAndNullContext() {
        assertTrue(resolver.mentions("", null).isEmpty());
        assertEquals(1, resolver.mentions("大庆", null).size());
    }
}
