package io.talentatlas.analysis.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the paragraphs of an HTML element in document order: every block element ({@code p}, {@code div},
 * {@code li}, {@code h1}–{@code h6} …) and every {@code <br>} ends a paragraph. Headings ({@code h1}–{@code h6},
 * and paragraphs whose whole text is one {@code <strong>} or {@code <b>}) are marked. Paragraphs that are mostly
 * link text (menus, "related articles") are dropped.
 */
final class HtmlBlocks implements NodeVisitor {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "main", "table", "tr", "td", "th",
            "figure", "figcaption", "header", "footer", "nav", "aside", "center", "body", "form", "hr");
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "select", "button", "textarea", "head", "title");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private boolean heading;
    /** How many skipped elements (script, style …) and links enclose the current node: counters, not parent walks. */
    private int skippedDepth;
    private int linkDepth;

    private HtmlBlocks() {
    }

    /** The paragraphs inside {@code root}. */
    static List<Block> of(Element root) {
        HtmlBlocks visitor = new HtmlBlocks();
        NodeTraversor.traverse(visitor, root);
        visitor.flush();
        return visitor.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            if (skippedDepth == 0) {
                appendText(textNode);
            }
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            skippedDepth += SKIPPED_TAGS.contains(tag) ? 1 : 0;
            linkDepth += "a".equals(tag) ? 1 : 0;
            if ("br".equals(tag) || BLOCK_TAGS.contains(tag)) {
                flush();
                heading = isHeading(element);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            skippedDepth -= SKIPPED_TAGS.contains(tag) ? 1 : 0;
            linkDepth -= "a".equals(tag) ? 1 : 0;
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
        }
    }

    private void appendText(TextNode node) {
        String value = node.getWholeText();
        text.append(value);
        if (linkDepth > 0) {
            linkChars += value.strip().length();
        }
    }

    private void flush() {
        String cleaned = TextNormalizer.cleanLine(text.toString());
        boolean mostlyLinks = linkChars * 2 > cleaned.length() && cleaned.length() > 0;
        if (!cleaned.isEmpty() && !mostlyLinks) {
            blocks.add(new Block(cleaned, heading));
        }
        text.setLength(0);
        linkChars = 0;
        heading = false;
    }

    /** h1–h6, or a paragraph whose whole text sits in one strong/b element. */
    private static boolean isHeading(Element element) {
        String tag = element.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            return true;
        }
        if (!"p".equals(tag) && !"div".equals(tag)) {
            return false;
        }
        // The cheap structural tests first: text() walks the whole subtree, and most paragraphs fail before it.
        if (element.childrenSize() != 1) {
            return false;
        }
        Element only = element.child(0);
        if (!"strong".equals(only.normalName()) && !"b".equals(only.normalName()) || !element.ownText().isBlank()) {
            return false;
        }
        String all = element.text().strip();
        return !all.isEmpty() && only.text().strip().equals(all);
    }
}
