package io.talentatlas.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.talentatlas.ingest.service.IngestOutcome;
import io.talentatlas.ingest.service.IngestReceipt;
import java.time.OffsetDateTime;

/**
 * The fate of one article of a batch: the receipt fields when accepted (status 202), the problem when refused.
 *
 * @param index         position in the batch, from 0
 * @param name          the item's name (upload file name or the line's {@code name}), or null
 * @param status        202 when accepted, else the problem's status
 * @param duplicateOf   when accepted: the first copy of its story, see {@link IngestReceipt#duplicateOf()}
 * @param alreadyStored when accepted: whether it was stored before, see {@link IngestReceipt#alreadyStored()}
 * @param problem       why the item was refused, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItem(int index, String name, int status, String id, String title, OffsetDateTime publishedAt,
                        String outlet, String homeRegion, String duplicateOf, Boolean alreadyStored,
                        Problem problem) {

    private static final int ACCEPTED = 202;

    /** The item for an article the service ingested or refused. */
    static BatchItem of(int index, IngestOutcome outcome) {
        if (outcome.accepted()) {
            IngestReceipt r = outcome.receipt();
            return new BatchItem(index, outcome.sourceName(), ACCEPTED, r.id(), r.title(), r.publishedAt(),
                    r.outlet(), r.homeRegion(), r.duplicateOf(), r.alreadyStored(), null);
        }
        Problem problem = outcome.parseError() != null
                ? Problems.of(outcome.parseError()) : Problems.of(outcome.publishError());
        return refused(index, outcome.sourceName(), problem);
    }

    /** The item for an entry refused before it reached the service. */
    static BatchItem refused(int index, String name, Problem problem) {
        return new BatchItem(index, name, problem.status(), null, null, null, null, null, null, null, problem);
    }
}
