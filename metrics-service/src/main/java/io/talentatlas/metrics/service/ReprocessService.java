package io.talentatlas.metrics.service;

import io.talentatlas.metrics.config.AdminConfig;
import io.talentatlas.metrics.repository.ArticleRepository;
import io.talentatlas.metrics.service.StoreOutcome.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Re-extracts stored articles with the current extractor, in the background, in id order and in batches, one
 * transaction per article (so a failure costs one article, and the consumer is never blocked for long). Jobs are
 * kept in memory: a restart loses the report, not the work, since a new job picks up what is still old.
 */
@ApplicationScoped
public class ReprocessService {

    private static final Logger LOG = Logger.getLogger(ReprocessService.class);

    private final ArticleRepository articles;
    private final ArticleStore store;
    private final FactExtraction extraction;
    private final ExecutorService executor;
    private final int batchSize;
    private final Map<String, Progress> jobs = new ConcurrentHashMap<>();

    public ReprocessService(ArticleRepository articles, ArticleStore store, FactExtraction extraction,
            ManagedExecutor executor, AdminConfig config) {
        this.articles = articles;
        this.store = store;
        this.extraction = extraction;
        this.executor = executor;
        this.batchSize = config.reprocessBatchSize();
    }

    /** Starts a job and returns its first report. */
    public ReprocessJob start(boolean force) {
        Progress progress = new Progress(UUID.randomUUID().toString(), extraction.version(), force, countArticles());
        jobs.put(progress.id, progress);
        executor.submit(() -> run(progress));
        return progress.report();
    }

    /** The report of a job, if it is known. */
    public Optional<ReprocessJob> job(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Progress::report);
    }

    private void run(Progress progress) {
        try {
            String after = "";
            for (List<String> batch = nextBatch(after); !batch.isEmpty(); batch = nextBatch(after)) {
                batch.forEach(id -> reextract(id, progress));
                after = batch.get(batch.size() - 1);
            }
            progress.finish("done", null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "reprocessing job %s stopped", progress.id);
            progress.finish("failed", e.toString());
        }
    }

    private void reextract(String id, Progress progress) {
        try {
            if (store.reextract(id, progress.force).status() == Status.REPLACED) {
                progress.replaced.incrementAndGet();
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "reprocessing job %s: article %s left as it was", progress.id, id);
            progress.failed.incrementAndGet();
        }
        progress.processed.incrementAndGet();
    }

    @Transactional
    List<String> nextBatch(String after) {
        return articles.getEntityManager()
                .createQuery("select a.id from ArticleEntity a where a.id > :after order by a.id", String.class)
                .setParameter("after", after).setMaxResults(batchSize).getResultList();
    }

    @Transactional
    long countArticles() {
        return articles.count();
    }

    /** Mutable progress of a running job; read by reports while the worker updates it. */
    private static final class Progress {
        private final String id;
        private final String version;
        private final boolean force;
        private final long total;
        private final OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        private final AtomicLong processed = new AtomicLong();
        private final AtomicLong replaced = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private volatile String state = "running";
        private volatile OffsetDateTime finishedAt;
        private volatile String error;

        Progress(String id, String version, boolean force, long total) {
            this.id = id;
            this.version = version;
            this.force = force;
            this.total = total;
        }

        void finish(String endState, String why) {
            this.error = why;
            this.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            this.state = endState;
        }

        ReprocessJob report() {
            return new ReprocessJob(id, state, version, force, total, processed.get(), replaced.get(), failed.get(),
                    startedAt, finishedAt, error);
        }
    }
}
