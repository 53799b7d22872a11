package io.talentatlas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Parse + extract of two builds in one JVM, in alternating rounds: the ratio of their thread CPU times. On a shared
 * machine JMH's run-to-run spread (±10 %) hides a change of a few per cent; two builds measured round for round in the
 * same process see the same machine, so their ratio is steady where their absolute figures are not.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.talentatlas.bench.AbCompare BASELINE.jar CANDIDATE.jar
 * [rounds]}, each jar the {@code benchmarks.jar} of one commit (it holds the analysis code and its libraries). Every
 * build runs over the same sample articles of this jar; both must extract the same number of facts.
 */
public final class AbCompare {

    private static final int WARMUP_ROUNDS = 5;
    private static final int PASSES_PER_ROUND = 50;

    private AbCompare() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: AbCompare BASELINE-benchmarks.jar CANDIDATE-benchmarks.jar [rounds]");
            System.exit(2);
        }
        int rounds = args.length == 3 ? Integer.parseInt(args[2]) : 40;
        List<String> documents = Corpus.sampleArticles();
        Build baseline;
        Build candidate;
        try {
            baseline = Build.load(Path.of(args[0]));
            candidate = Build.load(Path.of(args[1]));
        } catch (IllegalArgumentException | ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("AbCompare: not a benchmarks.jar of this project: " + e.getMessage());
            System.exit(2);
            return;
        }
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            baseline.run(documents, 2 * PASSES_PER_ROUND);
            candidate.run(documents, 2 * PASSES_PER_ROUND);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] baselineNanos = new long[rounds];
        long[] candidateNanos = new long[rounds];
        long baselineFacts = 0;
        long candidateFacts = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            baselineFacts += baseline.run(documents, PASSES_PER_ROUND);
            long t1 = cpu.getCurrentThreadCpuTime();
            candidateFacts += candidate.run(documents, PASSES_PER_ROUND);
            long t2 = cpu.getCurrentThreadCpuTime();
            baselineNanos[r] = t1 - t0;
            candidateNanos[r] = t2 - t1;
        }
        if (baselineFacts != candidateFacts) {
            System.err.printf("the builds disagree: %d facts against %d%n", baselineFacts, candidateFacts);
            System.exit(1);
        }
        Arrays.sort(baselineNanos);
        Arrays.sort(candidateNanos);
        double perPass = 1e6 * PASSES_PER_ROUND;
        System.out.printf("baseline  best %.3f  median %.3f ms per pass over %d articles%n",
                baselineNanos[0] / perPass, baselineNanos[rounds / 2] / perPass, documents.size());
        System.out.printf("candidate best %.3f  median %.3f ms per pass%n",
                candidateNanos[0] / perPass, candidateNanos[rounds / 2] / perPass);
        System.out.printf("candidate speed-up: %.3fx (best rounds), %.3fx (median rounds)%n",
                (double) baselineNanos[0] / candidateNanos[0],
                (double) baselineNanos[rounds / 2] / candidateNanos[rounds / 2]);
    }

    /** One build's parser and extractor, in a class loader of its own, called reflectively. */
    private record Build(Object parser, Object options, Object extractor, Method parse, Method extract) {

        static Build load(Path jar) throws Exception {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no such jar: " + jar);
            }
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> parserClass = loader.loadClass("io.talentatlas.analysis.parse.ArticleParser");
            Class<?> optionsClass = loader.loadClass("io.talentatlas.analysis.parse.ParseOptions");
            Class<?> extractorClass = loader.loadClass("io.talentatlas.analysis.facts.FactExtractor");
            Class<?> articleClass = loader.loadClass("io.talentatlas.events.ArticleParsed");
            return new Build(parserClass.getConstructor().newInstance(),
                    optionsClass.getMethod("defaults").invoke(null),
                    extractorClass.getMethod("standard").invoke(null),
                    parserClass.getMethod("parse", String.class, optionsClass),
                    extractorClass.getMethod("extract", articleClass));
        }

        /** Parses and extracts every document {@code passes} times; the number of facts. */
        long run(List<String> documents, int passes) throws Exception {
            long facts = 0;
            for (int i = 0; i < passes; i++) {
                for (String document : documents) {
                    facts += ((List<?>) extract.invoke(extractor, parse.invoke(parser, document, options))).size();
                }
            }
            return facts;
        }
    }
}
