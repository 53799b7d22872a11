package io.talentatlas.analysis.cli;

import java.io.PrintStream;

/** The {@code atlas parse} command. */
final class ParseCommand {

    private ParseCommand() {
    }

    /** Runs the command; returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("atlas parse: not built yet");
        return 3;
    }
}
