package io.talentatlas.ingest.service;

/**
 * One raw document handed in for intake.
 *
 * @param content    the document's bytes as received (any encoding; the parser detects it)
 * @param sourceName a name for messages (upload file name, batch item name), or null
 * @param url        where the document came from, or null
 */
public record Document(byte[] content, String sourceName, String url) {

    public Document {
        content = content == null ? new byte[0] : content;
    }
}
