package io.talentatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark input: the repository's sample articles (packed into the jar under {@code corpus/}), repeated in
 * order until the documents hold at least the requested number of megabytes of UTF-8 text.
 */
public final class Corpus {

    private static final String FOLDER = "/corpus";

    private final List<String> documents;
    private final long utf8Bytes;

    private Corpus(List<String> documents) {
        this.documents = List.copyOf(documents);
        this.utf8Bytes = documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /** The sample articles repeated to at least {@code megabytes} MB (10^6 bytes) of UTF-8. */
    public static Corpus ofSamples(double megabytes) {
        List<String> samples = samples();
        List<String> documents = new ArrayList<>();
        long bytes = 0;
        while (bytes < megabytes * 1_000_000) {
            for (String sample : samples) {
                documents.add(sample);
                bytes += sample.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return new Corpus(documents);
    }

    /** The sample articles, once each. */
    public static List<String> sampleArticles() {
        return samples();
    }

    public List<String> documents() {
        return documents;
    }

    public long utf8Bytes() {
        return utf8Bytes;
    }

    private static List<String> samples() {
        URL folder = Corpus.class.getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("no " + FOLDER + " in the benchmark jar: build it with mvn package");
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.getPath(FOLDER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(Path folder) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = new ArrayList<>(files.filter(p -> p.toString().endsWith(".txt")).toList());
            Collections.sort(sorted);
            for (Path file : sorted) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no sample articles in " + folder);
        }
        return texts;
    }
}
