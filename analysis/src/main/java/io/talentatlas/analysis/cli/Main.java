package io.talentatlas.analysis.cli;

import java.util.Arrays;

/**
 * Entry point of the {@code ./atlas parse|extract|eval} commands. Output formats are a public interface: keep them stable.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: atlas parse|extract|eval ARGS...");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status = switch (args[0]) {
            case "parse" -> ParseCommand.run(rest, System.out, System.err);
            case "extract" -> ExtractCommand.run(rest, System.out, System.err);
            case "eval" -> EvalCommand.run(rest, System.out, System.err);
            default -> {
                System.err.println("unknown command: " + args[0]);
                yield 2;
            }
        };
        System.exit(status);
    }
}
