package app.gleaner.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the packaged application, started here on 127.0.0.1 with a fresh data dir: first 50 clients each post 4
 * pages of about 5 MB at once, then 20 clients post pages of about 300 KB for 60 s. A 503 (extraction queue full)
 * is retried after its Retry-After with the same clientId, as the clipper does, and counted apart. Afterwards the
 * library is read back through the API: every acknowledged clip once, nothing else. Reports errors, p50/p99
 * latency, throughput and the server's resident memory (VmHWM, VmRSS). The rate limit is switched off for the
 * server under load: all 70 clients share one token.
 *
 * <p>Run (after {@code mvn package -DskipTests}):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.gleaner.ops.LoadDriver}
 * with optional {@code -Dexec.args="--jvm -Xmx1g --jar path/to/quarkus-run.jar"}.
 */
public final class LoadDriver {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(300);
    private static final int MAX_RETRIES = 20;

    private LoadDriver() {
    }

    /** Latencies and outcomes of one phase. */
    static final class Phase {
        final String name;
        final List<Long> latenciesMillis = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();
        final AtomicLong bytes = new AtomicLong();
        final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        final Set<String> clientIds = ConcurrentHashMap.newKeySet();
        long elapsedMillis;

        Phase(String name) {
            this.name = name;
        }

        String report() {
            List<Long> sorted = new ArrayList<>(latenciesMillis);
            Collections.sort(sorted);
            double seconds = elapsedMillis / 1000.0;
            return "%s: %d clips in %.1f s, %d errors, %d retries after 503; latency p50 %d ms, p99 %d ms, max %d ms;"
                    .formatted(name, acknowledged.size(), seconds, errors.get(), retries.get(), percentile(sorted, 50),
                            percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1))
                    + " throughput %.1f clips/s, %.1f MB/s".formatted(acknowledged.size() / seconds,
                            bytes.get() / seconds / (1 << 20));
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = PackagedServer.DEFAULT_JAR;
        List<String> jvm = new ArrayList<>();
        int seconds = 60;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--jvm" -> jvm.add(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dataDir = Files.createTempDirectory("gleaner-load");
        PackagedServer server = new PackagedServer(jar, dataDir, Map.of("GLEANER_RATE_LIMIT_ENABLED", "false"), jvm)
                .start();
        AtomicLong peakRss = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peakRss.accumulateAndGet(server.memoryKb()[0], Math::max), 0, 200,
                TimeUnit.MILLISECONDS);
        boolean passed;
        try {
            ClipClient client = new ClipClient(server.baseUri(), server.token(), REQUEST_TIMEOUT);
            Phase large = bigPages(client);
            System.out.println(large.report());
            Phase steady = steadyPages(client, Duration.ofSeconds(seconds));
            System.out.println(steady.report());
            passed = verify(client, List.of(large, steady));
            long[] memory = server.memoryKb();
            System.out.printf("Server (JVM options %s): VmHWM %d MB, VmRSS %d MB at the end, sampled RSS peak %d MB%n",
                    jvm.isEmpty() ? "default" : jvm, memory[1] / 1024, memory[0] / 1024, peakRss.get() / 1024);
        } finally {
            sampler.shutdownNow();
            server.stop();
        }
        System.out.println("Data dir and server log: " + dataDir);
        System.exit(passed ? 0 : 1);
    }

    /** 50 clients, each posting 4 pages of about 5 MB, all at once. */
    private static Phase bigPages(ClipClient client) throws Exception {
        Phase phase = new Phase("50 clients x 4 pages of ~5 MB");
        return run(phase, 50, clientNumber -> {
            for (int p = 0; p < 4; p++) {
                clip(client, phase, "https://load.example/large/" + clientNumber + "/" + p,
                        GeneratedArticle.page("Large " + clientNumber + "-" + p, 5 << 20, clientNumber * 10L + p));
            }
        });
    }

    /** 20 clients posting pages of about 300 KB until {@code duration} has passed. */
    private static Phase steadyPages(ClipClient client, Duration duration) throws Exception {
        Phase phase = new Phase("20 clients x ~300 KB pages for " + duration.toSeconds() + " s");
        long end = System.nanoTime() + duration.toNanos();
        return run(phase, 20, clientNumber -> {
            for (int p = 0; System.nanoTime() < end; p++) {
                clip(client, phase, "https://load.example/steady/" + clientNumber + "/" + p,
                        GeneratedArticle.page("Steady " + clientNumber + "-" + p, 300 << 10, clientNumber * 100_000L + p));
            }
        });
    }

    /** What one simulated client does, given its number. */
    private interface ClientLoop {
        void run(int clientNumber) throws Exception;
    }

    /** Runs {@code clients} copies of {@code loop} at once and records the phase's wall time. */
    private static Phase run(Phase phase, int clients, ClientLoop loop) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int clientNumber = c;
            done.add(pool.submit(() -> {
                loop.run(clientNumber);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        phase.elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        pool.shutdown();
        return phase;
    }

    private static void clip(ClipClient client, Phase phase, String url, String html) throws InterruptedException {
        String clientId = UUID.randomUUID().toString();
        phase.clientIds.add(clientId);
        long start = System.nanoTime();
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            try {
                ClipClient.Answer answer = client.post(url, html, clientId);
                if (answer.saved()) {
                    phase.latenciesMillis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
                    phase.bytes.addAndGet(html.length());
                    if (phase.acknowledged.put(answer.id(), answer.contentSha256()) != null) {
                        phase.errors.incrementAndGet(); // two clips answered with one id
                    }
                    return;
                }
                if (answer.status() == 503 && answer.retryAfter() != null) {
                    phase.retries.incrementAndGet();
                    Thread.sleep(Long.parseLong(answer.retryAfter()) * 1000);
                    continue;
                }
                System.out.println("error: " + url + " answered " + answer.status());
                phase.errors.incrementAndGet();
                return;
            } catch (IOException e) {
                System.out.println("error: " + url + " " + e);
                phase.errors.incrementAndGet();
                return;
            }
        }
        phase.errors.incrementAndGet();
    }

    /** Every acknowledged clip listed exactly once, nothing listed that was not acknowledged, hashes spot-checked. */
    private static boolean verify(ClipClient client, List<Phase> phases) throws Exception {
        Map<Long, String> listed = client.listAll();
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        int errors = 0;
        for (Phase phase : phases) {
            acknowledged.putAll(phase.acknowledged);
            errors += phase.errors.get();
        }
        long lost = acknowledged.keySet().stream().filter(id -> !listed.containsKey(id)).count();
        long unexpected = listed.keySet().stream().filter(id -> !acknowledged.containsKey(id)).count();
        long duplicatedUrls = listed.size() - listed.values().stream().distinct().count();
        int changed = 0;
        int checked = 0;
        for (Map.Entry<Long, String> clip : acknowledged.entrySet()) {
            if (checked++ % 10 == 0 && !clip.getValue().equals(client.contentSha256(clip.getKey()))) {
                changed++;
            }
        }
        System.out.printf("Library afterwards: %d clips listed, %d acknowledged; lost %d, unexpected %d, duplicated "
                + "URLs %d, content changed %d of %d checked; errors %d%n", listed.size(), acknowledged.size(), lost,
                unexpected, duplicatedUrls, changed, (checked + 9) / 10, errors);
        return errors == 0 && lost == 0 && unexpected == 0 && duplicatedUrls == 0 && changed == 0;
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
