package io.talentatlas.gateway.rest;

/** Example bodies for the OpenAPI document, abridged from real answers on the seed articles. */
final class ApiExamples {

    static final String REGION_LIST = """
            {"stale":false,"asOf":"2026-11-24T12:00:00Z","items":[{"code":"230200","name":"齐齐哈尔市",
            "level":"prefecture","parent":"230000","articleCount":1,"factCount":16,
            "lastArticleAt":"2022-01-04T00:00:00Z"}],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    static final String FACT = """
            {"id":101,"region":"231200","scope":null,"metric":"incentive.housing_purchase","value":150000,
            "valueMin":null,"unit":"cny","qualifier":"up_to","period":{"kind":"unknown","from":null,"to":null,
            "label":null},"target":false,"label":"购房补贴","evidence":"给予最高15万元购房补贴","spanStart":812,
            "spanEnd":818,"article":{"id":"05e16e…","title":"绥化：…","publishedAt":"2022-03-01T08:00:00+08:00",
            "outlet":"绥化日报","url":null}}""";

    static final String REGION_VIEW = """
            {"stale":false,"asOf":"2026-11-24T12:00:00Z","region":{"code":"231200","name":"绥化市",
            "level":"prefecture","parent":"230000"},"parents":[{"code":"230000","name":"黑龙江省",
            "level":"province","parent":null}],"headline":[],"offers":[""" + FACT + """
            ],"targets":[{"metric":"talent.introduced","value":4000,"unit":"person","qualifier":"exact",
            "target":true,"evidence":"力争引进人才4000人"}],"scoped":[{"scope":"包头稀土高新区","facts":[]}],
            "children":[],"recentArticles":[{"id":"05e16e…","title":"绥化：…"}]}""";

    static final String HISTORY = """
            {"stale":false,"asOf":"2026-11-24T12:00:00Z","region":{"code":"230200","name":"齐齐哈尔市"},
            "metric":"talent.introduced","kind":"flow","facts":{"items":[""" + FACT + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}}""";

    static final String COMPARE = """
            {"stale":false,"asOf":"2026-11-24T12:00:00Z","metric":"talent.introduced","kind":"flow",
            "level":"prefecture","province":null,"ranking":{"items":[{"rank":1,"region":{"code":"230600",
            "name":"大庆市"},"fact":{"value":52000,"qualifier":"exact"},"exactValue":true},{"rank":2,
            "region":{"code":"230200","name":"齐齐哈尔市"},"fact":{"value":1217,"qualifier":"at_least"},
            "exactValue":false}],"page":0,"size":20,"totalItems":2,"totalPages":1}}""";

    static final String ROLLUP = """
            {"stale":false,"asOf":"2026-11-24T12:00:00Z","province":{"code":"230000","name":"黑龙江省"},
            "metric":"talent.introduced","year":null,"groups":[{"period":{"kind":"span","from":2020,"to":2022},
            "unit":"person","total":52000,"qualifier":"exact","contributions":[{"region":{"code":"230600",
            "name":"大庆市"},"fact":{"value":52000}}]}],"citiesWithoutFigure":[{"code":"230100","name":"哈尔滨市"}]}""";

    static final String ARTICLES = """
            {"stale":false,"asOf":"2026-11-24T12:00:00Z","items":[{"id":"05e16e…","title":"绥化：…",
            "publishedAt":"2022-03-01T08:00:00+08:00","outlet":"绥化日报","url":null,"homeRegion":"231200",
            "factCount":10}],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    static final String ARTICLE = """
            {"stale":false,"asOf":"2026-11-24T12:00:00Z","id":"05e16e…","title":"绥化：…","homeRegion":"231200",
            "body":"…给予最高15万元购房补贴…","paragraphs":[{"start":0,"end":120,"heading":false}],"facts":[""" + FACT + """
            ]}""";

    static final String METRICS = """
            {"stale":false,"asOf":"2026-11-24T12:00:00Z","items":[{"key":"talent.introduced","kind":"flow",
            "displayName":"引进人才"}]}""";

    static final String UNKNOWN_METRIC = """
            {"type":"https://talent-atlas.io/problems/unknown-metric","title":"Unknown metric","status":404,
            "detail":"unknown metric 'talent.imported'; valid metrics: talent.introduced, …",
            "validMetrics":["talent.introduced","talent.stock"]}""";

    static final String UNAVAILABLE = """
            {"type":"https://talent-atlas.io/problems/metrics-unavailable","title":"Figures temporarily unavailable",
            "status":503,
            "detail":"metrics-service cannot be reached and no earlier answer to this request is cached"}""";

    private ApiExamples() {
    }
}
