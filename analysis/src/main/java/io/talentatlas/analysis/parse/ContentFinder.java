package io.talentatlas.analysis.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element of an HTML page that holds the article, readability-style: page furniture goes first (nav,
 * header, footer, aside, forms, scripts, and elements whose class or id says menu, sidebar, footer, share,
 * breadcrumb, related …), then every paragraph-like element scores its text density (Han characters and commas,
 * link text not counted) for its parent and half for its grandparent; the best-scoring element wins, together with
 * siblings that hold a good share of the text.
 */
final class ContentFinder {

    private static final String FURNITURE = "script, style, noscript, template, iframe, nav, header, footer, aside,"
            + " form, button, select, textarea, svg";
    private static final Pattern NOISE = Pattern.compile("(?i)(?:^|[-_\\s])(?:nav|navbar|menu|footer|foot|sidebar"
            + "|side|comment|comments|share|social|breadcrumb|crumbs?|banner|ads?|advert|related|recommend|copyright"
            + "|toolbar|login|topbar|hot|rank|tags?)(?:[-_\\s]|$)");
    private static final String PARAGRAPHS = "p, pre, td, li, div, section, blockquote";
    private static final int MIN_SCORE = 10;
    private static final double SIBLING_SHARE = 0.2;
    /** Inline markup nests a few levels in real pages; the cap keeps hostile nesting from exhausting the stack. */
    private static final int MAX_INLINE_DEPTH = 16;

    private ContentFinder() {
    }

    /** The article's container in {@code page} (the page body when nothing scores). Mutates the page. */
    static Element find(Document page) {
        Element body = page.body();
        body.select(FURNITURE).remove();
        body.getAllElements().stream()
                .filter(e -> e != body && isNoise(e))
                .toList()
                .forEach(Element::remove);
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : body.select(PARAGRAPHS)) {
            int score = density(paragraph, 0);
            if (score >= MIN_SCORE) {
                add(scores, paragraph.parent(), score);
                add(scores, paragraph.parent() == null ? null : paragraph.parent().parent(), score / 2.0);
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(best -> withSiblings(best.getKey(), best.getValue(), scores, body))
                .orElse(body);
    }

    /**
     * An article split over sibling containers (page 1/2 divs, a lead paragraph beside the text div) is one article:
     * when the winner has siblings scoring at least a fifth of its score, their parent is the content, minus the
     * siblings that score less.
     */
    private static Element withSiblings(Element best, double bestScore, Map<Element, Double> scores, Element body) {
        Element parent = best.parent();
        if (best == body || parent == null) {
            return best;
        }
        double threshold = Math.max(MIN_SCORE, bestScore * SIBLING_SHARE);
        List<Element> siblings = parent.children().stream().filter(s -> s != best).toList();
        if (siblings.stream().noneMatch(s -> siblingScore(s, scores) >= threshold)) {
            return best;
        }
        siblings.stream().filter(s -> siblingScore(s, scores) < threshold).forEach(Element::remove);
        return parent;
    }

    private static double siblingScore(Element sibling, Map<Element, Double> scores) {
        return scores.getOrDefault(sibling, 0.0) + ("p".equals(sibling.normalName()) ? density(sibling, 0) : 0);
    }

    private static boolean isNoise(Element element) {
        String tag = element.normalName();
        if ("article".equals(tag) || "main".equals(tag) || "html".equals(tag)) {
            return false;
        }
        return NOISE.matcher(element.className()).find() || NOISE.matcher(element.id()).find();
    }

    /** Han characters and commas in the element's own text nodes and inline children, outside links. */
    private static int density(Element paragraph, int depth) {
        int score = 0;
        for (TextNode node : paragraph.textNodes()) {
            String text = node.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x4E00 && c <= 0x9FFF || c == '，' || c == ',') {
                    score++;
                }
            }
        }
        for (Element child : paragraph.children()) {
            if (depth < MAX_INLINE_DEPTH && !"a".equals(child.normalName()) && !child.isBlock()) {
                score += density(child, depth + 1);
            }
        }
        return score;
    }

    private static void add(Map<Element, Double> scores, Element element, double score) {
        if (element != null) {
            scores.merge(element, score, Double::sum);
        }
    }
}
