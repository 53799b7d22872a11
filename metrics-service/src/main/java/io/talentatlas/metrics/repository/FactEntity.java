package io.talentatlas.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One stored fact (facts.md), with the article it came from and that article's publication date. */
@Entity
@Table(name = "fact")
public class FactEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_seq")
    @SequenceGenerator(name = "fact_seq", sequenceName = "fact_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public String region;

    public String scope;

    @Column(nullable = false)
    public String metric;

    @Column(nullable = false, precision = 24, scale = 4)
    public BigDecimal value;

    @Column(name = "value_min", precision = 24, scale = 4)
    public BigDecimal valueMin;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String qualifier;

    @Column(name = "period_kind", nullable = false)
    public String periodKind;

    @Column(name = "period_from")
    public Integer periodFrom;

    @Column(name = "period_to")
    public Integer periodTo;

    @Column(name = "period_label")
    public String periodLabel;

    @Column(nullable = false)
    public boolean target;

    public String label;

    @Column(nullable = false)
    public String evidence;

    @Column(name = "span_start", nullable = false)
    public int spanStart;

    @Column(name = "span_end", nullable = false)
    public int spanEnd;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;
}
