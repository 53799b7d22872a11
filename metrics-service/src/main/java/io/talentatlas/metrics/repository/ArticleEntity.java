package io.talentatlas.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.talentatlas.events.Paragraph;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored article: the parsed record as received, plus the extractor version its facts come from. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String url;

    public String title;

    public String outlet;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> authors;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "home_region")
    public String homeRegion;

    @Column(nullable = false)
    public String format;

    @Column(nullable = false)
    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Paragraph> paragraphs;

    public String fingerprint;

    @Column(name = "duplicate_of")
    public String duplicateOf;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;

    @Column(name = "fact_count", nullable = false)
    public int factCount;

    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
