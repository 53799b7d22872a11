package io.talentatlas.ingest.rest;

import io.talentatlas.ingest.config.IngestConfig;
import io.talentatlas.ingest.service.Document;
import io.talentatlas.ingest.service.IngestMetrics;
import io.talentatlas.ingest.service.IngestOutcome;
import io.talentatlas.ingest.service.IngestService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Intake of many articles in one request: NDJSON lines {@code {content, url?, name?}} or multipart file uploads.
 * Answers 207 with one item per article, in request order: its receipt, or the problem that refused it.
 */
@Path("/api/v1/articles/batch")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    /** The media type of newline-delimited JSON. */
    public static final String NDJSON = "application/x-ndjson";

    private static final int MULTI_STATUS = 207;

    private final IngestService ingest;
    private final NdjsonBatchReader ndjson;
    private final IngestMetrics metrics;
    private final IngestConfig config;

    public BatchResource(IngestService ingest, NdjsonBatchReader ndjson, IngestMetrics metrics, IngestConfig config) {
        this.ingest = ingest;
        this.ndjson = ndjson;
        this.metrics = metrics;
        this.config = config;
    }

    @POST
    @Consumes(NDJSON)
    public Response ingestLines(String body) {
        return ingestEntries(ndjson.read(body == null ? "" : body));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response ingestFiles(@RestForm(FileUpload.ALL) List<FileUpload> files) {
        List<BatchEntry> entries = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            entries.add(BatchEntry.of(new Document(read(file), file.fileName(), null)));
        }
        return ingestEntries(entries);
    }

    private Response ingestEntries(List<BatchEntry> entries) {
        if (entries.isEmpty()) {
            return Problem.of("empty-batch", "Empty batch", 422, "the batch holds no article").toResponse();
        }
        if (entries.size() > config.maxBatchArticles()) {
            return Problem.of("batch-too-large", "Batch too large", 413, "the batch holds " + entries.size()
                    + " articles; at most " + config.maxBatchArticles() + " are accepted").toResponse();
        }
        entries.stream().filter(entry -> !entry.readable())
                .forEach(entry -> metrics.unreadable(Problems.slug(entry.problem())));
        List<Document> documents = entries.stream().filter(BatchEntry::readable).map(BatchEntry::document).toList();
        Iterator<IngestOutcome> outcomes = ingest.ingestAll(documents).iterator();
        List<BatchItem> items = new ArrayList<>(entries.size());
        for (BatchEntry entry : entries) {
            int index = items.size();
            items.add(entry.readable()
                    ? BatchItem.of(index, outcomes.next())
                    : BatchItem.refused(index, entry.name(), entry.problem()));
        }
        return Response.status(MULTI_STATUS).entity(items).build();
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read upload " + file.fileName(), e);
        }
    }
}
