package io.talentatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        return text(files().get(0));
    }

    /** One sample as text. */
    public static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    /**
     * The same story reposted with a clause added after its first sentence: another body, so another id, but a
     * fingerprint a few bits from the original's. (Inside the text, because a line appended after a page's
     * trailing site chrome would be cut away with the chrome.)
     */
    public static String repost(String text) {
        return text.replaceFirst("。", "。本文转载自其他网站。");
    }
}
