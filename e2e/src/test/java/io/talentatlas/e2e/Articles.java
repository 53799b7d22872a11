package io.talentatlas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Articles to send: the repository's real samples, distinct variants of them for volume, and reposts. */
final class Articles {

    private Articles() {
    }

    /** The sample articles ({@code samples/*.txt}) in name order. */
    static List<String> samples() {
        Path directory = Path.of(System.getProperty("atlas.root", "..")).resolve("samples");
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().map(Articles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code count} different articles: the samples in turn, each with a numbered clause after the first sentence
     * of its text, so every variant has its own body and therefore its own id. (The first sentence, because text
     * appended after a page's trailing site chrome is cut away with the chrome.)
     */
    static List<String> variants(int count) {
        List<String> samples = samples();
        return IntStream.range(0, count)
                .mapToObj(i -> samples.get(i % samples.size()).replaceFirst("。", "。这是第" + (i + 1) + "号后续报道。"))
                .toList();
    }

    /**
     * The same story reposted: a clause added after the first sentence. Another body and id, but a fingerprint a
     * few bits from the original's, so the repost is linked to the original.
     */
    static String repost(String article) {
        return article.replaceFirst("。", "。本文转载自其他网站。");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
