package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.text.CharSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the body quotes something. Quotes without sentence punctuation and 《》 titles are names (“1+1”行动,
 * 《人才振兴60条》): numbers inside them are part of the name. Quotes with sentence punctuation are direct speech:
 * figures a person cites for their own company or case, which the annotation rules do not count as regional figures.
 */
public final class QuoteMap {

    private static final String OPENERS = "“‘「『《";
    private static final String CLOSERS = "”’」』》";
    private static final String SPEECH_PUNCTUATION = "，。！？,；;!?";
    /** Every character the scan acts on; the others (nearly all) are passed over with one bit test. */
    private static final CharSet QUOTE_MARKS = CharSet.of(OPENERS + CLOSERS + "\"");

    private final List<Segment> names = new ArrayList<>();
    private final List<Segment> speech = new ArrayList<>();
    /** Per offset of the body: inside some name, inside some speech (asked for every number and region mention). */
    private boolean[] inNames;
    private boolean[] inSpeeches;

    private QuoteMap() {
    }

    /** The quotes of each paragraph of the body (quotes never span paragraphs here). */
    public static QuoteMap of(String body, List<Segment> paragraphs) {
        QuoteMap map = new QuoteMap();
        paragraphs.forEach(p -> map.scan(body, p));
        map.inNames = covered(map.names, body.length());
        map.inSpeeches = covered(map.speech, body.length());
        return map;
    }

    /** Whether the offset lies inside a quoted name or title. */
    public boolean inName(int offset) {
        return offset >= 0 && offset < inNames.length && inNames[offset];
    }

    /** Whether the offset lies inside quoted speech. */
    public boolean inSpeech(int offset) {
        return offset >= 0 && offset < inSpeeches.length && inSpeeches[offset];
    }

    private static boolean[] covered(List<Segment> segments, int length) {
        boolean[] covered = new boolean[length];
        for (Segment segment : segments) {
            for (int i = Math.max(0, segment.start()); i < Math.min(length, segment.end()); i++) {
                covered[i] = true;
            }
        }
        return covered;
    }

    private void scan(String body, Segment paragraph) {
        Deque<Integer> open = new ArrayDeque<>();
        boolean asciiOpen = false;
        int asciiStart = 0;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = body.charAt(i);
            if (!QUOTE_MARKS.contains(c)) {
                continue;
            }
            if (OPENERS.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSERS.indexOf(c) >= 0 && !open.isEmpty()) {
                int start = open.pop();
                if (OPENERS.indexOf(body.charAt(start)) == CLOSERS.indexOf(c)) {
                    classify(body, start, i + 1, c == '》');
                }
            } else if (c == '"') {
                if (asciiOpen) {
                    classify(body, asciiStart, i + 1, false);
                }
                asciiOpen = !asciiOpen;
                asciiStart = i;
            }
        }
    }

    private void classify(String body, int start, int end, boolean title) {
        boolean sentenceLike = false;
        for (int i = start + 1; i < end - 1 && !sentenceLike; i++) {
            sentenceLike = SPEECH_PUNCTUATION.indexOf(body.charAt(i)) >= 0;
        }
        if (title || !sentenceLike) {
            names.add(new Segment(start, end));
        } else {
            speech.add(new Segment(start, end));
        }
    }
}
