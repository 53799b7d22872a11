package io.talentatlas.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Access to stored facts. */
@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<FactEntity, Long> {

    /** Deletes every fact of an article; returns how many. */
    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }

    /** The facts of an article in text order. */
    public List<FactEntity> byArticle(String articleId) {
        return list("articleId = ?1 order by spanStart, id", articleId);
    }
}
