package io.talentatlas.analysis.parse;

/**
 * The ways a document can be refused, each with a stable {@code type} slug (part of the public API: problem+json
 * types and CLI messages use it), a human title and the HTTP status it maps to.
 */
public enum ParseProblem {
    EMPTY("empty", "Empty document", 422),
    TOO_LARGE("too-large", "Document too large", 413),
    BINARY("binary", "Binary data, not a text document", 415),
    UNDECODABLE("undecodable", "Text in an unreadable encoding", 415),
    NO_TEXT("no-text", "No article text", 422),
    BAD_FRONT_MATTER("bad-front-matter", "Front matter is not valid YAML", 422);

    private final String type;
    private final String title;
    private final int status;

    ParseProblem(String type, String title, int status) {
        this.type = type;
        this.title = title;
        this.status = status;
    }

    /** Stable slug, e.g. {@code too-large}. */
    public String type() {
        return type;
    }

    /** Short human summary. */
    public String title() {
        return title;
    }

    /** HTTP status: 413, 415 or 422. */
    public int status() {
        return status;
    }
}
