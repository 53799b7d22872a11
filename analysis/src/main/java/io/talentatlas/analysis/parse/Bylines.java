package io.talentatlas.analysis.parse;

import io.talentatlas.analysis.regions.RegionContext;
import io.talentatlas.analysis.regions.RegionMention;
import io.talentatlas.analysis.regions.RegionResolver;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the credits Chinese articles carry in their body: a byline line ({@code 大庆日报社全媒体记者 徐卫},
 * {@code □王新黑龙江日报全媒体记者姚建平}), a credit in brackets at the end or start of a paragraph
 * ({@code (草原云·内蒙古新闻网记者 郑学良)}, {@code 本报讯（记者 张三）}) and a source line
 * ({@code （文章来源：经济日报）}). The outlet in front of 记者 is told from a co-author's name by where the place
 * name of the outlet starts (王新|黑龙江日报).
 */
final class Bylines {

    private static final int MAX_BYLINE_LENGTH = 60;
    private static final String ROLE = "(?:全媒体|融媒体|首席|特约|见习|驻\\p{IsHan}{1,4})*(?:记者|通讯员)";
    private static final GatedPattern LINE = GatedPattern.compile("^[□■◇◆●○\\s]*(?<before>[^()（）]{0,30}?)" + ROLE
            + "[\\s:：]*(?<names>\\p{IsHan}{2,4}(?:[\\s、，,]+\\p{IsHan}{2,4})*)(?:\\s*摄影?)?$");
    private static final GatedPattern TRAILING = GatedPattern.compile("[(（](?<credit>[^()（）]{0,40}?" + ROLE
            + "[^()（）]{1,40})[)）]\\s*$");
    private static final GatedPattern LEADING = GatedPattern.compile(
            "^(?:\\p{IsHan}{0,12}讯\\s*)?[(（](?<credit>[^()（）]{0,40}?" + ROLE + "[^()（）]{1,40})[)）]\\s*");
    private static final Pattern SOURCE = Pattern.compile("^[(（]?\\s*(?:文章|本文|信息|稿件)?来源\\s*[:：]\\s*"
            + "(?<outlet>[^()（）]{2,40}?)\\s*[)）]?$");
    private static final Pattern OUTLET_SUFFIX = Pattern.compile("(?:日报社?|晚报|早报|报社|新闻网|网|电视台|客户端"
            + "|通讯社|新华社|融媒体中心|新闻中心)$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s、，,]+");
    /** Role words that separate names in a shared byline (记者 张三 通讯员 李四). */
    private static final Pattern ROLE_WORD = Pattern.compile("^(?:记者|通讯员|实习生|摄影|摄|本报)$");
    /** Characters no reporter's name has but the words after 记者 in a sentence do (记者了解到, 记者说). */
    private static final Pattern NOT_A_NAME = Pattern.compile("[了的到说是在从对向将把被获悉表示采访看]");

    /** Every credit holds one of these: ROLE ends in 记者 or 通讯员, and SOURCE spells out 来源. */
    private static final String[] CREDIT_WORDS = {"记者", "通讯员", "来源"};

    private final RegionResolver resolver;

    Bylines(RegionResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * False when {@code text} holds no credit of any kind (whole line, leading or trailing), so that most paragraphs
     * cost one vectorised search per word instead of three gates, two head/tail copies and a cleaning. Block texts
     * are clean already ({@link Block}), so cleaning a part of one makes no word it did not hold.
     */
    static boolean mayCredit(String text) {
        for (String word : CREDIT_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The credit a whole paragraph makes, if it is a byline or a source line; {@code text} is a block's (clean). */
    Optional<Credit> wholeLine(String text) {
        if (text.length() > MAX_BYLINE_LENGTH) {
            return Optional.empty();
        }
        // Every source line holds 来源: without it no matcher is needed to say no.
        if (text.contains("来源")) {
            Matcher source = SOURCE.matcher(text);
            if (source.matches()) {
                return Optional.of(new Credit(Outlets.clean(source.group("outlet")), List.of(), true));
            }
        }
        return parseCredit(text);
    }

    /** A credit in brackets at the end of {@code text} ({@code …篇章。(记者 郑学良)}), with where it starts. */
    Optional<Detached> trailing(String text) {
        String tail = text.length() > 120 ? text.substring(text.length() - 120) : text;
        // The gate first: most paragraphs have no 记者 or 通讯员, and a matcher costs more than the gate.
        if (!TRAILING.mayMatch(tail)) {
            return Optional.empty();
        }
        Matcher matcher = TRAILING.matcher(tail);
        if (!findTrailing(matcher, tail)) {
            return Optional.empty();
        }
        int start = text.length() - tail.length() + matcher.start();
        return parseCredit(matcher.group("credit")).map(c -> new Detached(c, text.substring(0, start).strip()));
    }

    /**
     * Same answer as {@code matcher.find()}, trying one place only: a TRAILING match has no bracket inside and only
     * spaces after its closing bracket, so it can only start at the last opening bracket of {@code tail}; and the
     * pattern has no lookbehind or start anchor, so a match from there is the one find() would report.
     */
    private static boolean findTrailing(Matcher matcher, String tail) {
        int open = Math.max(tail.lastIndexOf('('), tail.lastIndexOf('（'));
        return open >= 0 && matcher.region(open, tail.length()).lookingAt();
    }

    /** A credit in brackets at the start of {@code text} ({@code 本报讯（记者 张三）…}). */
    Optional<Detached> leading(String text) {
        String head = text.length() > 120 ? text.substring(0, 120) : text;
        if (!LEADING.mayMatch(head)) {
            return Optional.empty();
        }
        // LEADING is ^-anchored: the gated scan tries it at the start only.
        Matcher matcher = LEADING.scanMatcher(head);
        if (!LEADING.nextMatch(matcher, head, 0)) {
            return Optional.empty();
        }
        return parseCredit(matcher.group("credit")).map(c -> new Detached(c, text.substring(matcher.end()).strip()));
    }

    /** {@code credit}: a block text or a part of one, so normalized already (only its spaces may need cleaning). */
    private Optional<Credit> parseCredit(String credit) {
        String cleaned = TextNormalizer.cleanNormalized(credit, 0, credit.length());
        // No 记者 or 通讯员 in it, no byline: the gate says so before the regex tries every split of the line.
        if (!LINE.mayMatch(cleaned)) {
            return Optional.empty();
        }
        Matcher line = LINE.matcher(cleaned);
        if (!line.matches() || NOT_A_NAME.matcher(line.group("names")).find() || !creditsAnOutlet(line)) {
            return Optional.empty();
        }
        return Optional.of(credit(line.group("before"), line.group("names")));
    }

    /** Before 记者 stands nothing, a byline mark, or an outlet: not the start of an ordinary sentence. */
    private static boolean creditsAnOutlet(Matcher line) {
        String before = line.group("before").strip();
        int cut = Math.max(before.lastIndexOf('·'), before.lastIndexOf(' '));
        return before.isEmpty() || line.group().startsWith("□") || before.equals("本报")
                || OUTLET_SUFFIX.matcher(before.substring(cut + 1)).find();
    }

    private Credit credit(String before, String names) {
        List<String> authors = new ArrayList<>();
        String outletPart = before.strip();
        int cut = Math.max(outletPart.lastIndexOf('·'), outletPart.lastIndexOf(' '));
        String outletCandidate = outletPart.substring(cut + 1);
        String outlet = null;
        if (OUTLET_SUFFIX.matcher(outletCandidate).find()) {
            int placeStart = placeStart(outletCandidate);
            String coAuthor = outletCandidate.substring(0, placeStart);
            if (coAuthor.length() >= 2 && coAuthor.length() <= 4) {
                authors.add(coAuthor);
            }
            outlet = Outlets.clean(outletCandidate.substring(placeStart));
        }
        for (String name : NAME_SEPARATORS.split(names.strip())) {
            if (!name.isEmpty() && !ROLE_WORD.matcher(name).matches() && !authors.contains(name)) {
                authors.add(name);
            }
        }
        return new Credit("本报".equals(outlet) ? null : outlet, authors, false);
    }

    /** Where a place-named outlet starts in {@code text} (王新黑龙江日报 → 2), 0 when no place is named after 0. */
    private int placeStart(String text) {
        List<RegionMention> mentions = resolver.mentions(text, RegionContext.none());
        return mentions.isEmpty() ? 0 : mentions.get(0).start();
    }

    /**
     * What a credit names.
     *
     * @param outlet  the outlet, or null
     * @param authors reporters, in order
     * @param source  true for a source line (文章来源), which names the publishing outlet authoritatively
     */
    record Credit(String outlet, List<String> authors, boolean source) {
    }

    /**
     * A credit cut out of a paragraph.
     *
     * @param credit    what it names
     * @param remainder the paragraph without it
     */
    record Detached(Credit credit, String remainder) {
    }
}
