package io.talentatlas.analysis.parse;

import io.talentatlas.events.ArticleFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a plain-text scrape of a web page or a news app: the {@link ScrapeHeader}, then one paragraph per line.
 * Plain and app scrapes share this reader because they differ only in their header; the header's shape decides
 * the format ({@link ArticleFormat#APP_SCRAPE} when it has a banner or an outlet after the date).
 */
final class ScrapeExtractor {

    private ScrapeExtractor() {
    }

    /** The scrape in {@code lines}, empty when they do not open with a scrape header. */
    static Optional<Extracted> extract(TextLines lines) {
        return ScrapeHeader.read(lines).map(header -> toExtracted(header, lines));
    }

    private static Extracted toExtracted(ScrapeHeader header, TextLines lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = header.bodyStart(); i < lines.size(); i++) {
            String text = lines.cleaned(i);
            boolean repeatedTitle = blocks.isEmpty() && text.equals(header.title());
            if (!text.isEmpty() && !repeatedTitle) {
                blocks.add(new Block(text, false));
            }
        }
        ArticleFormat format = header.appStyle() ? ArticleFormat.APP_SCRAPE : ArticleFormat.PLAIN_SCRAPE;
        return new Extracted(format, header.title(), header.publishedAt(), header.outlet(), header.authors(), null,
                blocks);
    }
}
