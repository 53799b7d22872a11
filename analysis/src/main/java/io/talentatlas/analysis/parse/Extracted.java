package io.talentatlas.analysis.parse;

import io.talentatlas.events.ArticleFormat;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a format extractor read from a document: the metadata its format carries and the paragraph candidates of the
 * body, bylines and chrome still in them.
 *
 * @param format      the detected format
 * @param title       the title, or null
 * @param publishedAt the publication time, or null
 * @param outlet      the outlet named by the format's metadata (来源, og:site_name, the app's date line), or null
 * @param authors     authors named by the metadata (作者, meta author, front matter), possibly empty
 * @param url         a URL named inside the document, or null
 * @param blocks      the body's paragraph candidates, in order
 */
record Extracted(ArticleFormat format, String title, OffsetDateTime publishedAt, String outlet, List<String> authors,
        String url, List<Block> blocks) {

    Extracted {
        authors = authors == null ? List.of() : List.copyOf(authors);
        blocks = List.copyOf(blocks);
    }
}
