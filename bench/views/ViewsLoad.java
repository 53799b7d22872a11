import io.talentatlas.analysis.facts.Fact;
import io.talentatlas.analysis.facts.FactExtractor;
import io.talentatlas.analysis.parse.ArticleParser;
import io.talentatlas.analysis.parse.ParseOptions;
import io.talentatlas.analysis.regions.Gazetteer;
import io.talentatlas.analysis.regions.Region;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.Paragraph;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The load check of issue 5 (not a test): {@code load} fills metrics-service's database with synthetic articles
 * made by recombining paragraphs of the real samples with other cities' names and other numbers, each parsed and
 * extracted by the real analysis code; {@code measure} then times GET requests from N concurrent clients.
 *
 * <p>Run through {@code bench/views/run.sh}, which builds the classpath and starts the system.
 */
public final class ViewsLoad {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String ARTICLE_SQL = """
            INSERT INTO article (id, url, title, outlet, authors, published_at, home_region, format, body,
                paragraphs, fingerprint, duplicate_of, extractor_version, fact_count, ingested_at, updated_at)
            VALUES (?, NULL, ?, ?, '[]'::jsonb, ?, ?, ?, ?, ?::jsonb, NULL, NULL, ?, ?, now(), now())
            ON CONFLICT (id) DO NOTHING""";
    private static final String FACT_SQL = """
            INSERT INTO fact (id, article_id, published_at, region, scope, metric, value, value_min, unit, qualifier,
                period_kind, period_from, period_to, period_label, target, label, evidence, span_start, span_end,
                extractor_version)
            VALUES (nextval('fact_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private ViewsLoad() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(Path.of(args[1]), Integer.parseInt(args[2]), args[3], Integer.parseInt(args[4]));
            case "measure" -> measure(args[1], Integer.parseInt(args[2]), Duration.ofSeconds(Long.parseLong(args[3])),
                    Arrays.asList(args).subList(4, args.length));
            case "codes" -> codes(args[1]);
            default -> throw new IllegalArgumentException("usage: load|measure|codes …");
        }
    }

    // ---- load ----

    private static void load(Path samples, int count, String jdbcUrl, int threads) throws Exception {
        ArticleParser parser = new ArticleParser();
        FactExtractor extractor = FactExtractor.standard();
        List<Source> sources = sources(samples, parser);
        List<Region> cities = Gazetteer.instance().all().stream()
                .filter(region -> Gazetteer.instance().city(region.code()).filter(region::equals).isPresent())
                .toList();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger facts = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers.add(pool.submit(() -> {
                try (Connection db = DriverManager.getConnection(jdbcUrl)) {
                    db.setAutoCommit(false);
                    Random random = new Random(42 + worker);
                    for (int i = worker; i < count; i += threads) {
                        String document = synthesize(i, sources, cities, random);
                        ArticleParsed article = parser.parse(document, ParseOptions.defaults());
                        List<Fact> found = extractor.extract(article);
                        insert(db, article, found);
                        facts.addAndGet(found.size());
                        if (done.incrementAndGet() % 1000 == 0) {
                            db.commit();
                            System.out.printf("%d articles, %d facts, %.0f s%n", done.get(), facts.get(),
                                    (System.nanoTime() - start) / 1e9);
                        }
                    }
                    db.commit();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            db.createStatement().execute("ANALYZE");
        }
        System.out.printf("loaded %d articles with %d facts in %.0f s%n", done.get(), facts.get(),
                (System.nanoTime() - start) / 1e9);
    }

    /** A sample's clean paragraphs and the names of its home city, to be replaced. */
    private record Source(List<String> paragraphs, List<String> cityNames) {
    }

    private static List<Source> sources(Path samples, ArticleParser parser) throws Exception {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                ArticleParsed article = parser.parse(Files.readAllBytes(file), ParseOptions.defaults());
                List<String> paragraphs = article.paragraphs().stream().filter(p -> !p.heading())
                        .map(p -> p.text(article.body())).filter(text -> text.length() > 20).toList();
                Region city = Gazetteer.instance().city(article.homeRegion()).orElseThrow();
                sources.add(new Source(paragraphs, names(city)));
            }
        }
        return sources;
    }

    private static List<String> names(Region city) {
        String stem = city.name().replaceAll("(市|地区|盟)$", "");
        return stem.length() >= 2 ? List.of(city.name(), stem) : List.of(city.name());
    }

    /** A Jekyll post about a random city: 4–10 paragraphs from random samples, names swapped, digits redrawn. */
    private static String synthesize(int index, List<Source> sources, List<Region> cities, Random random) {
        Region city = cities.get(random.nextInt(cities.size()));
        List<String> target = names(city);
        StringBuilder post = new StringBuilder("---\nlayout: post\ntitle: \"").append(city.name())
                .append("：人才工作新进展（第").append(index + 1).append("期）\"\n")
                .append(String.format("date: %d-%02d-%02d 09:30:00 +0800%n", 2019 + random.nextInt(6),
                        1 + random.nextInt(12), 1 + random.nextInt(28)))
                .append("---\n");
        int paragraphs = 4 + random.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            Source source = sources.get(random.nextInt(sources.size()));
            String text = source.paragraphs().get(random.nextInt(source.paragraphs().size()));
            for (int n = 0; n < source.cityNames().size(); n++) {
                text = text.replace(source.cityNames().get(n), target.get(Math.min(n, target.size() - 1)));
            }
            post.append("<p>").append(redrawDigits(text, random)).append("</p>\n");
        }
        return post.append("<p>（第").append(index + 1).append("期完）</p>\n").toString();
    }

    /** Replaces each number with another of the same length, so sentences keep their shape. */
    private static String redrawDigits(String text, Random random) {
        Matcher digits = DIGITS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (digits.find()) {
            String found = digits.group();
            boolean year = found.length() == 4 && (found.startsWith("19") || found.startsWith("20"));
            StringBuilder redrawn = new StringBuilder();
            for (int i = 0; i < found.length(); i++) {
                redrawn.append(i == 0 ? 1 + random.nextInt(9) : random.nextInt(10));
            }
            digits.appendReplacement(out, year ? found : redrawn.toString());
        }
        return digits.appendTail(out).toString();
    }

    private static void insert(Connection db, ArticleParsed article, List<Fact> facts) throws SQLException {
        Timestamp published = article.publishedAt() == null ? null
                : Timestamp.from(article.publishedAt().toInstant());
        try (PreparedStatement row = db.prepareStatement(ARTICLE_SQL)) {
            row.setString(1, article.id());
            row.setString(2, article.title());
            row.setString(3, article.outlet());
            row.setTimestamp(4, published);
            row.setString(5, article.homeRegion());
            row.setString(6, article.format().name());
            row.setString(7, article.body());
            row.setString(8, paragraphsJson(article.paragraphs()));
            row.setString(9, FactExtractor.VERSION);
            row.setInt(10, facts.size());
            if (row.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement row = db.prepareStatement(FACT_SQL)) {
            for (Fact fact : facts) {
                bindFact(row, article.id(), published, fact);
                row.addBatch();
            }
            row.executeBatch();
        }
    }

    private static void bindFact(PreparedStatement row, String articleId, Timestamp published, Fact fact)
            throws SQLException {
        row.setString(1, articleId);
        row.setTimestamp(2, published);
        row.setString(3, fact.region());
        row.setString(4, fact.scope());
        row.setString(5, fact.metric());
        row.setBigDecimal(6, fact.value());
        row.setBigDecimal(7, fact.valueMin());
        row.setString(8, fact.unit().key());
        row.setString(9, fact.qualifier().key());
        row.setString(10, fact.period().kind().key());
        row.setObject(11, fact.period().from(), Types.INTEGER);
        row.setObject(12, fact.period().to(), Types.INTEGER);
        row.setString(13, fact.period().label());
        row.setBoolean(14, fact.target());
        row.setString(15, fact.label());
        row.setString(16, fact.evidence());
        row.setInt(17, fact.spanStart());
        row.setInt(18, fact.spanEnd());
        row.setString(19, FactExtractor.VERSION);
    }

    private static String paragraphsJson(List<Paragraph> paragraphs) {
        return paragraphs.stream()
                .map(p -> "{\"start\":" + p.start() + ",\"end\":" + p.end() + ",\"heading\":" + p.heading() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    // ---- codes: the prefectures with facts, for the measurement ----

    private static void codes(String jdbcUrl) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl);
                ResultSet rows = db.createStatement().executeQuery("""
                        SELECT f.region, count(*) FROM fact f JOIN region r ON r.code = f.region
                        WHERE r.level = 'prefecture' GROUP BY f.region ORDER BY f.region""")) {
            while (rows.next()) {
                System.out.println(rows.getString(1) + " " + rows.getLong(2));
            }
        }
    }

    // ---- measure ----

    /**
     * For each URL template ({@code {code}} is replaced by a random code from the codes file): every code is asked
     * for once, then {@code clients} threads send GETs back to back for a warm-up of a third of {@code duration},
     * then for {@code duration};
     * prints requests, errors, throughput and latency percentiles of the measured part.
     */
    private static void measure(String codesFile, int clients, Duration duration, List<String> urls)
            throws Exception {
        List<String> codes = Files.readAllLines(Path.of(codesFile)).stream()
                .map(line -> line.split(" ")[0]).filter(line -> !line.isBlank()).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%-60s %8s %6s %8s %8s %8s %8s %8s%n", "url", "requests", "errors", "req/s",
                "p50 ms", "p90 ms", "p99 ms", "max ms");
        for (String url : urls) {
            prime(http, url, codes);
            run(http, url, codes, clients, duration.dividedBy(3), false);
            run(http, url, codes, clients, duration, true);
        }
    }

    /** Asks for every code once, four at a time, so that the measurement sees a warm system, not first requests. */
    private static void prime(HttpClient http, String url, List<String> codes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> calls = new ArrayList<>();
        for (String code : codes) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.replace("{code}", code))).GET().build();
            calls.add(pool.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        for (Future<Integer> call : calls) {
            call.get();
        }
        pool.shutdown();
    }

    private static void run(HttpClient http, String url, List<String> codes, int clients, Duration duration,
            boolean report) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                Random random = new Random(client);
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    String target = url.replace("{code}", codes.get(random.nextInt(codes.size())));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(target)).GET().build();
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        pool.shutdown();
        if (report) {
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf("%-60s %8d %6d %8.0f %8.2f %8.2f %8.2f %8.2f%n", url, merged.length, errors.get(),
                    merged.length / (double) duration.toSeconds(), ms(merged, 0.50), ms(merged, 0.90),
                    ms(merged, 0.99), merged.length == 0 ? 0 : merged[merged.length - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * quantile)] / 1e6;
    }
}
