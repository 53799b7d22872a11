package io.talentatlas.analysis.cli;

import java.io.PrintStream;

/** The {@code atlas extract} command. */
final class ExtractCommand {

    private ExtractCommand() {
    }

    /** Runs the command; returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("atlas extract: not built yet");
        return 3;
    }
}
