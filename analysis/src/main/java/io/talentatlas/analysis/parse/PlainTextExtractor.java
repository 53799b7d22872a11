package io.talentatlas.analysis.parse;

import io.talentatlas.events.ArticleFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text with no recognisable header: every non-empty line is a paragraph, and title and date stay unknown
 * (they are never invented). Outlet and authors may still come from a byline in the body.
 */
final class PlainTextExtractor {

    private PlainTextExtractor() {
    }

    /** The paragraphs of {@code lines}. */
    static Extracted extract(TextLines lines) {
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.cleaned(i);
            if (!line.isEmpty()) {
                blocks.add(new Block(line, false));
            }
        }
        return new Extracted(ArticleFormat.TEXT, null, null, null, List.of(), null, blocks);
    }
}
