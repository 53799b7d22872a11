package io.talentatlas.events;

/** The kind of source document an article was parsed from. */
public enum ArticleFormat {
    /** Jekyll/Markdown post with YAML front matter and an HTML or Markdown body. */
    JEKYLL,
    /** Plain-text scrape of a web page: header block, body, site chrome. */
    PLAIN_SCRAPE,
    /** Scrape of a news app page: banner, repeated title, date and outlet line, indented paragraphs. */
    APP_SCRAPE,
    /** A full HTML page. */
    HTML,
    /** Plain text with no recognisable header. */
    TEXT
}
