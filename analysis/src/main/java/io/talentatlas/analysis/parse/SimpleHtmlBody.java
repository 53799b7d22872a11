package io.talentatlas.analysis.parse;

import io.talentatlas.analysis.text.CharSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.internal.StringUtil;

/**
 * A fast path for the commonest Jekyll body: {@code <p>} paragraphs (bare or with a class), {@code <strong>} or
 * {@code <b>} runs inside them, plain normalized text around. For such markup the blocks {@link HtmlBlocks} reads
 * from Jsoup's tree follow from the tags alone (a paragraph ends at its {@code </p>}, at the next {@code <p>} and at
 * the end; it is a heading when its whole text is one run), and building that tree costs more than the rest of
 * reading a post. Anything else, however slightly off (another tag, a character reference, a run left open or
 * outside a paragraph, a character that Jsoup or String.strip read as whitespace), gets no answer here and goes to
 * Jsoup.
 */
final class SimpleHtmlBody {

    /**
     * Characters the scan leaves to Jsoup: markup, character references, whitespace and invisible characters other
     * than ' ' and '\n' (Jsoup's text(), String.strip and cleanLine would each treat them their own way), and any
     * character {@link TextNormalizer#normalize} changes (so blocks are cleaned without normalizing again).
     */
    private static final CharSet NOT_PLAIN = CharSet.matching(c -> c == '<' || c == '&'
            || c != ' ' && c != '\n' && (Character.isWhitespace(c) || StringUtil.isActuallyWhitespace(c)
                    || StringUtil.isInvisibleChar(c) || !TextNormalizer.isNormal(c)));

    private static final String CLASS_START = "<p class=\"";
    /** The run tags, opening and closing at the same index. */
    private static final List<String> RUN_OPENINGS = List.of("<strong>", "<b>");
    private static final List<String> RUN_CLOSINGS = List.of("</strong>", "</b>");

    private final String html;
    private final List<Block> blocks = new ArrayList<>();
    /** The text since the last paragraph boundary as a range of {@code html}, while it is one piece (else -1). */
    private int pieceStart = -1;
    private int pieceEnd;
    /** The text since the last paragraph boundary once a run tag has cut it into pieces. */
    private final StringBuilder pieces = new StringBuilder();
    private boolean inParagraph;
    /** The open run's closing tag, or null. */
    private String openRun;
    private int runs;
    private boolean ownTextBlank;
    private boolean runTextBlank;

    private SimpleHtmlBody(String html) {
        this.html = html;
    }

    /** The blocks {@code HtmlBlocks.of(Jsoup.parseBodyFragment(html).body())} gives, or empty when it must say. */
    static Optional<List<Block>> blocks(String html) {
        SimpleHtmlBody body = new SimpleHtmlBody(html);
        return body.read() ? Optional.of(body.blocks) : Optional.empty();
    }

    private boolean read() {
        int at = 0;
        while (at < html.length()) {
            at = html.charAt(at) == '<' ? tag(at) : text(at);
            if (at < 0) {
                return false;
            }
        }
        if (openRun != null) {
            return false;
        }
        flush(inParagraph && isHeading());
        return true;
    }

    /** Reads the text from {@code at} to the next tag; the index after it, or -1 at a character left to Jsoup. */
    private int text(int at) {
        int end = html.indexOf('<', at);
        end = end < 0 ? html.length() : end;
        for (int i = at; i < end; i++) {
            if (NOT_PLAIN.contains(html.charAt(i))) {
                return -1;
            }
        }
        // Blankness decides headings only, so it is asked only while it can still change the answer.
        if (openRun != null) {
            runTextBlank = runTextBlank && isBlank(at, end);
        } else if (inParagraph) {
            ownTextBlank = ownTextBlank && isBlank(at, end);
        }
        append(at, end);
        return end;
    }

    private boolean isBlank(int start, int end) {
        for (int i = start; i < end; i++) {
            if (html.charAt(i) != ' ' && html.charAt(i) != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Reads the tag at {@code at}; the index after it, or -1 when it is not one of this fast path's. */
    private int tag(int at) {
        if (html.startsWith("</p>", at)) {
            return openRun == null ? closeParagraph(at + 4) : -1;
        }
        if (html.startsWith("<p>", at)) {
            return openRun == null ? openParagraph(at + 3) : -1;
        }
        if (html.startsWith(CLASS_START, at)) {
            int end = classEnd(at + CLASS_START.length());
            return end >= 0 && openRun == null ? openParagraph(end) : -1;
        }
        for (int i = 0; i < RUN_OPENINGS.size(); i++) {
            if (html.startsWith(RUN_OPENINGS.get(i), at)) {
                return openRun(RUN_CLOSINGS.get(i), at + RUN_OPENINGS.get(i).length());
            }
            if (html.startsWith(RUN_CLOSINGS.get(i), at)) {
                return RUN_CLOSINGS.get(i).equals(openRun) ? closeRun(at + openRun.length()) : -1;
            }
        }
        return -1;
    }

    /** The index after the {@code ">} that closes a class of letters, digits, '_', '-' and spaces, or -1. */
    private int classEnd(int from) {
        int at = from;
        while (at < html.length() && isClassChar(html.charAt(at))) {
            at++;
        }
        return html.startsWith("\">", at) ? at + 2 : -1;
    }

    private static boolean isClassChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == ' ';
    }

    /** A {@code <p>} closes an open paragraph first, as in Jsoup. */
    private int openParagraph(int after) {
        flush(inParagraph && isHeading());
        inParagraph = true;
        runs = 0;
        ownTextBlank = true;
        runTextBlank = true;
        return after;
    }

    /** A {@code </p>} with no paragraph open makes an empty one in Jsoup: a boundary all the same. */
    private int closeParagraph(int after) {
        flush(inParagraph && isHeading());
        inParagraph = false;
        return after;
    }

    /** A run opens inside a paragraph only, and holds text only (no nesting for Jsoup to repair). */
    private int openRun(String closing, int after) {
        if (!inParagraph || openRun != null) {
            return -1;
        }
        openRun = closing;
        runs++;
        return after;
    }

    private int closeRun(int after) {
        openRun = null;
        return after;
    }

    /** What {@link HtmlBlocks} makes a heading: a paragraph whose whole, non-blank text is its one run. */
    private boolean isHeading() {
        return runs == 1 && ownTextBlank && !runTextBlank;
    }

    /** Adds text [start, end) of {@code html}; pieces are copied only when a second one comes. */
    private void append(int start, int end) {
        if (pieceStart < 0 && pieces.isEmpty()) {
            pieceStart = start;
            pieceEnd = end;
            return;
        }
        if (pieceStart >= 0) {
            pieces.append(html, pieceStart, pieceEnd);
            pieceStart = -1;
        }
        pieces.append(html, start, end);
    }

    /** Ends a paragraph candidate, as HtmlBlocks does at a block boundary (no link text here to weigh). */
    private void flush(boolean heading) {
        String cleaned = pieceStart >= 0 ? TextNormalizer.cleanNormalized(html, pieceStart, pieceEnd)
                : TextNormalizer.cleanNormalized(pieces.toString(), 0, pieces.length());
        if (!cleaned.isEmpty()) {
            blocks.add(new Block(cleaned, heading));
        }
        pieceStart = -1;
        pieces.setLength(0);
    }
}
