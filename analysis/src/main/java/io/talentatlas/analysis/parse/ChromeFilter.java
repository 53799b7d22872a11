package io.talentatlas.analysis.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes site chrome out of an article's paragraphs. Two kinds: the <em>tail</em> that sites append after the
 * article (责任编辑, 编辑:, 如需了解更多, 版权声明, 举报邮箱, Copyright …): from the first tail line in the second half
 * of the article on, everything goes; and <em>short chrome lines</em> anywhere (返回首页, 分享到, 扫一扫, 6932次浏览,
 * app banners, lines that are only a URL or only links). Long prose lines are never dropped for a word they contain.
 */
final class ChromeFilter {

    private static final Pattern TAIL = Pattern.compile("^[(（【\\[]?\\s*(?:(?:责任编辑|责编|编辑|值班编辑|审核|校对|监制|主编|审校)"
            + "\\s*[:：/]|如需了解更多|如需转载|(?:版权|免责)声明|版权所有|本网声明|举报(?:邮箱|电话)|违法和不良信息"
            + "|(?i:copyright)|©|(?i:all rights reserved)|\\p{IsHan}{1,12}声明\\s*[:：]|凡(?:本网|注明)|转载请注明)");
    private static final Pattern SHORT_CHROME = Pattern.compile("^(?:\\[?返回|分享(?:到|至|给|:|：|$)|扫一扫|扫描二维码"
            + "|(?:打开|下载)(?:\\p{IsHan}{0,6})?(?i:app|客户端)|点击(?:查看|进入|阅读|这里|此处|下载)|关注我们|上一篇|下一篇"
            + "|相关(?:阅读|新闻|推荐|链接)|推荐阅读|延伸阅读|【纠错】|字号|打印本页|关闭窗口|收藏本文)"
            + "|返回首页|返回顶部|客户端$|^[(（]完[)）]$|\\d+\\s*次(?:浏览|阅读)|阅读(?:量|数)\\s*[:：]?\\s*\\d+");
    private static final Pattern URL_ONLY = Pattern.compile("^[<\\[(]?(?:https?:)?//\\S+[>\\])]?$|^www\\.\\S+$");
    private static final Pattern LINKS_ONLY = Pattern.compile("^(?:\\[[^\\]]*]\\([^)]*\\)[\\s｜|/·]*)+$");
    private static final int SHORT = 40;
    /** What SHORT_CHROME's ^-anchored alternatives start with (an array: this is iterated for every short line). */
    private static final String[] SHORT_CHROME_STARTS = {"返回", "[返回", "分享", "扫一扫", "扫描二维码", "打开", "下载",
        "点击", "关注我们", "上一篇", "下一篇", "相关", "推荐阅读", "延伸阅读", "【纠错】", "字号", "打印本页", "关闭窗口", "收藏本文",
        "(完", "（完"};
    /** Their first characters, which rule most lines out at one lookup. */
    private static final String SHORT_CHROME_FIRST = "返[分扫打下点关上相推延【字收(（";
    /** A word each of SHORT_CHROME's other alternatives holds (返回首页, 客户端$, 6932次浏览, 阅读量: 12 …). */
    private static final String[] SHORT_CHROME_WORDS = {"返回首页", "返回顶部", "客户端", "次浏览", "次阅读", "阅读量", "阅读数"};
    /** The first characters of TAIL's literal alternatives. */
    private static final String TAIL_FIRST = "责编值审校监主如版免本举违凡转cCaA©";

    private ChromeFilter() {
    }

    /** {@code blocks} without chrome. */
    static List<Block> strip(List<Block> blocks) {
        int end = tailStart(blocks);
        List<Block> kept = new ArrayList<>(end);
        for (Block block : blocks.subList(0, end)) {
            if (!isChromeLine(block.text())) {
                kept.add(block);
            }
        }
        return kept;
    }

    /** True for a line that is chrome wherever it stands. */
    static boolean isChromeLine(String text) {
        if (isUrlOnly(text) || isLinksOnly(text)) {
            return true;
        }
        return text.length() <= SHORT && (isShortChrome(text) || isTailLine(text));
    }

    /** SHORT_CHROME is looked for everywhere: the gate first, since a failing find() tries every position. */
    private static boolean isShortChrome(String text) {
        return mayBeShortChrome(text) && SHORT_CHROME.matcher(text).find();
    }

    /**
     * False when SHORT_CHROME cannot match: its ^-anchored alternatives start with one of
     * {@link #SHORT_CHROME_STARTS}, and each of the others holds one of {@link #SHORT_CHROME_WORDS}.
     */
    private static boolean mayBeShortChrome(String text) {
        if (!text.isEmpty() && SHORT_CHROME_FIRST.indexOf(text.charAt(0)) >= 0) {
            for (String start : SHORT_CHROME_STARTS) {
                if (text.startsWith(start)) {
                    return true;
                }
            }
        }
        for (String word : SHORT_CHROME_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Every URL_ONLY match holds "//" or "www.": without them no matcher is needed to say no. */
    private static boolean isUrlOnly(String text) {
        return (text.contains("//") || text.contains("www.")) && URL_ONLY.matcher(text).matches();
    }

    /** A LINKS_ONLY match starts with '[': without it no matcher is needed to say no. */
    private static boolean isLinksOnly(String text) {
        return text.startsWith("[") && LINKS_ONLY.matcher(text).matches();
    }

    /** TAIL is ^-anchored (no MULTILINE): lookingAt() gives find()'s answer without trying every position. */
    private static boolean isTailLine(String text) {
        return mayBeTailLine(text) && TAIL.matcher(text).lookingAt();
    }

    /**
     * False when TAIL cannot match, so most paragraphs need no matcher. Its alternatives start right after the
     * optional bracket and spaces (none starts with a bracket or a space, so backtracking over those moves
     * nothing): with one of their first characters ({@link #TAIL_FIRST}, c/a in any ASCII case, ©), or as
     * 1–12 Han characters then 声明.
     */
    private static boolean mayBeTailLine(String text) {
        int at = 0;
        if (at < text.length() && "(（【[".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        while (at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (at >= text.length()) {
            return false;
        }
        char first = text.charAt(at);
        if (TAIL_FIRST.indexOf(first) >= 0) {
            return true;
        }
        int statement = text.indexOf("声明", at + 1);
        return statement >= 0 && statement <= at + 12;
    }

    private static int tailStart(List<Block> blocks) {
        for (int i = blocks.size() / 2; i < blocks.size(); i++) {
            if (isTailLine(blocks.get(i).text())) {
                return i;
            }
        }
        return blocks.size();
    }
}
