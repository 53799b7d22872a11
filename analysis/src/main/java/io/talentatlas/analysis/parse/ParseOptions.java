package io.talentatlas.analysis.parse;

/**
 * Per-document settings of {@link ArticleParser}.
 *
 * @param sourceName a name for the document (file name, upload name) that problem details start with; may be null
 * @param url        where the document came from; wins over a URL found inside it; may be null
 * @param maxBytes   documents larger than this are refused with {@link ParseProblem#TOO_LARGE}
 */
public record ParseOptions(String sourceName, String url, long maxBytes) {

    /** 2 MiB: far above any news article, far below what would hurt a service. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    public ParseOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** No name, no URL, the default size limit. */
    public static ParseOptions defaults() {
        return new ParseOptions(null, null, DEFAULT_MAX_BYTES);
    }

    /** These options with another source name. */
    public ParseOptions withSourceName(String name) {
        return new ParseOptions(name, url, maxBytes);
    }

    /** These options with another URL. */
    public ParseOptions withUrl(String newUrl) {
        return new ParseOptions(sourceName, newUrl, maxBytes);
    }

    /** These options with another size limit. */
    public ParseOptions withMaxBytes(long limit) {
        return new ParseOptions(sourceName, url, limit);
    }
}
