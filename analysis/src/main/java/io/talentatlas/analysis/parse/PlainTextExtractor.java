package io.talentatlas.analysis.parse;

import io.talentatlas.events.ArticleFormat;
import java.util.List;

/**
 * Reads text with no recognisable header: every non-empty line is a paragraph, and title and date stay unknown
 * (they are never invented). Outlet and authors may still come from a byline in the body.
 */
final class PlainTextExtractor {

    private PlainTextExtractor() {
    }

    /** The paragraphs of {@code text}. */
    static Extracted extract(String text) {
        List<Block> blocks = ScrapeExtractor.lines(text).stream().map(Block::of).filter(block -> !block.text().isEmpty())
                .toList();
        return new Extracted(ArticleFormat.TEXT, null, null, null, List.of(), null, blocks);
    }
}
