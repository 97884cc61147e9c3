package app.gleaner.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstThenOneRequestPerRefill() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(SECOND / 2);
        assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
        assertThat(bucket.take(SECOND / 2)).isZero();
        assertThat(bucket.take(SECOND / 2)).isPositive();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);
        long later = 3600 * SECOND;
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isPositive();
        assertThat(bucket.isFull(later)).isFalse();
        assertThat(bucket.isFull(later + SECOND)).isTrue();
    }

    @Test
    void aClockGoingBackwardsGrantsNothingExtra() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        assertThat(bucket.take(10 * SECOND)).isZero();
        assertThat(bucket.take(5 * SECOND)).isPositive();
    }
}
