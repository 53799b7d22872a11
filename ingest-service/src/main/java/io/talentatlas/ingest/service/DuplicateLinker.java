package io.talentatlas.ingest.service;

import io.talentatlas.analysis.parse.Fingerprint;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.ingest.client.DuplicateCheck;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Links a parsed article to the first copy of its story before it is published: the first copy metrics-service
 * stores, else the first copy earlier in the same request. An article is never linked to itself. When
 * metrics-service cannot be asked the article still goes out, linked only within its request.
 */
@ApplicationScoped
public class DuplicateLinker {

    private final StoredCopies stored;

    public DuplicateLinker(StoredCopies stored) {
        this.stored = stored;
    }

    LinkedArticle link(ArticleParsed article, RequestCopies earlier) {
        long fingerprint = Fingerprint.of(article.body());
        DuplicateCheck check = stored.check(article.id(), fingerprint);
        String firstCopy = article.id().equals(check.duplicateOf()) ? null : check.duplicateOf();
        if (firstCopy == null && !check.stored()) {
            // A stored article keeps the link it was stored with; only a new one may join an earlier copy here.
            firstCopy = earlier.firstCopyOf(article.id(), fingerprint);
        }
        earlier.add(article.id(), fingerprint, firstCopy);
        ArticleParsed linked = firstCopy == null ? article : article.withDuplicateOf(firstCopy);
        return new LinkedArticle(linked, check.stored());
    }
}
