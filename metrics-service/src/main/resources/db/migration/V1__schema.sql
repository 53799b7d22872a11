-- Talent Atlas metrics-service schema: the gazetteer, stored articles and the facts extracted from them.
-- Flyway owns the schema; Hibernate only validates it.

-- The gazetteer (GB/T 2260 codes plus NBS development-zone codes). Rows are upserted from the analysis
-- gazetteer at start (RegionTableLoader), so the table always matches the resolver that produced the facts.
CREATE TABLE region (
    code        VARCHAR(6)  PRIMARY KEY,
    name        TEXT        NOT NULL,
    level       VARCHAR(12) NOT NULL,
    parent_code VARCHAR(6),
    dev_zone    BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX region_parent_idx ON region (parent_code);
CREATE INDEX region_name_idx ON region (name);

CREATE TABLE article (
    id                VARCHAR(64)  PRIMARY KEY,
    url               TEXT,
    title             TEXT,
    outlet            TEXT,
    authors           JSONB        NOT NULL,
    published_at      TIMESTAMPTZ,
    home_region       VARCHAR(6),
    format            VARCHAR(16)  NOT NULL,
    body              TEXT         NOT NULL,
    paragraphs        JSONB        NOT NULL,
    fingerprint       VARCHAR(128),
    duplicate_of      VARCHAR(64),
    extractor_version VARCHAR(40)  NOT NULL,
    fact_count        INTEGER      NOT NULL,
    ingested_at       TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
-- Article search: newest first, optionally by home region or date range.
CREATE INDEX article_published_idx ON article (published_at DESC NULLS LAST, id);
CREATE INDEX article_home_region_idx ON article (home_region, published_at DESC NULLS LAST);
CREATE INDEX article_fingerprint_idx ON article (fingerprint) WHERE fingerprint IS NOT NULL;
-- Reprocessing walks articles whose facts come from another extractor version.
CREATE INDEX article_extractor_version_idx ON article (extractor_version, id);

CREATE SEQUENCE fact_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE fact (
    id                BIGINT       PRIMARY KEY,
    article_id        VARCHAR(64)  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    -- Copy of the article's date: "latest wins" orders facts by it without a join. Written in the same
    -- transaction as the article, and facts are replaced whenever the article is rewritten.
    published_at      TIMESTAMPTZ,
    region            VARCHAR(6)   NOT NULL,
    scope             TEXT,
    metric            VARCHAR(64)  NOT NULL,
    value             NUMERIC(24, 4) NOT NULL,
    value_min         NUMERIC(24, 4),
    unit              VARCHAR(16)  NOT NULL,
    qualifier         VARCHAR(10)  NOT NULL,
    period_kind       VARCHAR(8)   NOT NULL,
    period_from       INTEGER,
    period_to         INTEGER,
    period_label      TEXT,
    target            BOOLEAN      NOT NULL,
    label             TEXT,
    evidence          TEXT         NOT NULL,
    span_start        INTEGER      NOT NULL,
    span_end          INTEGER      NOT NULL,
    extractor_version VARCHAR(40)  NOT NULL
);
-- Region view, metric history and "latest wins": one region's facts, by metric, newest first.
CREATE INDEX fact_region_metric_idx ON fact (region, metric, published_at DESC NULLS LAST);
-- Compare and roll-up: one metric across regions.
CREATE INDEX fact_metric_region_idx ON fact (metric, region, published_at DESC NULLS LAST);
-- Replacing an article's facts and showing an article with its facts.
CREATE INDEX fact_article_idx ON fact (article_id, span_start);
