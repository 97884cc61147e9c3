package app.gleaner.limits;

/**
 * A token bucket: holds at most {@code capacity} tokens, gains {@code perSecond} every second, and each request
 * takes one. Time is passed in (nanoseconds from any fixed origin) so the arithmetic is testable.
 * Thread-safe: every method synchronizes on the bucket.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updatedNanos;

    public TokenBucket(int capacity, double perSecond, long nowNanos) {
        if (capacity < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("a bucket needs capacity >= 1 and a positive rate");
        }
        this.capacity = capacity;
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.updatedNanos = nowNanos;
    }

    /** Takes a token and returns 0, or takes nothing and returns the nanoseconds until one will be there. */
    public synchronized long take(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - updatedNanos);
        tokens = Math.min(capacity, tokens + elapsed * perNano);
        updatedNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Whether the bucket has refilled completely, so forgetting it changes nothing. */
    public synchronized boolean isFull(long nowNanos) {
        return tokens + Math.max(0, nowNanos - updatedNanos) * perNano >= capacity;
    }
}
