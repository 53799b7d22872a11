package io.talentatlas.analysis.parse;

import io.talentatlas.analysis.regions.Gazetteer;
import io.talentatlas.analysis.regions.RegionResolver;
import io.talentatlas.events.ArticleParsed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a raw document — a Jekyll post, a plain-text or news-app scrape, an HTML page or bare text, as bytes in
 * UTF-8 (with or without BOM) or GB18030/GBK — into a clean {@link ArticleParsed}: metadata, home region,
 * paragraphs with headings marked, and a body whose offsets later evidence spans point into.
 *
 * <p>Stages, each its own class: {@link TextDecoder} (bytes → text), {@link TextNormalizer} (line breaks, spaces,
 * full-width alphanumerics), one extractor per format, {@link BodyCleaner} (chrome, bylines, credits),
 * {@link ArticleBody} (paragraphs, offsets, id) and {@link HomeRegionDetector}. A document that cannot be read
 * is refused with a {@link ParseException} saying why; nothing else escapes. Thread-safe; build once and share.
 */
public final class ArticleParser {

    private final BodyCleaner cleaner;
    private final HomeRegionDetector homeRegions;

    /** A parser over the shared gazetteer and region resolver. */
    public ArticleParser() {
        this(RegionResolver.standard(), Gazetteer.instance());
    }

    /** A parser over the given region resolver and gazetteer. */
    public ArticleParser(RegionResolver resolver, Gazetteer gazetteer) {
        this.cleaner = new BodyCleaner(new Bylines(resolver));
        this.homeRegions = new HomeRegionDetector(resolver, gazetteer);
    }

    /**
     * Parses a document given as text (already decoded); the size limit applies to its UTF-8 encoding.
     *
     * @throws ParseException when the document cannot be read as an article
     */
    public ArticleParsed parse(String text, ParseOptions options) {
        ParseOptions opts = options == null ? ParseOptions.defaults() : options;
        // Fast path: for most texts encoding to UTF-8 and decoding again gives the text back, so both are skipped.
        String decoded = text == null ? null : TextDecoder.asIfDecoded(text, opts.maxBytes());
        if (decoded == null) {
            return parse(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), options);
        }
        try {
            return parseDecoded(decoded, opts);
        } catch (ParseException e) {
            throw named(e, opts);
        }
    }

    /**
     * Parses a document given as bytes.
     *
     * @throws ParseException when the document cannot be read as an article
     */
    public ArticleParsed parse(byte[] raw, ParseOptions options) {
        ParseOptions opts = options == null ? ParseOptions.defaults() : options;
        try {
            return parseChecked(raw, opts);
        } catch (ParseException e) {
            throw named(e, opts);
        }
    }

    private static ParseException named(ParseException e, ParseOptions opts) {
        return opts.sourceName() == null ? e : new ParseException(e.problem(), opts.sourceName() + ": " + e.detail());
    }

    private ArticleParsed parseChecked(byte[] raw, ParseOptions opts) {
        return parseDecoded(TextDecoder.decode(checkedSize(raw, opts)), opts);
    }

    private ArticleParsed parseDecoded(String decoded, ParseOptions opts) {
        String text = normalized(decoded);
        Extracted extracted = extract(text);
        BodyCleaner.Cleaned cleaned = cleaner.clean(extracted.blocks());
        if (cleaned.blocks().isEmpty()) {
            throw new ParseException(ParseProblem.NO_TEXT, "no article paragraphs are left once markup, site chrome"
                    + " and bylines are taken out");
        }
        ArticleBody body = ArticleBody.of(cleaned.blocks());
        String outlet = firstNonNull(extracted.outlet(), cleaned.sourceOutlet(), cleaned.bylineOutlet());
        String homeRegion = homeRegions.detect(extracted.title(), body.text(), outlet).orElse(null);
        return new ArticleParsed(ArticleParsed.SCHEMA_VERSION, body.id(), extracted.title(),
                extracted.publishedAt(), outlet, authors(extracted, cleaned),
                opts.url() != null ? opts.url() : extracted.url(), extracted.format(), homeRegion, null,
                body.paragraphs(), body.text());
    }

    private static byte[] checkedSize(byte[] raw, ParseOptions opts) {
        if (raw == null || raw.length == 0) {
            throw new ParseException(ParseProblem.EMPTY, "the document has no bytes");
        }
        if (raw.length > opts.maxBytes()) {
            throw new ParseException(ParseProblem.TOO_LARGE,
                    "the document is " + raw.length + " bytes; the limit is " + opts.maxBytes());
        }
        return raw;
    }

    private static String normalized(String decoded) {
        String text = TextNormalizer.normalize(decoded);
        if (text.isBlank()) {
            throw new ParseException(ParseProblem.EMPTY, "the document holds only whitespace");
        }
        return text;
    }

    private static Extracted extract(String text) {
        if (JekyllExtractor.applies(text)) {
            return JekyllExtractor.extract(text);
        }
        if (HtmlPageExtractor.applies(text)) {
            return HtmlPageExtractor.extract(text);
        }
        TextLines lines = TextLines.of(text);
        return ScrapeExtractor.extract(lines).orElseGet(() -> PlainTextExtractor.extract(lines));
    }

    private static List<String> authors(Extracted extracted, BodyCleaner.Cleaned cleaned) {
        List<String> authors = new ArrayList<>(extracted.authors().size() + cleaned.authors().size());
        for (List<String> names : List.of(extracted.authors(), cleaned.authors())) {
            for (String name : names) {
                if (!authors.contains(name)) {
                    authors.add(name);
                }
            }
        }
        return authors;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
