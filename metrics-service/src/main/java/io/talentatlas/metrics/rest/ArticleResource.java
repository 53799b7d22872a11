package io.talentatlas.metrics.rest;

import io.talentatlas.metrics.repository.ArticleQueries.ArticleSearch;
import io.talentatlas.metrics.service.ArticleQueryService;
import io.talentatlas.metrics.service.DuplicateLinks;
import io.talentatlas.metrics.service.UnknownArticleException;
import io.talentatlas.metrics.service.view.ArticleDetail;
import io.talentatlas.metrics.service.view.ArticleSummary;
import io.talentatlas.metrics.service.view.DuplicateCheck;
import io.talentatlas.metrics.service.view.PageOf;
import io.talentatlas.metrics.service.view.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Internal article queries for the gateway (search, one article with its facts and evidence spans) and, for
 * ingest-service, what is stored of an article's story.
 */
@Path("/internal/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleQueryService articles;
    private final DuplicateLinks links;

    public ArticleResource(ArticleQueryService articles, DuplicateLinks links) {
        this.articles = articles;
        this.links = links;
    }

    @GET
    public PageOf<ArticleSummary> search(
            @QueryParam("region") @Pattern(regexp = "\\d{6}") String region,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        ArticleSearch search = new ArticleSearch(region, text == null || text.isBlank() ? null : text.strip(),
                QueryParams.startOfDay("from", from), QueryParams.endOfDay("to", to));
        return articles.search(search, new PageRequest(page, size));
    }

    @GET
    @Path("/near-duplicate")
    public NearDuplicate nearDuplicate(@QueryParam("fingerprint") @NotNull @Pattern(regexp = "[0-9a-fA-F]{16}")
            String fingerprint) {
        return articles.firstNearDuplicate(fingerprint).map(NearDuplicate::new)
                .orElseThrow(() -> new UnknownArticleException("near " + fingerprint));
    }

    /** For ingest-service, before it publishes an article: is it stored, and which first copy is it linked to. */
    @GET
    @Path("/duplicate-check")
    public DuplicateCheck duplicateCheck(
            @QueryParam("id") @NotNull @Pattern(regexp = "[0-9a-f]{64}") String id,
            @QueryParam("fingerprint") @NotNull @Pattern(regexp = "[0-9a-fA-F]{16}") String fingerprint) {
        return links.check(id, fingerprint);
    }

    /**
     * The first copy of a story.
     *
     * @param id the first stored copy's article id
     */
    public record NearDuplicate(String id) {
    }

    @GET
    @Path("/{id}")
    public ArticleDetail article(@PathParam("id") String id) {
        return articles.detail(id).orElseThrow(() -> new UnknownArticleException(id));
    }
}
