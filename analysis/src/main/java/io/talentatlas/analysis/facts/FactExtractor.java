package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Quantity;
import io.talentatlas.analysis.numbers.QuantityFinder;
import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.analysis.regions.RegionContext;
import io.talentatlas.analysis.regions.RegionMention;
import io.talentatlas.analysis.regions.RegionResolver;
import io.talentatlas.analysis.text.CharPresence;
import io.talentatlas.analysis.text.CharSet;
import io.talentatlas.analysis.text.GatedPattern;
import io.talentatlas.analysis.text.LiteralIndex;
import io.talentatlas.events.ArticleParsed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a parsed article into the facts of facts.md: every number the numbers layer finds is checked against the
 * non-fact rules, classified into a catalogue metric by the words around it (or kept as {@code other} with its label),
 * and given a unit, qualifier, period, target flag, region and evidence. Thread-safe; build once and share.
 */
public final class FactExtractor {

    /** Version of the extraction rules; metrics-service re-extracts stored articles when it changes. */
    public static final String VERSION = "facts-5";

    /** Punctuation that ends a clause and is not part of its evidence. */
    private static final String EVIDENCE_TRAIL = "，,；;。：:！？!?";

    private static final CharSet CHINESE_NUMERAL = CharSet.of("一二两三四五六七八九十");

    /** A clause this short before the number's one is a time adverbial at most (三年来，, 2021年以来，). */
    private static final int ADVERBIAL_CLAUSE = 12;

    private final QuantityFinder numbers;
    private final MentionFinder regions;
    private final FactGrammar grammar;
    private final ContextBuilder contexts;
    private final MetricClassifier classifier;
    private final CounterWords counters;
    private final NonFactFilter nonFacts;
    private final QualifierResolver qualifiers;
    private final PeriodResolver periods;
    private final TargetDetector targets;
    private final LabelExtractor labels;
    private final BreakdownFilter breakdowns;
    private final RespectiveRegions respectively = new RespectiveRegions();
    private final VerbEllipsis ellipsis;
    private final GatedPattern additionBefore;
    /** The gates of the grammar and the lexicon, answered once per sentence for all its numbers. */
    private final LiteralIndex sentenceLiterals;

    public FactExtractor(QuantityFinder numbers, MentionFinder regions, MetricLexicon lexicon, FactGrammar grammar) {
        this.numbers = numbers;
        this.regions = regions;
        this.grammar = grammar;
        this.contexts = new ContextBuilder(grammar);
        this.classifier = new MetricClassifier(lexicon, grammar);
        this.counters = CounterWords.standard(grammar);
        this.nonFacts = new NonFactFilter(grammar);
        this.qualifiers = new QualifierResolver(grammar);
        this.periods = new PeriodResolver(grammar);
        this.targets = new TargetDetector(grammar);
        this.labels = new LabelExtractor(grammar);
        this.breakdowns = new BreakdownFilter(grammar);
        this.ellipsis = new VerbEllipsis(grammar);
        this.additionBefore = grammar.gated("addition_before");
        this.sentenceLiterals = LiteralIndex.of(gatesOf(grammar, lexicon), ArticleScope.JOINERS);
    }

    private static List<GatedPattern> gatesOf(FactGrammar grammar, MetricLexicon lexicon) {
        List<GatedPattern> gates = new ArrayList<>(grammar.patterns());
        for (MetricRule rule : lexicon.rules()) {
            gates.add(rule.triggers());
            if (rule.negatives() != null) {
                gates.add(rule.negatives());
            }
        }
        return gates;
    }

    /** The extractor with the shipped lexicons, the numbers layer and the region resolver. */
    public static FactExtractor standard() {
        RegionResolver resolver = RegionResolver.standard();
        MentionFinder mentions = (text, home) -> resolver.mentions(text, RegionContext.of(home));
        return new FactExtractor(new QuantityFinder(), mentions, MetricLexicon.standard(), FactGrammar.standard());
    }

    /** The facts of the article, in text order. */
    public List<Fact> extract(ArticleParsed article) {
        String body = article.body() == null ? "" : article.body();
        TextLayout layout = TextLayout.of(body, article.paragraphs());
        QuoteMap quotes = QuoteMap.of(body, layout.paragraphs());
        RegionChoice home = new RegionChoice(article.homeRegion(), titleScope(article));
        RegionAttributor attributor = RegionAttributor.of(regions.find(body, article.homeRegion()), body, home, quotes,
                layout, grammar);
        Integer pubYear = article.publishedAt() == null ? null : article.publishedAt().getYear();
        List<Quantity> all = numbers.find(body).stream().filter(q -> !partOfWord(body, q))
                .sorted(Comparator.comparingInt(Quantity::start)).toList();
        ArticleScope scope = new ArticleScope(body, layout, quotes, attributor, pubYear, sentenceLiterals,
                classifier.rules(), new HashMap<>(), new HashMap<>());
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            // Years, dates, ordinals and codes are never facts: no context is built for them.
            if (all.get(i).isFactCandidate()) {
                factOf(scope, contexts.build(body, layout, all, i)).ifPresent(facts::add);
            }
        }
        List<Fact> resolved = ellipsis.apply(body, layout, respectively.apply(body, layout, attributor, facts));
        return breakdowns.apply(body, layout, resolved);
    }

    private Optional<Fact> factOf(ArticleScope scope, NumberContext context) {
        String body = scope.body();
        Quantity quantity = context.quantity();
        CharPresence chars = scope.sentenceChars(context);
        List<String> counterWords = counters.candidates(quantity,
                context.clauseBefore(), context.right(), chars);
        if (nonFacts.dropReason(body, context, scope.quotes(), counterWords, chars).isPresent()) {
            return Optional.empty();
        }
        Classification classification = nonFacts.countsBeneficiaries(body, context, chars) ? null
                : classifier.classify(context, counterWords, scope.paragraph(context.paragraph()), chars)
                        .orElse(null);
        Unit unit = classification != null ? classification.unit() : counters.fallbackUnit(quantity, counterWords);
        // 一幅画卷, 9万吨: a counter that no talent-work quantity uses.
        return unit == Unit.OTHER ? Optional.empty()
                : Optional.of(build(scope, context, classification, unit, chars));
    }

    /** The fact of a number; {@code classification} is null for {@code other}. */
    private Fact build(ArticleScope scope, NumberContext context, Classification classification, Unit unit,
            CharPresence chars) {
        String body = scope.body();
        Quantity quantity = context.quantity();
        String metric = classification == null ? Metric.OTHER : classification.metricKey();
        MetricKind kind = classification == null ? MetricKind.FLOW : classification.rule().metric().kind();
        RegionChoice region = scope.attributor().regionOf(quantity.start(), context.clause(), context.sentence(),
                context.paragraph());
        boolean labelAfter = classification != null && context.right().startsWith("的");
        MetricKind periodKind = kind == MetricKind.STOCK && additionBefore.find(context.left(), chars)
                ? MetricKind.FLOW : kind;
        Period period = periods.resolve(clauseWords(body, context),
                () -> adverbialClause(body, scope.layout(), context),
                () -> body.substring(context.sentence().start(), context.clause().start()), periodKind,
                scope.pubYear(), chars);
        boolean target = targets.isTarget(body, context.clause(), scope.quotes()) || inFuture(period, scope.pubYear());
        return new Fact(region.code(), region.scope(), metric, quantity.value(), quantity.valueMin(), unit,
                qualifiers.resolve(body, context, kind == MetricKind.OFFER, chars), period, target,
                labels.label(context, labelAfter), evidence(body, context), quantity.start(), quantity.end());
    }

    /** 2025年底前建成…: a number for a year after publication can only be a plan. */
    private static boolean inFuture(Period period, Integer pubYear) {
        Integer year = period.to() != null ? period.to() : period.from();
        return pubYear != null && year != null && year > pubYear;
    }

    /** The clause around the number, without the number (…4000人的全年工作目标). */
    private static String clauseWords(String body, NumberContext context) {
        return context.clauseBefore() + " "
                + body.substring(context.quantity().end(), context.clause().end());
    }

    /** The nearest short clause before the number's clause in its sentence (三年来，… / 2021年以来，…), else "". */
    private static String adverbialClause(String body, TextLayout layout, NumberContext context) {
        List<Segment> clauses = layout.clausesOf(context.sentence());
        for (int i = clauses.size() - 1; i >= 0; i--) {
            Segment clause = clauses.get(i);
            if (clause.end() <= context.clause().start() && clause.end() - clause.start() <= ADVERBIAL_CLAUSE) {
                return clause.text(body);
            }
        }
        return "";
    }

    /** 苏州工业园区：打造人才高地: a title naming a zone of the home city makes the zone the article's default scope. */
    private String titleScope(ArticleParsed article) {
        if (article.title() == null || article.homeRegion() == null) {
            return null;
        }
        String homeCity = RegionCodes.cityOf(article.homeRegion());
        return regions.find(article.title(), article.homeRegion()).stream()
                .filter(m -> m.scope() != null && homeCity.equals(RegionCodes.cityOf(m.region().code())))
                .map(RegionMention::scope).findFirst().orElse(null);
    }

    /** 一次性补助, 双一流: a Chinese numeral that belongs to a word is no number and must not cut its neighbours' words. */
    private boolean partOfWord(String body, Quantity quantity) {
        return !quantity.text().isEmpty() && CHINESE_NUMERAL.contains(quantity.text().charAt(0))
                && grammar.found("inside_word_after", body.substring(quantity.end(), Math.min(body.length(),
                quantity.end() + 3)));
    }

    /** White space as regexes mean it ({@code \\s}): the evidence has always been trimmed of these. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The clause (from where its words begin) without leading white space and trailing punctuation or space. */
    private static String evidence(String body, NumberContext context) {
        int start = Math.min(context.clause().start(), context.leftStart());
        int end = context.clause().end();
        while (start < end && isSpace(body.charAt(start))) {
            start++;
        }
        while (end > start && (EVIDENCE_TRAIL.indexOf(body.charAt(end - 1)) >= 0 || isSpace(body.charAt(end - 1)))) {
            end--;
        }
        return body.substring(start, end);
    }

    /** What every number of one article shares. */
    private record ArticleScope(String body, TextLayout layout, QuoteMap quotes, RegionAttributor attributor,
            Integer pubYear, LiteralIndex literals, List<MetricRule> rules,
            Map<Segment, MetricClassifier.Paragraph> paragraphs,
            Map<Segment, CharPresence> sentences) {

        /** Characters the rules' texts can hold besides the sentence's: the number's mark and clauseWords' space. */
        private static final String JOINERS = NumberContext.MARK + " ";

        /**
         * The characters of the number's sentence, taken once for all the numbers in it: every text the rules cut
         * around a number comes from its sentence. Null when the number is not inside one sentence; only the
         * characters when the number's words begin with a verb borrowed from an earlier clause, since a literal may
         * span the joint of that verb and the words.
         */
        CharPresence sentenceChars(NumberContext context) {
            Segment sentence = context.sentence();
            Quantity quantity = context.quantity();
            if (sentence.start() >= sentence.end() || quantity.start() < sentence.start()
                    || quantity.end() > sentence.end() || context.leftStart() < sentence.start()) {
                return null;
            }
            CharPresence chars = sentences.computeIfAbsent(sentence,
                    s -> literals.presence(body, s.start(), s.end(), JOINERS));
            return context.inheritedVerb().isEmpty() ? chars : chars.charsOnly();
        }

        /** The rules the paragraph allows, found once for all the numbers in it. */
        MetricClassifier.Paragraph paragraph(Segment segment) {
            return paragraphs.computeIfAbsent(segment, s -> new MetricClassifier.Paragraph(s.text(body), rules));
        }
    }
}
