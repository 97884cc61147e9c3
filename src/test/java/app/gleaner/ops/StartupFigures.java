package app.gleaner.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Start-up and memory figures of the packaged application (not a test), the way the README reports them: for each
 * set of JVM flags (the JDK's defaults, the README's small-server flags, and those with the AppCDS archive when the
 * package has one), {@code --rounds} fresh starts on an empty data dir, each timed from launching the JVM to the
 * first {@code GET /api/clips} answered 200 (polled every 10 ms); resident memory (VmRSS) two seconds later; and,
 * in the last round, VmRSS after {@code --clips} clips of about 30 KB were posted through the API one after another
 * (and again after a further ten seconds idle). Prints the medians.
 *
 * <p>Run (after {@code mvn package -DskipTests}):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.gleaner.ops.StartupFigures}
 * with optional {@code -Dexec.args="--rounds 5 --clips 1000 --jar target/quarkus-app/quarkus-run.jar"}; each
 * {@code --flags "-Xmx256m -XX:+UseSerialGC"} replaces the default flag sets with one of its own.
 */
public final class StartupFigures {

    /** The small-server flags the README recommends. */
    static final List<String> SMALL_SERVER = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xss512k", "-XX:TieredStopAtLevel=1");
    /** Written by {@code mvn package -Dquarkus.package.jar.appcds.enabled=true} beside the jar. */
    static final String APPCDS_ARCHIVE = "app-cds.jsa";
    private static final String TOKEN = "startup-figures-token";
    private static final int PAGE_BYTES = 30_000;

    private StartupFigures() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        int clips = 1000;
        Path jar = PackagedServer.DEFAULT_JAR;
        List<List<String>> flagSets = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--flags" -> flagSets.add(args[i + 1].isBlank() ? List.of() : List.of(args[i + 1].split(" ")));
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--clips" -> clips = Integer.parseInt(args[i + 1]);
                case "--jar" -> jar = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (flagSets.isEmpty()) {
            flagSets.add(List.of());
            flagSets.add(SMALL_SERVER);
            if (Files.exists(jar.toAbsolutePath().resolveSibling(APPCDS_ARCHIVE))) {
                List<String> withArchive = new ArrayList<>(SMALL_SERVER);
                withArchive.add("-XX:SharedArchiveFile=" + APPCDS_ARCHIVE);
                flagSets.add(withArchive);
            }
        }
        for (List<String> flags : flagSets) {
            List<Double> seconds = new ArrayList<>();
            List<Long> idleRss = new ArrayList<>();
            String afterClips = "";
            for (int round = 1; round <= rounds; round++) {
                Path dataDir = Files.createTempDirectory("gleaner-startup");
                PackagedServer server = new PackagedServer(jar, dataDir,
                        Map.of("GLEANER_API_TOKEN", TOKEN, "GLEANER_RATE_LIMIT_ENABLED", "false"), flags);
                try {
                    long start = System.nanoTime();
                    server.launch();
                    awaitFirstList(server);
                    seconds.add((System.nanoTime() - start) / 1e9);
                    Thread.sleep(2000);
                    idleRss.add(server.memoryKb()[0]);
                    if (round == rounds && clips > 0) {
                        afterClips = postClips(server, clips);
                    }
                } finally {
                    server.stop();
                }
                if (round == rounds && clips > 0) {
                    afterClips += String.format("; database file %d MB after the stop",
                            Files.size(dataDir.resolve("library.mv.db")) / 1_000_000);
                }
            }
            System.out.printf("flags [%s]: first request median %.2f s (%s), idle RSS median %d MB%s%n",
                    String.join(" ", flags), median(seconds), rounded(seconds), median(idleRss) / 1024, afterClips);
        }
    }

    private static void awaitFirstList(PackagedServer server) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest list = HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/clips"))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited; see " + server.dataDir().resolve("server.log"));
            }
            try {
                if (http.send(list, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // poll again
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no answer within 90 s");
    }

    private static String postClips(PackagedServer server, int clips) throws Exception {
        ClipClient client = new ClipClient(server.baseUri(), TOKEN, Duration.ofSeconds(60));
        long start = System.nanoTime();
        for (int i = 0; i < clips; i++) {
            String label = "Startup figures clip " + i;
            ClipClient.Answer answer = client.post("https://figures.example/" + i,
                    GeneratedArticle.page(label, PAGE_BYTES, i), UUID.randomUUID().toString());
            if (!answer.saved()) {
                throw new IllegalStateException("clip " + i + " answered " + answer.status());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rssAfter = server.memoryKb()[0] / 1024;
        long fileMb = Files.size(server.dataDir().resolve("library.mv.db")) / 1_000_000;
        Thread.sleep(10_000);
        long[] memory = server.memoryKb();
        return String.format("; after %,d clips of %d KB (%.0f s): RSS %d MB, %d MB after 10 s idle, peak %d MB; "
                + "database file %d MB", clips, PAGE_BYTES / 1000, seconds, rssAfter, memory[0] / 1024,
                memory[1] / 1024, fileMb);
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String rounded(List<Double> seconds) {
        return Arrays.toString(seconds.stream().map(s -> Math.round(s * 100) / 100.0).toArray());
    }
}
