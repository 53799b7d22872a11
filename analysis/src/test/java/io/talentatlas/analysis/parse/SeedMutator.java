package io.talentatlas.analysis.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Damages documents the ways real inputs are damaged, reproducibly from a {@link Random}: byte flips, truncation,
 * inserted random bytes and markup, encoding swaps, huge lines, removed front-matter delimiters, duplicated,
 * deleted and shuffled chunks. Each mutant applies one to three of them and can say which.
 */
final class SeedMutator {

    private static final List<String> MARKUP = List.of("<p>", "</p>", "<div class=\"nav\">", "</div>", "<strong>",
            "<br>", "<!--", "-->", "<script>", "</script>", "---\n", "\n---\n", "<html><body>", "<!DOCTYPE html>",
            "&nbsp;", "&#x4e2d;", "\uFEFF", "\r\n", "\r", "（记者 张三）", "责任编辑:王五\n", "来源: ", "2023年13月45日 25:61",
            "2024年02月29日 09:16 某某网\n", "title: [\n", "[返回首页](//x)", "<a href=\"/\">", "\u3000\u3000", "<h2>",
            "<table><tr><td>", "<meta charset=\"gbk\">", "<<<>>>", "\\u0000", "&&&;;", "〈〉《》“”", "ＡＢＣ１２３");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Random random;

    SeedMutator(Random random) {
        this.random = random;
    }

    /** A damaged copy of {@code original}. */
    Mutant mutate(byte[] original) {
        byte[] bytes = original;
        List<String> applied = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(12);
            bytes = apply(kind, bytes);
            applied.add(String.valueOf(kind));
        }
        return new Mutant(bytes, applied);
    }

    private byte[] apply(int kind, byte[] bytes) {
        return switch (kind) {
            case 0 -> flipBytes(bytes);
            case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 2 -> insert(bytes, randomBytes(1 + random.nextInt(64)));
            case 3 -> insert(bytes, utf8(MARKUP.get(random.nextInt(MARKUP.size()))));
            case 4 -> swapEncoding(bytes);
            case 5 -> insert(bytes, utf8(hugeLine()));
            case 6 -> utf8(new String(bytes, StandardCharsets.UTF_8).replaceFirst("---", ""));
            case 7 -> chunk(bytes, true);
            case 8 -> chunk(bytes, false);
            case 9 -> shuffleLines(bytes);
            case 10 -> insert(bytes, new byte[] {(byte) random.nextInt(32)});
            default -> utf8(onlyMarkup());
        };
    }

    private byte[] flipBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(10) && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private byte[] insert(byte[] bytes, byte[] extra) {
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + extra.length);
        out.write(bytes, 0, at);
        out.write(extra, 0, extra.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private byte[] randomBytes(int length) {
        byte[] extra = new byte[length];
        random.nextBytes(extra);
        return extra;
    }

    private byte[] swapEncoding(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> text.getBytes(GB18030);
            case 1 -> text.getBytes(StandardCharsets.UTF_16);
            case 2 -> text.getBytes(StandardCharsets.UTF_16LE);
            default -> text.getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    private String hugeLine() {
        String unit = random.nextBoolean() ? "人才" : "x<b>";
        return "\n" + unit.repeat(2_000 + random.nextInt(30_000)) + "\n";
    }

    private byte[] chunk(byte[] bytes, boolean duplicate) {
        if (bytes.length < 2) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(2_000));
        if (!duplicate) {
            return remove(bytes, from, to);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + to - from);
        out.write(bytes, 0, to);
        out.write(bytes, from, to - from);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static byte[] remove(byte[] bytes, int from, int to) {
        byte[] result = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(bytes, to, result, from, bytes.length - to);
        return result;
    }

    private byte[] shuffleLines(byte[] bytes) {
        List<String> lines = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
        Collections.shuffle(lines, random);
        return utf8(String.join("\n", lines));
    }

    private String onlyMarkup() {
        StringBuilder markup = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            markup.append(MARKUP.get(random.nextInt(MARKUP.size())));
        }
        return markup.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A damaged document.
     *
     * @param bytes   its bytes
     * @param applied the mutation kinds applied, in order
     */
    record Mutant(byte[] bytes, List<String> applied) {

        String describe() {
            return "mutations " + applied + ", " + bytes.length + " bytes";
        }
    }
}
