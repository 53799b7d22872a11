package io.talentatlas.analysis.parse;

import io.talentatlas.events.ArticleFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a full HTML page: metadata from {@code og:title}/{@code <title>}, {@code article:published_time} and its
 * kin, {@code <meta name="author">}, {@code og:site_name}, the canonical URL; the article from the element
 * {@link ContentFinder} picks once navigation, sidebars and footers are gone. Leading lines of the article that
 * repeat the title or are a date/source line ({@code 发布时间:2023-06-01 10:20 来源:成都日报}) are metadata, not body;
 * the meta tags win over what such a line says.
 */
final class HtmlPageExtractor {

    private static final Pattern START = Pattern.compile("\\A\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FRAGMENT = Pattern.compile("\\A\\s*<[a-zA-Z!]");
    private static final Pattern BLOCK_END = Pattern.compile("</(?:p|div|article|section|table)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*(?:[-_|｜—–]\\s*[^-_|｜—–]{1,30})+$");
    private static final int HEADER_BLOCKS = 4;
    private static final String BODY_TAG = "<body";
    private static final Pattern SOURCE_LABEL = Pattern.compile("^\\s*(?:文章|本文)?来源\\s*[:：]\\s*");

    private HtmlPageExtractor() {
    }

    /** True when {@code text} is HTML: a page (doctype, html, head or body) or markup of block elements. */
    static boolean applies(String text) {
        // The head is a region of the text, not a copy: the patterns have no lookaround to see past its end.
        int head = Math.min(text.length(), 4096);
        return START.matcher(text).region(0, head).lookingAt() || containsBodyTag(text, head)
                || FRAGMENT.matcher(text).region(0, head).lookingAt() && BLOCK_END.matcher(text).find();
    }

    /**
     * Same answer as {@code text.toLowerCase(Locale.ROOT).contains("<body")} without lowercasing the whole head:
     * no character outside ASCII lowercases to one of {@code <body} (only İ and the Kelvin sign lowercase into
     * ASCII, to i and k), so an ASCII case-insensitive search finds exactly the same tags.
     */
    static boolean containsBodyTag(String text) {
        return containsBodyTag(text, text.length());
    }

    /** As {@link #containsBodyTag(String)} for {@code text.substring(0, end)}. */
    private static boolean containsBodyTag(String text, int end) {
        for (int at = text.indexOf('<'); at >= 0 && at < end; at = text.indexOf('<', at + 1)) {
            if (at + BODY_TAG.length() <= end && startsWithIgnoringAsciiCase(text, at + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringAsciiCase(String text, int at) {
        for (int k = 1; k < BODY_TAG.length(); k++) {
            if ((text.charAt(at + k - 1) | 0x20) != BODY_TAG.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The article in the page {@code html}. */
    static Extracted extract(String html) {
        Document page = Jsoup.parse(html);
        String title = title(page);
        Article article = article(ContentFinder.find(page), title);
        ScrapeHeader info = article.infoLine();
        String outlet = outlet(page);
        String author = meta(page, "author");
        return new Extracted(ArticleFormat.HTML, title, publishedAt(page, info),
                outlet == null && info != null ? info.outlet() : outlet,
                author != null ? List.of(author) : info != null ? info.authors() : List.of(),
                url(page), article.blocks());
    }

    /** The content's paragraphs, without the leading lines that repeat the title or give date and source. */
    private static Article article(Element content, String title) {
        List<Block> blocks = new ArrayList<>();
        ScrapeHeader infoLine = null;
        int seen = 0;
        for (Block block : HtmlBlocks.of(content)) {
            boolean leading = blocks.isEmpty() && seen++ < HEADER_BLOCKS;
            Optional<ScrapeHeader> info = leading ? ScrapeHeader.read(List.of(block.text())) : Optional.empty();
            if (leading && (block.text().equals(title) || info.isPresent())) {
                infoLine = info.orElse(infoLine);
            } else {
                blocks.add(block);
            }
        }
        return new Article(blocks, infoLine);
    }

    private record Article(List<Block> blocks, ScrapeHeader infoLine) {
    }

    /** og:title; else an h1 that opens the {@code <title>}; else the {@code <title>} without its site suffix. */
    private static String title(Document page) {
        String og = meta(page, "og:title");
        if (og != null) {
            return og;
        }
        String title = TextNormalizer.cleanLine(page.title());
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? "" : TextNormalizer.cleanLine(h1.text());
        if (!heading.isEmpty() && (title.isEmpty() || title.startsWith(heading))) {
            return heading;
        }
        String withoutSite = TITLE_SUFFIX.matcher(title).replaceFirst("");
        String chosen = withoutSite.length() >= 4 ? withoutSite : title;
        return chosen.isEmpty() ? null : chosen;
    }

    /** The first meta or {@code <time>} publication time; one with a time of day beats a bare date. */
    private static OffsetDateTime publishedAt(Document page, ScrapeHeader infoLine) {
        OffsetDateTime dateOnly = null;
        for (String value : publicationValues(page)) {
            Matcher date = DateTimes.DATE_TIME.matcher(value);
            OffsetDateTime time = date.find() ? DateTimes.of(date).orElse(null) : null;
            if (time != null && date.group(4) != null) {
                return time;
            }
            dateOnly = dateOnly == null ? time : dateOnly;
        }
        return infoLine != null ? infoLine.publishedAt() : dateOnly;
    }

    private static List<String> publicationValues(Document page) {
        List<String> values = new ArrayList<>();
        for (String key : List.of("article:published_time", "pubdate", "publishdate", "PubDate", "datePublished",
                "og:release_date")) {
            String value = meta(page, key);
            if (value != null) {
                values.add(value);
            }
        }
        page.select("time[datetime]").forEach(time -> values.add(time.attr("datetime")));
        return values;
    }

    /** The original source ({@code <meta name="source">}, labels like 来源： removed), else {@code og:site_name}. */
    private static String outlet(Document page) {
        String source = meta(page, "source");
        String cleaned = source == null ? null : Outlets.clean(SOURCE_LABEL.matcher(source).replaceFirst(""));
        return cleaned != null ? cleaned : Outlets.clean(meta(page, "og:site_name"));
    }

    private static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String href = canonical != null ? canonical.attr("href") : meta(page, "og:url");
        return href != null && href.startsWith("http") ? href.strip() : null;
    }

    /** The content of {@code <meta property|name|itemprop=key>}, cleaned; null when absent or empty. */
    static String meta(Document page, String key) {
        for (Element meta : page.getElementsByTag("meta")) {
            boolean named = key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                    || key.equalsIgnoreCase(meta.attr("itemprop"));
            String content = named ? TextNormalizer.cleanLine(meta.attr("content")) : "";
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }
}
