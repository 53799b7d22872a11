package io.talentatlas.analysis.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads hand-curated classpath files: one entry a line, comma-separated, {@code #} comments. */
public final class CuratedList {

    private CuratedList() {
    }

    /** The rows of {@code resource}, each split on commas and trimmed; blank and comment lines skipped. */
    public static List<List<String>> rows(String resource) {
        try (InputStream in = CuratedList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split(",")).map(String::strip).toList())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
