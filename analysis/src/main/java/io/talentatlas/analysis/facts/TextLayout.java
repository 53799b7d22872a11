package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.text.CharSet;
import io.talentatlas.events.Paragraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The paragraphs, sentences and clauses of a cleaned body, as offsets into it. Sentences end at 。！？ (and a closing
 * quote right after); clauses also end at commas, semicolons and colons, which is where Chinese news lists its figures.
 */
public final class TextLayout {

    private static final String SENTENCE_END_CHARS = "。！？!?";
    private static final CharSet SENTENCE_ENDS = CharSet.of(SENTENCE_END_CHARS);
    private static final CharSet CLAUSE_OR_SENTENCE_ENDS = CharSet.of(SENTENCE_END_CHARS + "，,；;：:");
    private static final CharSet CLOSERS = CharSet.of("”’」』\"");

    private final List<Segment> paragraphs;
    private final List<Segment> sentences = new ArrayList<>();
    private final List<Segment> clauses = new ArrayList<>();

    private TextLayout(String body, List<Segment> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
        for (Segment paragraph : paragraphs) {
            split(body, paragraph);
        }
    }

    /** The layout of {@code body}, using the parser's paragraphs, or its lines when there are none. */
    public static TextLayout of(String body, List<Paragraph> paragraphs) {
        List<Segment> segments = new ArrayList<>();
        if (paragraphs.isEmpty()) {
            int start = 0;
            for (int i = 0; i <= body.length(); i++) {
                if (i == body.length() || body.charAt(i) == '\n') {
                    segments.add(new Segment(start, i));
                    start = i + 1;
                }
            }
        } else {
            paragraphs.forEach(p -> segments.add(new Segment(p.start(), p.end())));
        }
        return new TextLayout(body, segments);
    }

    /** The paragraphs, in order. */
    public List<Segment> paragraphs() {
        return paragraphs;
    }

    /** The paragraph holding the offset, or the whole body's first paragraph when none does. */
    public Segment paragraphAt(int offset) {
        return find(paragraphs, offset);
    }

    /** The sentence holding the offset. */
    public Segment sentenceAt(int offset) {
        return find(sentences, offset);
    }

    /** The clause holding the offset. */
    public Segment clauseAt(int offset) {
        return find(clauses, offset);
    }

    /** The clauses of a sentence, in order. */
    public List<Segment> clausesOf(Segment sentence) {
        int from = firstEndingAfter(clauses, sentence.start());
        int to = from;
        while (to < clauses.size() && clauses.get(to).end() <= sentence.end()) {
            to++;
        }
        return Collections.unmodifiableList(clauses.subList(from, to));
    }

    /** Segments are sorted and do not overlap, so the one holding an offset is found by bisection. */
    private static Segment find(List<Segment> segments, int offset) {
        int index = firstEndingAfter(segments, offset);
        if (index < segments.size() && segments.get(index).contains(offset)) {
            return segments.get(index);
        }
        return new Segment(offset, offset);
    }

    /** The index of the first segment that ends after {@code offset}, or the list's size. */
    private static int firstEndingAfter(List<Segment> segments, int offset) {
        int low = 0;
        int high = segments.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (segments.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Sentences and clauses in one pass over the paragraph: a sentence end also ends a clause, and the closing quotes
     * after an end belong to what it ends.
     */
    private void split(String body, Segment paragraph) {
        int sentenceStart = paragraph.start();
        int clauseStart = sentenceStart;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = body.charAt(i);
            if (!CLAUSE_OR_SENTENCE_ENDS.contains(c) || isDigitSeparator(body, i)) {
                continue;
            }
            int end = i + 1;
            while (end < paragraph.end() && CLOSERS.contains(body.charAt(end))) {
                end++;
            }
            addIfNotEmpty(clauses, clauseStart, end);
            clauseStart = end;
            if (SENTENCE_ENDS.contains(c)) {
                addIfNotEmpty(sentences, sentenceStart, end);
                sentenceStart = end;
            }
            i = end - 1;
        }
        addIfNotEmpty(clauses, clauseStart, paragraph.end());
        addIfNotEmpty(sentences, sentenceStart, paragraph.end());
    }

    /** A comma or colon between digits belongs to a number (1,000 / 9:31), not to the sentence. */
    private static boolean isDigitSeparator(String body, int i) {
        char c = body.charAt(i);
        return (c == ',' || c == ':') && i > 0 && i + 1 < body.length()
                && Character.isDigit(body.charAt(i - 1)) && Character.isDigit(body.charAt(i + 1));
    }

    private static void addIfNotEmpty(List<Segment> out, int start, int end) {
        if (end > start) {
            out.add(new Segment(start, end));
        }
    }
}
