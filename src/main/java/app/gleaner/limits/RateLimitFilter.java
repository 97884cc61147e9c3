package app.gleaner.limits;

import app.gleaner.config.GleanerConfig;
import app.gleaner.problem.ProblemException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A token bucket per API token ({@code gleaner.rate-limit.*}): over the limit an {@code /api} call is answered 429
 * problem+json with {@code Retry-After}. Runs after {@code BearerTokenFilter}, so only callers holding a valid token
 * have buckets and a stranger cannot fill memory with invented ones. Buckets that have refilled are forgotten.
 * Thread-safe.
 */
public class RateLimitFilter {

    /** After authentication ({@code Priorities.USER}, the bearer filter's). */
    private static final int PRIORITY = Priorities.USER + 100;
    private static final String API_PREFIX = "/api";
    /** Forget full buckets once this many are held; one per token, so a handful in practice. */
    private static final int SWEEP_THRESHOLD = 64;

    private final boolean enabled;
    private final int burst;
    private final double perSecond;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(GleanerConfig config) {
        this.enabled = config.rateLimit().enabled();
        this.burst = config.rateLimit().burst();
        this.perSecond = config.rateLimit().perSecond();
    }

    @ServerRequestFilter(preMatching = true, priority = PRIORITY)
    public Response limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!enabled || !(path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/"))) {
            return null;
        }
        long now = System.nanoTime();
        String caller = callerKey(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (buckets.size() > SWEEP_THRESHOLD) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        long waitNanos = buckets.computeIfAbsent(caller, k -> new TokenBucket(burst, perSecond, now)).take(now);
        if (waitNanos == 0) {
            return null;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1));
        return ProblemException.retryLater(Response.Status.TOO_MANY_REQUESTS,
                "Too many requests for this token: at most %s per second, bursts of %d (gleaner.rate-limit). "
                        .formatted(perSecond, burst) + "Retry after " + seconds + " s.", seconds).toResponse();
    }

    /** A digest of the credential, so the token itself is never kept as a map key. */
    private static String callerKey(String authorization) {
        if (authorization == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(authorization.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
