package io.talentatlas.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Entry point of {@code benchmarks.jar}: runs JMH with the usual command-line options, then reports each text
 * benchmark in MB/s (operations per second times the corpus size) and the ratio of our code to HanLP.
 * {@code -l}, {@code -h} and the other listing options behave as in plain JMH.
 */
public final class BenchMain {

    private static final String BASELINE = "hanlpSegment";

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        System.out.println(report(results));
    }

    static String report(Collection<RunResult> results) {
        Map<String, Double> megabytesPerSecond = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String shortName = name.substring(name.lastIndexOf('.') + 1);
            double megabytes = Corpus.ofSamples(Double.parseDouble(result.getParams().getParam("corpusMegabytes")))
                    .utf8Bytes() / 1e6;
            megabytesPerSecond.put(shortName, result.getPrimaryResult().getScore() * megabytes);
        }
        List<String> lines = new ArrayList<>();
        lines.add("Throughput (single thread, UTF-8 MB of article text per second):");
        megabytesPerSecond.forEach((name, rate) -> lines.add(String.format(Locale.ROOT, "  %-20s %10.2f MB/s", name,
                rate)));
        Double baseline = megabytesPerSecond.get(BASELINE);
        if (baseline != null && baseline > 0) {
            megabytesPerSecond.forEach((name, rate) -> {
                if (!name.equals(BASELINE)) {
                    lines.add(String.format(Locale.ROOT, "  %s / %s = %.1fx", name, BASELINE, rate / baseline));
                }
            });
        }
        return String.join(System.lineSeparator(), lines);
    }
}
