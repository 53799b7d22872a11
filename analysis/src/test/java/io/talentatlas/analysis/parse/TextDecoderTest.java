package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT = "大庆市近三年引进人才5.2万人，全市人才总量达到49.7万人。";

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, TextDecoder.decode(utf8));
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals(TEXT, TextDecoder.decode(bom));
    }

    @Test
    void detectsGbkAndGb18030() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK"))));
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void readsUtf16WithItsByteOrderMark() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16)));
    }

    @Test
    void honoursADeclaredGbCharset() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>" + TEXT + "</p></body></html>";
        assertEquals(page, TextDecoder.decode(page.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void dropsACharacterCutOffAtTheEnd() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 1);
        assertEquals(TEXT.substring(0, TEXT.length() - 1), TextDecoder.decode(cut));
    }

    @Test
    void refusesDamagedUtf8InsteadOfReadingMojibake() {
        byte[] utf8 = (TEXT + TEXT + TEXT).getBytes(StandardCharsets.UTF_8);
        utf8[10] = (byte) 0xC0;
        ParseException e = assertThrows(ParseException.class, () -> TextDecoder.decode(utf8));
        assertEquals(ParseProblem.UNDECODABLE, e.problem());
    }

    @Test
    void refusesBinary() {
        assertEquals(ParseProblem.BINARY, assertThrows(ParseException.class,
                () -> TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10})).problem());
        assertEquals(ParseProblem.BINARY, assertThrows(ParseException.class,
                () -> TextDecoder.decode("a\u0000b".getBytes(StandardCharsets.UTF_8))).problem());
    }

    @Test
    void utf8ScanCountsWellFormedAndBrokenSequences() {
        Utf8Scan clean = Utf8Scan.of("人才a".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Utf8Scan(-1, 2, 0, 0), clean);
        Utf8Scan broken = Utf8Scan.of(new byte[] {'a', (byte) 0x80, 'b', (byte) 0xE4, (byte) 0xBA});
        assertEquals(1, broken.firstError());
        assertEquals(1, broken.invalid());
        assertEquals(2, broken.truncatedTail());
    }
}
