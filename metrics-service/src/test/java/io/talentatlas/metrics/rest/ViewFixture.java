package io.talentatlas.metrics.rest;

import io.talentatlas.analysis.facts.Fact;
import io.talentatlas.analysis.facts.Period;
import io.talentatlas.analysis.facts.PeriodKind;
import io.talentatlas.analysis.numbers.Qualifier;
import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.metrics.service.ArticleStore;
import io.talentatlas.metrics.service.Extraction;
import io.talentatlas.metrics.service.TestArticles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A small corpus with known answers for the query endpoints: two articles about 齐齐哈尔 a year apart, a 绥化
 * article with a target beside an achievement, a 包头 article with a development-zone figure, an undated 大庆
 * article and a 哈尔滨 stock. Stored through {@link ArticleStore}, as the consumer stores articles.
 */
@ApplicationScoped
public class ViewFixture {

    private final ArticleStore store;
    private final EntityManager entityManager;
    private final List<String> ids = new ArrayList<>();

    public ViewFixture(ArticleStore store, EntityManager entityManager) {
        this.store = store;
        this.entityManager = entityManager;
    }

    /** Empties the tables and stores the corpus; returns the article ids in the order listed above. */
    public synchronized List<String> load() {
        clear();
        ids.clear();
        add("230200", "2022-01-04T09:00:00+08:00", "目前全市引进产业人才1217人。给予最高10万元购房补贴。",
                f("230200", null, "talent.introduced", 1217, Qualifier.EXACT, false, span(null, 2022), "1217人"),
                offer("230200", "incentive.housing_purchase", 100000, "10万元"));
        add("230200", "2023-03-01T09:00:00+08:00", "2022年全市引进人才2000余人。",
                f("230200", null, "talent.introduced", 2000, Qualifier.AT_LEAST, false, annual(2022), "2000余人"));
        add("231200", "2022-06-01T09:00:00+08:00",
                "今年计划引进人才4000人。2022年引进人才800人。购房补贴最高15万元。",
                f("231200", null, "talent.introduced", 4000, Qualifier.EXACT, true, annual(2022), "4000人"),
                f("231200", null, "talent.introduced", 800, Qualifier.EXACT, false, annual(2022), "800人"),
                offer("231200", "incentive.housing_purchase", 150000, "15万元"));
        add("150200", "2023-01-05T09:00:00+08:00", "包头稀土高新区研发平台158家。2022年全市引进人才3000人。",
                f("150200", "包头稀土高新区", "platform.innovation", 158, Qualifier.EXACT, false, asOf(2022), "158家"),
                f("150200", null, "talent.introduced", 3000, Qualifier.EXACT, false, annual(2022), "3000人"));
        add("230600", null, "近三年引进人才5.2万人。",
                f("230600", null, "talent.introduced", 52000, Qualifier.EXACT, false, span(2020, 2022), "5.2万人"));
        add("230100", "2023-02-01T09:00:00+08:00", "全市人才总量达到50万人。",
                f("230100", null, "talent.stock", 500000, Qualifier.EXACT, false, asOf(2022), "50万人"));
        return List.copyOf(ids);
    }

    @Transactional
    void clear() {
        entityManager.createNativeQuery("DELETE FROM article").executeUpdate();
    }

    private void add(String home, String published, String body, FactSpec... specs) {
        ArticleParsed article = TestArticles.article(home, published, body);
        List<Fact> facts = java.util.Arrays.stream(specs).map(spec -> spec.toFact(body)).toList();
        store.store(article, new Extraction("1.0.0", facts));
        ids.add(article.id());
    }

    private static FactSpec f(String region, String scope, String metric, long value, Qualifier qualifier,
            boolean target, Period period, String number) {
        return new FactSpec(region, scope, metric, value, qualifier, target, period, number, Unit.PERSON);
    }

    private static FactSpec offer(String region, String metric, long value, String number) {
        return new FactSpec(region, null, metric, value, Qualifier.UP_TO, false, Period.UNKNOWN, number, Unit.CNY);
    }

    private static Period span(Integer from, Integer to) {
        return new Period(PeriodKind.SPAN, from, to, null);
    }

    private static Period annual(int year) {
        return new Period(PeriodKind.ANNUAL, year, year, year + "年");
    }

    private static Period asOf(int year) {
        return new Period(PeriodKind.AS_OF, null, year, null);
    }

    /** A fact whose evidence is the body's sentence holding {@code number}. */
    private record FactSpec(String region, String scope, String metric, long value, Qualifier qualifier,
            boolean target, Period period, String number, Unit unit) {

        Fact toFact(String body) {
            int start = body.indexOf(number);
            int sentenceStart = body.lastIndexOf('。', start) + 1;
            String evidence = body.substring(sentenceStart, body.indexOf('。', start));
            return new Fact(region, scope, metric, BigDecimal.valueOf(value), null, unit, qualifier, period, target,
                    metric, evidence, start, start + number.length());
        }
    }
}
