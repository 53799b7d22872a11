package io.talentatlas.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Seeded random damage to a document: the kinds of breakage real uploads have, plus plain noise. */
final class ByteMutator {

    private static final String[] FRAGMENTS = {
        "---\n", "<html>", "</p>", "<script>alert(1)</script>", "\u0000", "\r\n\r\n", "\uFEFF", "title: \"",
        "【】", "2024年13月45日", "&#x0;", "<![CDATA[", "\u3000\u3000", "{\"content\":", "\n---\nlayout: post\n"};

    private ByteMutator() {
    }

    /** One to three random mutations of {@code original}; {@code others} feed splices. */
    static byte[] mutate(byte[] original, List<byte[]> others, Random random) {
        byte[] result = original;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            result = once(result, others, random);
        }
        return result;
    }

    private static byte[] once(byte[] data, List<byte[]> others, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> flipBytes(data, random);
            case 1 -> Arrays.copyOf(data, data.length == 0 ? 0 : random.nextInt(data.length));
            case 2 -> insert(data, randomBytes(random, 1 + random.nextInt(64)), random);
            case 3 -> insert(data, FRAGMENTS[random.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8),
                    random);
            case 4 -> splice(data, others.get(random.nextInt(others.size())), random);
            case 5 -> randomBytes(random, random.nextInt(2048));
            case 6 -> new String(data, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("GB18030"));
            default -> whitespaceOnly(random);
        };
    }

    private static byte[] flipBytes(byte[] data, Random random) {
        byte[] copy = data.clone();
        for (int i = 0; i < Math.min(copy.length, 1 + random.nextInt(32)); i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] insert(byte[] data, byte[] piece, Random random) {
        int at = data.length == 0 ? 0 : random.nextInt(data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + piece.length);
        out.write(data, 0, at);
        out.write(piece, 0, piece.length);
        out.write(data, at, data.length - at);
        return out.toByteArray();
    }

    private static byte[] splice(byte[] head, byte[] tail, Random random) {
        int cut = head.length == 0 ? 0 : random.nextInt(head.length);
        int from = tail.length == 0 ? 0 : random.nextInt(tail.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head, 0, cut);
        out.write(tail, from, tail.length - from);
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] whitespaceOnly(Random random) {
        return " \n\t\u3000".repeat(random.nextInt(50)).getBytes(StandardCharsets.UTF_8);
    }
}
