package io.talentatlas.analysis.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seed articles in {@code src/test/resources/seeds}. */
final class Seeds {

    static final List<String> NAMES = List.of("000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt",
            "002_aba55b2c8390ab8e.txt", "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt");

    private Seeds() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
