package io.talentatlas.analysis.cli;

import java.io.PrintStream;

/** The {@code atlas eval} command. */
final class EvalCommand {

    private EvalCommand() {
    }

    /** Runs the command; returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("atlas eval: not built yet");
        return 3;
    }
}
