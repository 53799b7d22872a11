package io.talentatlas.analysis.parse;

/**
 * A document the parser refuses, with what is wrong in terms a client can act on. Services map it to
 * {@code application/problem+json} with {@link #type()}, {@link #title()}, {@link #detail()} and {@link #status()};
 * the CLI prints it.
 */
public final class ParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ParseProblem problem;
    private final String detail;

    public ParseException(ParseProblem problem, String detail) {
        super(problem.type() + ": " + detail);
        this.problem = problem;
        this.detail = detail;
    }

    /** The kind of problem. */
    public ParseProblem problem() {
        return problem;
    }

    /** Stable slug of the problem kind, e.g. {@code undecodable}. */
    public String type() {
        return problem.type();
    }

    /** Short human summary of the problem kind. */
    public String title() {
        return problem.title();
    }

    /** What exactly is wrong with this document. */
    public String detail() {
        return detail;
    }

    /** The HTTP status the problem maps to (413, 415 or 422). */
    public int status() {
        return problem.status();
    }
}
