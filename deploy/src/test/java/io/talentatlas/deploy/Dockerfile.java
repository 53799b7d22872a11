package io.talentatlas.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The instructions of a Dockerfile: comments dropped, continuation lines joined, keyword and arguments. */
record Dockerfile(Path file, List<Instruction> instructions) {

    private static final Pattern ENV_ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"([^\"]*)\"|\\S+)");

    /** One instruction, for example {@code EXPOSE 8080}. */
    record Instruction(String keyword, String arguments) {
    }

    static Dockerfile read(Path file) throws IOException {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            pending.append(trimmed.endsWith("\\") ? trimmed.substring(0, trimmed.length() - 1) + " " : trimmed);
            if (!trimmed.endsWith("\\")) {
                String[] parts = pending.toString().split("\\s+", 2);
                instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
                pending.setLength(0);
            }
        }
        return new Dockerfile(file, List.copyOf(instructions));
    }

    /** The arguments of every instruction with this keyword. */
    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** The arguments of the one instruction with this keyword. */
    String single(String keyword) {
        List<String> found = all(keyword);
        if (found.size() != 1) {
            throw new AssertionError(file + ": expected one " + keyword + ", found " + found.size());
        }
        return found.get(0);
    }

    /** The value an {@code ENV name=value} instruction sets (the last one wins, as in a build). */
    String env(String name) {
        String value = null;
        for (String arguments : all("ENV")) {
            Matcher matcher = ENV_ASSIGNMENT.matcher(arguments);
            while (matcher.find()) {
                if (matcher.group(1).equals(name)) {
                    value = matcher.group(3) != null ? matcher.group(3) : matcher.group(2);
                }
            }
        }
        if (value == null) {
            throw new AssertionError(file + " sets no ENV " + name);
        }
        return value;
    }
}
