package app.gleaner.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gleaner.problem.ProblemException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExtractionSlotsTest {

    @Test
    void neverRunsMoreThanItsConcurrencyAtOnce() throws Exception {
        ExtractionSlots slots = new ExtractionSlots(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var results = new java.util.ArrayList<Future<Integer>>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(pool.submit(() -> slots.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aCallerThatWaitsPastTheTimeoutGets503WithRetryAfter() throws Exception {
        ExtractionSlots slots = new ExtractionSlots(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> slots.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        holding.await();
        try {
            assertThatThrownBy(() -> slots.run(() -> "never"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().status()).isEqualTo(503);
                        assertThat(e.toResponse().getHeaderString("Retry-After")).isEqualTo("5");
                    });
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(slots.run(() -> "free again")).isEqualTo("free again");
    }

    @Test
    void aFailingExtractionGivesItsSlotBack() {
        ExtractionSlots slots = new ExtractionSlots(1, Duration.ofMillis(100));
        assertThatThrownBy(() -> slots.run(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
