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

    /** The scrape in {@code text}, empty when it does not open with a scrape header. */
    static Optional<Extracted> extract(String text) {
        List<String> lines = lines(text);
        return ScrapeHeader.read(lines).map(header -> toExtracted(header, lines));
    }

    /**
     * The same lines as {@code text.lines().toList()}. Normalized text breaks lines with \n only, and splitting
     * at indexOf('\n') skips the stream machinery; text with a \r goes through String.lines.
     */
    static List<String> lines(String text) {
        if (text.indexOf('\r') >= 0) {
            return text.lines().toList();
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        return lines;
    }

    private static Extracted toExtracted(ScrapeHeader header, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines.subList(header.bodyStart(), lines.size())) {
            Block block = Block.of(line);
            boolean repeatedTitle = blocks.isEmpty() && block.text().equals(header.title());
            if (!block.text().isEmpty() && !repeatedTitle) {
                blocks.add(block);
            }
        }
        ArticleFormat format = header.appStyle() ? ArticleFormat.APP_SCRAPE : ArticleFormat.PLAIN_SCRAPE;
        return new Extracted(format, header.title(), header.publishedAt(), header.outlet(), header.authors(), null,
                blocks);
    }
}
