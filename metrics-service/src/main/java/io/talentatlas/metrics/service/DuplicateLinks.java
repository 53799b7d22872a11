package io.talentatlas.metrics.service;

import io.talentatlas.analysis.parse.Fingerprint;
import io.talentatlas.analysis.parse.NearDuplicates;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.metrics.repository.ArticleQueries;
import io.talentatlas.metrics.repository.ArticleQueries.StoredLink;
import io.talentatlas.metrics.service.view.DuplicateCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/**
 * Which first copy a stored article is linked to ({@code article.duplicate_of}), so that a repost points at the
 * story's first copy even when ingest-service could not ask before publishing it. The rule:
 * <ul>
 *   <li>The link is decided when the article is first stored and kept afterwards (redeliveries, newer extractors,
 *       reprocessing), so a first copy never changes under the reposts that point at it.</li>
 *   <li>A link the record carries (set by ingest-service) is taken as is, unless it names the article itself.</li>
 *   <li>Otherwise the article is linked to the first stored near-duplicate (earliest ingested, within
 *       {@link NearDuplicates#DEFAULT_MAX_DISTANCE} bits), or to that one's own first copy when it is itself linked:
 *       links point at the first copy, never along a chain.</li>
 *   <li>Never to itself. A candidate equal to the article's own id (a repost stored before its original, then the
 *       original arriving) means the article is the first copy: it is stored unlinked, not in a cycle.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DuplicateLinks {

    private final ArticleQueries queries;

    public DuplicateLinks(ArticleQueries queries) {
        this.queries = queries;
    }

    /** The link of an article not stored yet, to be written with it; null when it is the first copy. */
    String forNewArticle(ArticleParsed article) {
        String given = article.duplicateOf();
        if (given != null && !given.equals(article.id())) {
            return given;
        }
        return firstStoredCopy(article.id(), String.format("%016x", Fingerprint.of(article.body()))).orElse(null);
    }

    /** The link of a stored article written again: the one it has, else one the record gives (not itself). */
    static String forRewrite(String storedLink, ArticleParsed article) {
        if (storedLink != null) {
            return storedLink;
        }
        return article.id().equals(article.duplicateOf()) ? null : article.duplicateOf();
    }

    /** What ingest-service learns before publishing the article with this id and body fingerprint (16 hex digits). */
    public DuplicateCheck check(String articleId, String fingerprint) {
        Optional<StoredLink> stored = queries.link(articleId);
        if (stored.isPresent()) {
            return new DuplicateCheck(articleId, true, stored.get().duplicateOf());
        }
        return new DuplicateCheck(articleId, false, firstStoredCopy(articleId, fingerprint).orElse(null));
    }

    private Optional<String> firstStoredCopy(String articleId, String fingerprint) {
        return queries.firstNearDuplicate(fingerprint.toLowerCase(Locale.ROOT), NearDuplicates.DEFAULT_MAX_DISTANCE)
                .map(this::firstCopyOf)
                .filter(first -> !first.equals(articleId));
    }

    private String firstCopyOf(String storedId) {
        return queries.link(storedId).map(link -> link.duplicateOf() == null ? link.id() : link.duplicateOf())
                .orElse(storedId);
    }
}
