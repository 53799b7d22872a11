package io.talentatlas.analysis.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.talentatlas.analysis.facts.eval.DocumentFacts;
import io.talentatlas.analysis.facts.eval.FactLine;
import io.talentatlas.analysis.parse.ParseException;
import io.talentatlas.events.EventJson;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * The {@code atlas extract FILE...} command: parses each file and prints one JSON object per fact per line (JSONL),
 * with the facts.md fields plus {@code doc}. A file that cannot be read or parsed is reported on stderr and makes the
 * exit status non-zero; the other files are still extracted.
 */
final class ExtractCommand {

    /** Money and counts are written as plain decimals (52000, not 5.2E+4). */
    static final ObjectWriter JSON = EventJson.mapper().writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ExtractCommand() {
    }

    /** Runs the command; returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: atlas extract FILE...");
            return 2;
        }
        DocumentFacts articles = new DocumentFacts();
        int status = 0;
        for (String path : args) {
            try {
                List<FactLine> facts = articles.of(path);
                for (FactLine fact : facts) {
                    out.println(JSON.writeValueAsString(fact));
                }
            } catch (IOException | ParseException e) {
                String message = String.valueOf(e.getMessage());
                err.println("atlas extract: " + (message.contains(path) ? message : path + ": " + message));
                status = 1;
            }
        }
        return status;
    }
}
