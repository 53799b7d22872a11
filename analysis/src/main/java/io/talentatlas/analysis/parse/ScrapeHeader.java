package io.talentatlas.analysis.parse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block of a scraped page, read from its first lines: optional banner lines (an app's name), the title
 * (perhaps repeated), then a line that starts with the date and time and carries either labelled fields
 * ({@code 6932次浏览 来源: 中国有色网 分类: 稀土 作者: 贾婷婷}) or the outlet ({@code 内蒙古新闻网-《内蒙古日报}).
 *
 * @param title       the title line, or null when the date line comes first
 * @param publishedAt the date line's time
 * @param outlet      the {@code 来源} field or the outlet after the date, or null
 * @param authors     the {@code 作者} field's names
 * @param appStyle    true for a news-app layout: a banner, or an outlet after the date instead of labelled fields
 * @param bodyStart   index of the first line after the header
 */
record ScrapeHeader(String title, OffsetDateTime publishedAt, String outlet, List<String> authors, boolean appStyle,
        int bodyStart) {

    /** How far down a header may reach, in non-empty lines. */
    private static final int MAX_HEADER_LINES = 6;
    private static final int MAX_TITLE_LENGTH = 100;
    /** A line ending with one of these is a body paragraph, so the text has no header. */
    private static final String SENTENCE_END = "。；;";
    private static final Pattern SOURCE = Pattern.compile("来源[:：]\\s*([^\\s:：]+)");
    private static final Pattern AUTHOR = Pattern.compile("作者[:：]\\s*([^\\s:：]+)");
    private static final Pattern LABELS = Pattern.compile("来源[:：]|作者[:：]|分类[:：]|编辑[:：]|\\d+\\s*次?(浏览|阅读)");
    private static final Pattern OUTLET_LINE = Pattern.compile("^[\\p{IsHan}·《》-]{2,16}(?:日报|晚报|早报|报社|新闻网"
            + "|电视台|通讯社)》?$");
    private static final Pattern DATE_LABEL = Pattern.compile("^(?:发布时间|发布日期|发表时间|时间|日期)\\s*[:：]\\s*");

    /** The header of {@code lines}, empty when they do not open with one. */
    static Optional<ScrapeHeader> read(List<String> lines) {
        return read(lines.size(), i -> TextNormalizer.cleanLine(lines.get(i)));
    }

    /** The header of a normalized text's {@code lines}, each cleaned straight from the text. */
    static Optional<ScrapeHeader> read(TextLines lines) {
        return read(lines.size(), lines::cleaned);
    }

    private static Optional<ScrapeHeader> read(int lineCount, IntFunction<String> cleanedLine) {
        List<String> before = new ArrayList<>();
        for (int i = 0; i < lineCount && before.size() < MAX_HEADER_LINES; i++) {
            String line = cleanedLine.apply(i);
            if (line.isEmpty()) {
                continue;
            }
            Optional<DateLine> date = dateLine(line);
            if (date.isPresent()) {
                return Optional.of(header(before, date.get(), i + 1));
            }
            if (line.length() > MAX_TITLE_LENGTH || endsLikeASentence(line)) {
                return Optional.empty();
            }
            before.add(line);
        }
        return Optional.empty();
    }

    /**
     * Same as {@code SENTENCE_END.matcher(line).find()} for a clean line, which holds no line terminator for its
     * {@code $} to stand before: only the last character can match.
     */
    private static boolean endsLikeASentence(String line) {
        return SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /**
     * The line as a header date line: it starts with a date (after an optional 发布时间: label) that has a time of day
     * or is followed by labelled fields (来源:, 作者:, 浏览 …).
     */
    private static Optional<DateLine> dateLine(String line) {
        Matcher label = DATE_LABEL.matcher(line);
        // DATE_LABEL is ^-anchored (no MULTILINE): lookingAt() gives find()'s answer.
        int from = label.lookingAt() ? label.end() : 0;
        Matcher date = DateTimes.DATE_TIME.matcher(line).region(from, line.length());
        if (!date.lookingAt()) {
            return Optional.empty();
        }
        String rest = line.substring(date.end()).strip();
        if (date.group(4) == null && !LABELS.matcher(rest).find()) {
            return Optional.empty();
        }
        return DateTimes.of(date).map(time -> new DateLine(time, rest));
    }

    private static ScrapeHeader header(List<String> lines, DateLine date, int bodyStart) {
        String rest = date.rest();
        // An outlet may stand on its own line between the title and the date (标题 / 内蒙古日报 / 2024年…).
        boolean outletLine = lines.size() >= 2 && OUTLET_LINE.matcher(lines.get(lines.size() - 1)).matches();
        List<String> before = outletLine ? lines.subList(0, lines.size() - 1) : lines;
        String title = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean banner = before.stream().anyMatch(line -> !line.equals(before.get(before.size() - 1)));
        boolean labelled = LABELS.matcher(rest).find();
        String outlet = labelled ? field(SOURCE, rest) : Outlets.clean(rest);
        outlet = outlet == null && outletLine ? Outlets.clean(lines.get(lines.size() - 1)) : outlet;
        List<String> authors = labelled && field(AUTHOR, rest) != null ? List.of(field(AUTHOR, rest)) : List.of();
        boolean appStyle = banner || !labelled && outlet != null;
        return new ScrapeHeader(title, date.time(), outlet, authors, appStyle, bodyStart);
    }

    private record DateLine(OffsetDateTime time, String rest) {
    }

    private static String field(Pattern label, String text) {
        Matcher matcher = label.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
