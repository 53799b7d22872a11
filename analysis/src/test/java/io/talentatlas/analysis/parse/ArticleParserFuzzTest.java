package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.talentatlas.analysis.regions.Gazetteer;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.Paragraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Feeds the parser thousands of seed documents damaged by a seeded random {@link SeedMutator} and checks that each
 * comes out either as a well-formed article or as a {@link ParseException} with a 4xx status: never anything else.
 */
class ArticleParserFuzzTest {

    private static final long SEED = 20_241_124L;
    private static final int CASES_PER_DOCUMENT = 750;
    private static final Set<Integer> CLIENT_ERRORS = Set.of(413, 415, 422);

    private final ArticleParser parser = new ArticleParser();

    @Test
    void mutatedSeedsGiveAnArticleOrAClientError() {
        Random random = new Random(SEED);
        SeedMutator mutator = new SeedMutator(random);
        Map<ParseProblem, Integer> refusals = new EnumMap<>(ParseProblem.class);
        int articles = 0;
        List<byte[]> documents = startingDocuments();
        for (int doc = 0; doc < documents.size(); doc++) {
            byte[] original = documents.get(doc);
            for (int i = 0; i < CASES_PER_DOCUMENT; i++) {
                SeedMutator.Mutant mutant = mutator.mutate(original);
                ParseOptions options = random.nextInt(20) == 0
                        ? ParseOptions.defaults().withMaxBytes(1 + random.nextInt(original.length * 2))
                        : ParseOptions.defaults();
                try {
                    assertWellFormed(parser.parse(mutant.bytes(), options), mutant);
                    articles++;
                } catch (ParseException e) {
                    assertTrue(CLIENT_ERRORS.contains(e.status()), () -> mutant.describe() + ": " + e.status());
                    assertFalse(e.detail().isBlank(), mutant::describe);
                    refusals.merge(e.problem(), 1, Integer::sum);
                } catch (RuntimeException | StackOverflowError e) {
                    fail("document " + doc + " case " + i + " (" + mutant.describe() + ") threw " + e, e);
                }
            }
        }
        int total = documents.size() * CASES_PER_DOCUMENT;
        assertEquals(total, articles + refusals.values().stream().mapToInt(Integer::intValue).sum());
        // The mutator must exercise both outcomes and several refusal kinds, or the test proves little.
        assertTrue(articles > total / 4, "articles: " + articles);
        assertTrue(refusals.size() >= 4, "refusal kinds: " + refusals);
    }

    /** The seeds, and two of them wrapped in a full HTML page so the page extractor gets its share of damage. */
    private List<byte[]> startingDocuments() {
        List<byte[]> documents = new ArrayList<>();
        Seeds.NAMES.forEach(name -> documents.add(Seeds.bytes(name)));
        for (String name : List.of("000_d558f9b531ea3abf.txt", "002_aba55b2c8390ab8e.txt")) {
            ArticleParsed original = parser.parse(Seeds.bytes(name), ParseOptions.defaults());
            documents.add(HtmlPageWrapper.wrap(Seeds.text(name), original).getBytes(StandardCharsets.UTF_8));
        }
        return documents;
    }

    private static void assertWellFormed(ArticleParsed article, SeedMutator.Mutant mutant) {
        String body = article.body();
        assertFalse(body.isEmpty(), mutant::describe);
        assertEquals(sha256(body), article.id(), mutant::describe);
        assertNotNull(article.format(), mutant::describe);
        List<String> texts = article.paragraphs().stream().map(p -> p.text(body)).toList();
        assertEquals(body, String.join("\n", texts), mutant::describe);
        for (Paragraph paragraph : article.paragraphs()) {
            assertFalse(paragraph.text(body).isBlank(), mutant::describe);
        }
        assertFalse(body.contains("\r"), mutant::describe);
        if (article.homeRegion() != null) {
            assertTrue(Gazetteer.instance().byCode(article.homeRegion()).isPresent(), mutant::describe);
        }
        if (article.publishedAt() != null) {
            assertNotNull(article.publishedAt().getOffset(), mutant::describe);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
