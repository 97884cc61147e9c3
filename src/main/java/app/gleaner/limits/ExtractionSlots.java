package app.gleaner.limits;

import app.gleaner.config.GleanerConfig;
import app.gleaner.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many extractions run at once ({@code gleaner.extraction.concurrency}, default the number of
 * processors). Extraction is CPU-bound and a large page's DOM is many times its size, so running more at once only
 * adds memory: fifty 5 MB pages parsed together would exhaust a default heap. A caller waits its turn, in arrival
 * order, for up to {@code gleaner.extraction.queue-timeout}, then gets a 503 problem with {@code Retry-After}.
 * Thread-safe.
 */
@ApplicationScoped
public class ExtractionSlots {

    private static final long RETRY_AFTER_SECONDS = 5;

    private final Semaphore slots;
    private final long timeoutMillis;

    @Inject
    ExtractionSlots(GleanerConfig config) {
        this(config.extraction().concurrency().orElse(Runtime.getRuntime().availableProcessors()),
                config.extraction().queueTimeout());
    }

    ExtractionSlots(int concurrency, Duration queueTimeout) {
        this.slots = new Semaphore(Math.max(1, concurrency), true);
        this.timeoutMillis = queueTimeout.toMillis();
    }

    /** Runs {@code work} in a slot, waiting for one if all are busy. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        if (!acquired) {
            throw busy();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private static ProblemException busy() {
        return ProblemException.retryLater(Response.Status.SERVICE_UNAVAILABLE,
                "The server is busy turning other pages into articles; retry shortly with the same clientId.",
                RETRY_AFTER_SECONDS);
    }
}
