package io.talentatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real sample articles of the repository ({@code samples/}). */
public final class Samples {

    private static final Path DIRECTORY = Path.of("..", "samples");

    private Samples() {
    }

    /** The sample files, in name order. */
    public static List<Path> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of one sample file. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sample as text. */
    public static String first() {
        return new String(bytes(files().get(0)), java.nio.charset.StandardCharsets.UTF_8);
    }
}
