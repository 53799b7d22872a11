package io.talentatlas.analysis.facts;

import io.talentatlas.events.ArticleFormat;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.Paragraph;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds small parsed articles for sentence-level tests: one paragraph per line of the body. */
final class Articles {

    private Articles() {
    }

    /** An article published on {@code date} (ISO date, or null for none) about the region {@code home}. */
    static ArticleParsed article(String body, String home, String date) {
        return article(body, home, date, null);
    }

    /** The same, with a title. */
    static ArticleParsed article(String body, String home, String date, String title) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (String line : body.split("\n", -1)) {
            paragraphs.add(new Paragraph(start, start + line.length(), false));
            start += line.length() + 1;
        }
        OffsetDateTime published = date == null ? null : OffsetDateTime.parse(date + "T09:00:00+08:00");
        return new ArticleParsed(ArticleParsed.SCHEMA_VERSION, "test", title, published, null, List.of(), null,
                ArticleFormat.TEXT, home, null, paragraphs, body);
    }
}
