package io.talentatlas.ingest.service;

import io.talentatlas.analysis.parse.ParseException;
import io.talentatlas.ingest.messaging.PublishException;

/**
 * What became of one article of a batch: a receipt, or the reason it was refused.
 *
 * @param sourceName  the document's name, or null
 * @param receipt     set when the broker acknowledged the article
 * @param parseError  set when the document was refused as an article
 * @param publishError set when the article parsed but was not handed over to the broker
 */
public record IngestOutcome(String sourceName, IngestReceipt receipt, ParseException parseError,
                            PublishException publishError) {

    static IngestOutcome accepted(String sourceName, IngestReceipt receipt) {
        return new IngestOutcome(sourceName, receipt, null, null);
    }

    static IngestOutcome refused(String sourceName, ParseException error) {
        return new IngestOutcome(sourceName, null, error, null);
    }

    static IngestOutcome unpublished(String sourceName, PublishException error) {
        return new IngestOutcome(sourceName, null, null, error);
    }

    /** True when the article was handed over to the broker. */
    public boolean accepted() {
        return receipt != null;
    }
}
