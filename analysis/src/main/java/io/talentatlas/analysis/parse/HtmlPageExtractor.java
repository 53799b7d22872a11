package io.talentatlas.analysis.parse;

import io.talentatlas.events.ArticleFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a full HTML page: metadata from {@code og:title}/{@code <title>}, {@code article:published_time} and its
 * kin, {@code <meta name="author">}, {@code og:site_name}, the canonical URL; the article from the element
 * {@link ContentFinder} picks once navigation, sidebars and footers are gone. Leading lines of the article that
 * repeat the title or are the date/source line are metadata, not body.
 */
final class HtmlPageExtractor {

    private static final Pattern START = Pattern.compile("\\A\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FRAGMENT = Pattern.compile("\\A\\s*<[a-zA-Z!]");
    private static final Pattern BLOCK_END = Pattern.compile("</(?:p|div|article|section|table)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*(?:[-_|｜—–]\\s*[^-_|｜—–]{1,30})+$");
    private static final int HEADER_BLOCKS = 4;

    private HtmlPageExtractor() {
    }

    /** True when {@code text} is HTML: a page (doctype, html, head or body) or markup of block elements. */
    static boolean applies(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096));
        return START.matcher(head).lookingAt() || head.toLowerCase(Locale.ROOT).contains("<body")
                || FRAGMENT.matcher(head).lookingAt() && BLOCK_END.matcher(text).find();
    }

    /** The article in the page {@code html}. */
    static Extracted extract(String html) {
        Document page = Jsoup.parse(html);
        String title = title(page);
        OffsetDateTime published = publishedAt(page);
        Element content = ContentFinder.find(page);
        List<Block> blocks = new ArrayList<>();
        int seen = 0;
        for (Block block : HtmlBlocks.of(content)) {
            boolean leading = blocks.isEmpty() && seen++ < HEADER_BLOCKS;
            if (leading && isHeaderLine(block.text(), title)) {
                published = published != null ? published : DateTimes.find(block.text()).orElse(null);
                continue;
            }
            blocks.add(block);
        }
        String outlet = Outlets.clean(meta(page, "og:site_name"));
        String author = meta(page, "author");
        List<String> authors = author == null ? List.of() : List.of(author);
        return new Extracted(ArticleFormat.HTML, title, published, outlet, authors, url(page), blocks);
    }

    private static boolean isHeaderLine(String text, String title) {
        if (text.equals(title)) {
            return true;
        }
        var date = DateTimes.DATE_TIME.matcher(text);
        return text.length() < 120 && date.lookingAt() && date.group(4) != null;
    }

    private static String title(Document page) {
        String og = meta(page, "og:title");
        if (og != null) {
            return og;
        }
        String title = TextNormalizer.cleanLine(page.title());
        String withoutSite = TITLE_SUFFIX.matcher(title).replaceFirst("");
        String chosen = withoutSite.length() >= 4 ? withoutSite : title;
        if (!chosen.isEmpty()) {
            return chosen;
        }
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? "" : TextNormalizer.cleanLine(h1.text());
        return heading.isEmpty() ? null : heading;
    }

    private static OffsetDateTime publishedAt(Document page) {
        for (String key : List.of("article:published_time", "pubdate", "publishdate", "PubDate", "datePublished",
                "og:release_date")) {
            String value = meta(page, key);
            if (value != null) {
                OffsetDateTime time = DateTimes.find(value).orElse(null);
                if (time != null) {
                    return time;
                }
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : DateTimes.find(time.attr("datetime")).orElse(null);
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
