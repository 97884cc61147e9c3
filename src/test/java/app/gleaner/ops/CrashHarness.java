package app.gleaner.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts clips of 1–5 MB to the packaged application while killing it with SIGKILL at random moments and restarting
 * it, then checks that every clip the server acknowledged (201, or 200 to a retry with the same clientId) is there
 * with byte-identical content (SHA-256 of contentHtml as answered), that no clip is stored twice, and that the
 * database file opens cleanly in H2 afterwards. Bounded: a fixed number of clips and kills, every request with a
 * timeout, all traffic to 127.0.0.1.
 *
 * <p>Full form (after {@code mvn package -DskipTests}):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.gleaner.ops.CrashHarness
 * -Dexec.args="--clips 200 --kills 20"}. {@link CrashIT} runs a short form in {@code mvn verify}.
 */
public final class CrashHarness {

    private static final int MIN_BYTES = 1 << 20;
    private static final int MAX_BYTES = 5 << 20;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final int ATTEMPTS_PER_CLIP = 8;

    /** What to run. */
    record Options(int clips, int kills, long seed, Path jar, Path dataDir) {
    }

    /** What happened. */
    record Result(int clips, int created, int acknowledgedOnRetry, int neverAcknowledged, int killsSurvived,
            int requestsCutByAKill, int lost, int changed, int duplicates, long rowsInFile, Duration elapsed) {
        boolean passed() {
            return lost == 0 && changed == 0 && duplicates == 0;
        }

        @Override
        public String toString() {
            return ("Crash harness: %d clips of 1-5 MB, %d kills survived (%d requests cut mid-flight) in %d s; "
                    + "acknowledged %d (201) + %d (200 to a retry), %d never acknowledged; lost %d, changed %d, "
                    + "duplicated %d; %d rows in the reopened file").formatted(clips, killsSurvived,
                    requestsCutByAKill, elapsed.toSeconds(), created, acknowledgedOnRetry, neverAcknowledged, lost,
                    changed, duplicates, rowsInFile);
        }
    }

    private CrashHarness() {
    }

    public static void main(String[] args) throws Exception {
        int clips = 200;
        int kills = 20;
        long seed = 42;
        Path jar = PackagedServer.DEFAULT_JAR;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clips" -> clips = Integer.parseInt(args[i + 1]);
                case "--kills" -> kills = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--jar" -> jar = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dataDir = Files.createTempDirectory("gleaner-crash");
        Result result = run(new Options(clips, kills, seed, jar, dataDir));
        System.out.println(result);
        System.out.println("Data dir and server log: " + dataDir);
        System.exit(result.passed() ? 0 : 1);
    }

    static Result run(Options options) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(options.seed());
        PackagedServer server = new PackagedServer(options.jar(), options.dataDir(), Map.of(), List.of()).start();
        String token = server.token();
        ClipClient client = new ClipClient(server.baseUri(), token, REQUEST_TIMEOUT);

        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, Long> byClientId = new ConcurrentHashMap<>();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger onRetry = new AtomicInteger();
        AtomicInteger never = new AtomicInteger();
        AtomicInteger posted = new AtomicInteger();
        AtomicInteger cut = new AtomicInteger();
        int[] sizes = random.ints(options.clips(), MIN_BYTES, MAX_BYTES + 1).toArray();

        Thread poster = new Thread(() -> {
            for (int i = 0; i < options.clips(); i++) {
                String clientId = UUID.randomUUID().toString();
                String html = GeneratedArticle.page("Crash clip " + i, sizes[i], options.seed() + i);
                boolean done = false;
                for (int attempt = 0; attempt < ATTEMPTS_PER_CLIP && !done; attempt++) {
                    try {
                        ClipClient.Answer answer = client.post("https://crash.example/clip/" + i, html, clientId);
                        if (answer.saved()) {
                            acknowledged.put(answer.id(), answer.contentSha256());
                            byClientId.put(clientId, answer.id());
                            (answer.status() == 201 ? created : onRetry).incrementAndGet();
                            done = true;
                        } else {
                            sleep(1000);
                        }
                    } catch (IOException killedMidRequest) {
                        cut.incrementAndGet();
                        waitUntilReady(server);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (!done) {
                    never.incrementAndGet();
                }
                posted.incrementAndGet();
            }
        }, "crash-poster");
        poster.start();

        int killed = 0;
        for (int k = 1; k <= options.kills() && poster.isAlive(); k++) {
            int due = k * options.clips() / (options.kills() + 1);
            while (posted.get() < due && poster.isAlive()) {
                Thread.sleep(50);
            }
            Thread.sleep(random.nextInt(1500));
            if (!poster.isAlive()) {
                break;
            }
            server.kill();
            server.start();
            killed++;
        }
        poster.join();

        int lost = 0;
        int changed = 0;
        for (Map.Entry<Long, String> clip : acknowledged.entrySet()) {
            String now = client.contentSha256(clip.getKey());
            if (now == null) {
                lost++;
            } else if (!now.equals(clip.getValue())) {
                changed++;
            }
        }
        Map<Long, String> listed = client.listAll();
        long distinctUrls = listed.values().stream().distinct().count();
        int duplicates = (int) (listed.size() - distinctUrls);
        server.kill();
        long rows = rowsInFile(options.dataDir());
        return new Result(options.clips(), created.get(), onRetry.get(), never.get(), killed, cut.get(), lost, changed,
                duplicates, rows, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Opens the database file left by the last SIGKILL with H2 directly, as a restart would, and counts clips. */
    private static long rowsInFile(Path dataDir) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath()
                .resolve("library") + ";IFEXISTS=TRUE", "gleaner", "");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from clip")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void waitUntilReady(PackagedServer server) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!server.isReady() && System.nanoTime() < deadline) {
            sleep(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
