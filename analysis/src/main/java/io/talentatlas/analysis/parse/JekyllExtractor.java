package io.talentatlas.analysis.parse;

import io.talentatlas.events.ArticleFormat;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a Jekyll post: YAML front matter between {@code ---} lines (title, date with offset, author, source, url),
 * then an HTML or Markdown body. A front matter that is never closed or is not a YAML mapping is refused with
 * {@link ParseProblem#BAD_FRONT_MATTER}.
 */
final class JekyllExtractor {

    private static final Pattern CLOSING = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);
    /** Block-level tags: a body with them is HTML; inline tags alone can sit in Markdown. */
    private static final Pattern HTML_BLOCK = Pattern.compile("<(?:p|div|br|h[1-6]|section|article|ul|ol|li|table"
            + "|blockquote)\\b", Pattern.CASE_INSENSITIVE);
    /** A Markdown autolink ({@code <http://…>}); the first one after the body is the article's own link. */
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]*)>");
    private static final String AUTOLINK_START = "<http";
    private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;
    /** Building a Yaml costs more than loading a front matter with it; one per thread, since it is not thread-safe. */
    /** The resolver of {@link #newYaml}, for {@link SimpleFrontMatter}; resolving only reads it, so it is shared. */
    static final Resolver RESOLVER = noTimestampResolver();
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(JekyllExtractor::newYaml);

    private JekyllExtractor() {
    }

    /** True when {@code text} opens with a front-matter delimiter. */
    static boolean applies(String text) {
        return frontMatterStart(text) >= 0;
    }

    /** The post in {@code text}; {@link #applies} must hold. */
    static Extracted extract(String text) {
        int frontStart = frontMatterStart(text);
        if (frontStart < 0) {
            throw new IllegalArgumentException("not a Jekyll post");
        }
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(frontStart)) {
            throw new ParseException(ParseProblem.BAD_FRONT_MATTER,
                    "the front matter opened by --- on the first line is never closed by another --- line");
        }
        Map<?, ?> front = frontMatter(text.substring(frontStart, closing.start()));
        // The body is read where it stands in the text: the autolinks' removal makes the one copy of it.
        Matcher link = AUTOLINK.matcher(text);
        String url = scalar(front, "url") != null ? scalar(front, "url")
                : findAutolink(link, text, closing.end()) ? link.group(1) : null;
        String body = withoutAutolinks(link, text, closing.end());
        List<Block> blocks = hasBlockTag(body) ? htmlBlocks(body) : MarkdownBlocks.of(body);
        return new Extracted(ArticleFormat.JEKYLL, scalar(front, "title"), date(front), Outlets.clean(
                scalar(front, "source")), names(front), url, blocks);
    }

    /** The blocks of an HTML body: most posts are plain paragraphs, which need no Jsoup tree to read. */
    private static List<Block> htmlBlocks(String body) {
        return SimpleHtmlBody.blocks(body).orElseGet(() -> HtmlBlocks.of(Jsoup.parseBodyFragment(body).body()));
    }

    /**
     * Same as {@code HTML_BLOCK.matcher(body).find()}: every block tag starts with '<', so the pattern is tried at
     * those places only (with transparent bounds, so that its closing {@code \b} sees what follows).
     */
    private static boolean hasBlockTag(String body) {
        Matcher tag = HTML_BLOCK.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = body.indexOf('<'); at >= 0; at = body.indexOf('<', at + 1)) {
            if (tag.region(at, body.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Same as {@code link.find(from)} (without its reset): every autolink starts with "<http", so only those places
     * are tried, and AUTOLINK has no anchors or lookarounds, so a match at a place is the one find() would report.
     */
    private static boolean findAutolink(Matcher link, String text, int from) {
        for (int at = text.indexOf(AUTOLINK_START, from); at >= 0; at = text.indexOf(AUTOLINK_START, at + 1)) {
            if (link.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the front matter starts: after the opening {@code ---} line, which only whitespace may precede (the
     * regex {@code \A\s*---[ \t]*\n}: no '-' is whitespace, so its greedy \s* never gives anything back).
     * -1 when {@code text} does not open with one. A char scan: this is asked of every document.
     */
    private static int frontMatterStart(String text) {
        int at = 0;
        while (at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (!text.startsWith("---", at)) {
            return -1;
        }
        at += 3;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at < text.length() && text.charAt(at) == '\n' ? at + 1 : -1;
    }

    /** Same as {@code link.reset().replaceAll("")} on {@code text.substring(from)}, matches found by findAutolink. */
    private static String withoutAutolinks(Matcher link, String text, int from) {
        if (!findAutolink(link, text, from)) {
            return text.substring(from);
        }
        StringBuilder out = new StringBuilder(text.length() - from);
        int copied = from;
        do {
            out.append(text, copied, link.start());
            copied = link.end();
        } while (findAutolink(link, text, copied));
        return out.append(text, copied, text.length()).toString();
    }

    private static Map<?, ?> frontMatter(String yaml) {
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            throw new ParseException(ParseProblem.BAD_FRONT_MATTER, "the front matter is over 64 KiB");
        }
        // Most posts have a front matter of plain key: value lines; for those SnakeYAML's answer is known.
        Optional<Map<String, String>> simple = SimpleFrontMatter.read(yaml, RESOLVER);
        if (simple.isPresent()) {
            return simple.get();
        }
        Object loaded;
        try {
            loaded = YAML.get().load(yaml);
        } catch (YAMLException e) {
            throw new ParseException(ParseProblem.BAD_FRONT_MATTER, "the front matter is not YAML: " + reason(e));
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new ParseException(ParseProblem.BAD_FRONT_MATTER,
                    "the front matter is a YAML " + loaded.getClass().getSimpleName() + ", not a mapping of keys");
        }
        return map;
    }

    /** SnakeYAML's problem and where it is, e.g. {@code expected ',' or ']', but got <stream-end> (line 3)}. */
    private static String reason(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            Mark mark = marked.getProblemMark();
            return marked.getProblem() + (mark == null ? "" : " (front matter line " + (mark.getLine() + 1) + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }

    /** SafeConstructor, no timestamp resolution (so {@code +0800} offsets survive as written), small limits. */
    static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
                noTimestampResolver());
    }

    /** SnakeYAML's implicit types without timestamps. */
    private static Resolver noTimestampResolver() {
        return new Resolver() {
            @Override
            public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
                if (!Tag.TIMESTAMP.equals(tag)) {
                    super.addImplicitResolver(tag, regexp, first, limit);
                }
            }
        };
    }

    private static OffsetDateTime date(Map<?, ?> front) {
        String date = scalar(front, "date");
        return date == null ? null : DateTimes.find(date).orElse(null);
    }

    private static List<String> names(Map<?, ?> front) {
        Object value = front.containsKey("authors") ? front.get("authors") : front.get("author");
        if (value instanceof Collection<?> many) {
            return many.stream().filter(v -> v instanceof String || v instanceof Number).map(String::valueOf)
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        String one = value instanceof String s ? s.strip() : null;
        return one == null || one.isEmpty() ? List.of() : List.of(one);
    }

    private static String scalar(Map<?, ?> front, String key) {
        Object value = front.get(key);
        boolean plain = value instanceof String || value instanceof Number || value instanceof Boolean;
        String text = plain ? TextNormalizer.cleanLine(String.valueOf(value)) : null;
        return text == null || text.isEmpty() ? null : text;
    }
}
