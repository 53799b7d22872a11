package io.talentatlas.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Access to stored articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    /**
     * Takes a transaction-scoped lock on one article id, so that concurrent deliveries of the same article (two
     * consumers after a rebalance, a reprocess racing a redelivery) are applied one after the other. The lock is
     * released at commit or rollback; it also covers ids not yet in the table, which a row lock cannot.
     */
    public void lockId(String articleId) {
        getEntityManager()
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:id, 0))")
                .setParameter("id", articleId)
                .getSingleResult();
    }
}
