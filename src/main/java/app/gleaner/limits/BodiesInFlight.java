package app.gleaner.limits;

import app.gleaner.config.GleanerConfig;
import app.gleaner.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the request bodies held in memory at once. A body is read whole before its clip waits for an
 * {@link ExtractionSlots extraction slot}, so without a bound fifty clients posting 5 MB pages hold 250 MB of bodies
 * (and their decoded copies) at once, and a small heap runs out: answers 500, connections dropped. Here a request
 * whose declared body would take the sum over {@code gleaner.max-bodies-in-flight} is answered 503 with
 * {@code Retry-After} before any of it is read; the clipper retries with the same {@code clientId}. One body is
 * always let in, however large (up to {@code gleaner.max-body-size}), and a chunked body of unknown length counts
 * as that size. The bytes are given back when the exchange ends, answered or broken off. Thread-safe.
 */
@ApplicationScoped
public class BodiesInFlight {

    /** After {@link RequestLimits} (1000): a body refused for its size never takes a share. */
    private static final int FILTER_PRIORITY = 900;
    /** Bodies come and go within seconds; a short wait spreads the retries. */
    static final long RETRY_AFTER_SECONDS = 2;
    /**
     * Default share of the maximum heap. A body waiting for its extraction slot costs about four times its size — its
     * bytes, the JSON parser's UTF-16 buffers, the decoded string — and extraction itself needs room beside them.
     */
    static final int HEAP_FRACTION = 32;

    private final long budget;
    private final long maxBodyBytes;
    private final AtomicLong inFlight = new AtomicLong();

    BodiesInFlight(GleanerConfig config) {
        this(config.maxBodiesInFlight().map(MemorySize::asLongValue)
                .orElse(Runtime.getRuntime().maxMemory() / HEAP_FRACTION), config.maxBodySize().asLongValue());
    }

    BodiesInFlight(long budget, long maxBodyBytes) {
        this.budget = budget;
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, FILTER_PRIORITY);
    }

    private void admit(RoutingContext context) {
        long bytes = declaredBytes(context);
        if (bytes <= 0) {
            context.next();
            return;
        }
        if (!tryTake(bytes)) {
            RequestLimits.refuse(context, Problem.of(503, "The server holds as many page bodies as it may "
                    + "(gleaner.max-bodies-in-flight); retry shortly with the same clientId."), RETRY_AFTER_SECONDS);
            return;
        }
        context.addEndHandler(ended -> giveBack(bytes));
        context.next();
    }

    /** The length {@link RequestLimits} accepted, else (a chunked body) the largest allowed, else nothing. */
    private long declaredBytes(RoutingContext context) {
        Long declared = context.get(RequestLimits.DECLARED_BODY_BYTES);
        if (declared != null) {
            return declared;
        }
        return "chunked".equalsIgnoreCase(context.request().getHeader(HttpHeaders.TRANSFER_ENCODING))
                ? maxBodyBytes : 0;
    }

    /** Takes {@code bytes} of the budget; always succeeds when nothing else is in flight. */
    boolean tryTake(long bytes) {
        while (true) {
            long current = inFlight.get();
            if (current > 0 && current + bytes > budget) {
                return false;
            }
            if (inFlight.compareAndSet(current, current + bytes)) {
                return true;
            }
        }
    }

    void giveBack(long bytes) {
        inFlight.addAndGet(-bytes);
    }

    long inFlight() {
        return inFlight.get();
    }
}
