package io.talentatlas.ingest.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for broker acknowledgements started by {@link ArticlePublisher#send}. */
public final class Acks {

    private Acks() {
    }

    /** Blocks until the send completed; rethrows its failure as a PublishException. */
    public static void await(CompletableFuture<Void> acknowledgement) {
        try {
            acknowledgement.join();
        } catch (CompletionException e) {
            throw asPublishException(e);
        }
    }

    /** The PublishException behind a failed acknowledgement, unwrapped from the future's wrapper if needed. */
    public static PublishException asPublishException(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof PublishException publish) {
            return publish;
        }
        return new PublishException("article was not published: " + cause.getMessage(), cause);
    }
}
