package io.talentatlas.analysis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.talentatlas.analysis.parse.ArticleParser;
import io.talentatlas.analysis.parse.ParseException;
import io.talentatlas.analysis.parse.ParseOptions;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.EventJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The {@code atlas parse FILE...} command: one JSON object per readable file on stdout, one line each (see
 * {@link ParsedDocument}); for a file that cannot be read or parsed, a line on stderr saying why. The other files are
 * still parsed; the exit status is 1 when any file failed, 2 on a usage error, else 0.
 */
final class ParseCommand {

    private static final ArticleParser PARSER = new ArticleParser();

    private ParseCommand() {
    }

    /** Runs the command; returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: atlas parse FILE...");
            return 2;
        }
        boolean failed = false;
        for (String file : args) {
            failed |= !parseOne(file, out, err);
        }
        return failed ? 1 : 0;
    }

    private static boolean parseOne(String file, PrintStream out, PrintStream err) {
        try {
            Path path = Paths.get(file);
            // No source name in the options: the error line names the file already.
            ArticleParsed article = PARSER.parse(Files.readAllBytes(path), ParseOptions.defaults());
            out.println(EventJson.mapper().writeValueAsString(ParsedDocument.of(file, article)));
            return true;
        } catch (ParseException e) {
            err.println("atlas parse: " + file + ": " + e.type() + " (" + e.status() + "): " + e.detail());
        } catch (JsonProcessingException e) {
            err.println("atlas parse: " + file + ": cannot write JSON: " + e.getOriginalMessage());
        } catch (IOException | InvalidPathException e) {
            err.println("atlas parse: " + file + ": cannot read: " + e.getMessage());
        }
        return false;
    }
}
