package io.talentatlas.analysis.cli;

import io.talentatlas.analysis.facts.eval.DocumentFacts;
import io.talentatlas.analysis.facts.eval.EvalScorer;
import io.talentatlas.analysis.facts.eval.FactLine;
import io.talentatlas.analysis.facts.eval.GoldFile;
import io.talentatlas.analysis.parse.ParseException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code atlas eval GOLD FILE...} command: extracts the files, scores them against the gold JSONL with
 * {@link EvalScorer} and prints per-document and total counts, then misses and false positives, then the line
 * {@code P=… R=… F1=… qualifier=…}. Exits 0 whatever the score (the test suite enforces the bar); non-zero when the
 * gold or an article cannot be read.
 */
final class EvalCommand {

    private EvalCommand() {
    }

    /** Runs the command; returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("usage: atlas eval GOLD.jsonl FILE...");
            return 2;
        }
        try {
            List<FactLine> gold = GoldFile.read(Path.of(args[0]));
            DocumentFacts articles = new DocumentFacts();
            List<FactLine> predicted = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                predicted.addAll(articles.of(args[i]));
            }
            out.print(new EvalScorer().score(gold, predicted).format());
            return 0;
        } catch (IOException | ParseException | IllegalArgumentException e) {
            err.println("atlas eval: " + e.getMessage());
            return 1;
        }
    }
}
