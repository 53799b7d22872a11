package io.talentatlas.metrics.rest;

import io.talentatlas.metrics.service.ExtractPreviewService;
import io.talentatlas.metrics.service.view.ArticleDetail;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Parse and extract a posted document (any format the parser reads) without storing it. */
@Path("/internal/extract")
public class ExtractResource {

    private final ExtractPreviewService previews;

    public ExtractResource(ExtractPreviewService previews) {
        this.previews = previews;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM, "text/markdown"})
    @Produces(MediaType.APPLICATION_JSON)
    public ArticleDetail extract(byte[] document, @QueryParam("url") String url) {
        return previews.preview(document, url);
    }
}
