package io.talentatlas.analysis.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an extractor's paragraph candidates into body paragraphs: chrome out ({@link ChromeFilter}), byline and
 * source lines out, bracketed credits cut from paragraph ends and starts ({@link Bylines}); what they name is kept
 * as the article's outlet and authors.
 */
final class BodyCleaner {

    private final Bylines bylines;

    BodyCleaner(Bylines bylines) {
        this.bylines = bylines;
    }

    /** The body paragraphs of {@code blocks} and the credits found among them. */
    Cleaned clean(List<Block> blocks) {
        Cleaned.Builder result = new Cleaned.Builder();
        for (Block block : ChromeFilter.strip(blocks)) {
            Block body = Bylines.mayCredit(block.text()) ? withoutCredits(block, result) : block;
            if (body != null && !body.text().isEmpty()) {
                result.blocks.add(body);
            }
        }
        return result.build();
    }

    /** {@code block} without the credits it holds, which go to {@code result}; null when it is a credit line. */
    private Block withoutCredits(Block block, Cleaned.Builder result) {
        Optional<Bylines.Credit> whole = bylines.wholeLine(block.text());
        if (whole.isPresent()) {
            result.credit(whole.get());
            return null;
        }
        String text = detach(block.text(), bylines.leading(block.text()), result);
        text = detach(text, bylines.trailing(text), result);
        return text.equals(block.text()) ? block : new Block(text, block.heading());
    }

    private static String detach(String text, Optional<Bylines.Detached> detached, Cleaned.Builder result) {
        detached.ifPresent(d -> result.credit(d.credit()));
        return detached.map(Bylines.Detached::remainder).orElse(text);
    }

    /**
     * Body paragraphs and credits.
     *
     * @param blocks       the body paragraphs
     * @param sourceOutlet the outlet a source line (文章来源：…) names, or null
     * @param bylineOutlet the outlet the first byline names, or null
     * @param authors      reporters named by bylines, in order of appearance
     */
    record Cleaned(List<Block> blocks, String sourceOutlet, String bylineOutlet, List<String> authors) {

        /** Collects the pieces while the blocks are walked. */
        private static final class Builder {
            private final List<Block> blocks = new ArrayList<>();
            private final List<String> authors = new ArrayList<>();
            private String sourceOutlet;
            private String bylineOutlet;

            void credit(Bylines.Credit credit) {
                if (credit.source() && sourceOutlet == null) {
                    sourceOutlet = credit.outlet();
                } else if (!credit.source() && bylineOutlet == null) {
                    bylineOutlet = credit.outlet();
                }
                credit.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
            }

            Cleaned build() {
                return new Cleaned(List.copyOf(blocks), sourceOutlet, bylineOutlet, List.copyOf(authors));
            }
        }
    }
}
