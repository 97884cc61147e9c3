package app.gleaner.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, or the native binary) run as a separate
 * process on 127.0.0.1 with its own data dir, as a self-hoster runs it: for tests and harnesses that kill, restart
 * and measure it. Output is appended to {@code server.log} in the data dir. The port stays the same across restarts
 * unless another process took it between two starts; then the server moves to a fresh one.
 */
final class PackagedServer {

    static final Path DEFAULT_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path jar;
    private final Path dataDir;
    private static final int PORT_ATTEMPTS = 3;
    private static final String PORT_TAKEN = "seems to be in use by another process";

    private int port;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    PackagedServer(Path jar, Path dataDir, Map<String, String> environment, List<String> jvmOptions)
            throws IOException {
        this.jar = jar.toAbsolutePath();
        this.dataDir = dataDir.toAbsolutePath();
        this.port = freePort();
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * Starts the process and waits until {@code /q/health/ready} answers 200. A free port found by the test can be
     * taken by any other process before the server binds it; that start is retried on another port.
     */
    PackagedServer start() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            long logStart = Files.exists(log()) ? Files.size(log()) : 0;
            launch();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (process.isAlive() && Instant.now().isBefore(deadline)) {
                if (isReady()) {
                    return this;
                }
                Thread.sleep(100);
            }
            if (process.isAlive()) {
                kill();
                throw new IllegalStateException("server not ready within " + START_TIMEOUT + ":\n"
                        + logSince(logStart));
            }
            String output = logSince(logStart);
            if (!output.contains(PORT_TAKEN) || attempt == PORT_ATTEMPTS) {
                throw new IllegalStateException("server exited with " + process.exitValue() + ":\n" + output);
            }
            port = freePort();
        }
    }

    /** Starts the process and returns at once, for callers that time the start-up themselves. */
    void launch() throws IOException {
        List<String> command = new ArrayList<>();
        if (jar.getFileName().toString().endsWith(".jar")) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.getFileName().toString());
        } else {
            command.add(jar.toString()); // the native binary
        }
        Files.createDirectories(dataDir);
        // From the jar's own folder, as a self-hoster runs it: an AppCDS archive records the class path as given
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().remove("GLEANER_API_TOKEN");
        builder.environment().put("GLEANER_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().putAll(environment);
        process = builder.start();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    boolean isReady() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 30 s. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    Path dataDir() {
        return dataDir;
    }

    private Path log() {
        return dataDir.resolve("server.log");
    }

    /** What the server wrote since {@code offset}, its last 40 lines at most: for a failure message. */
    private String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(log());
        int from = (int) Math.min(offset, all.length);
        List<String> lines = new String(all, from, all.length - from, StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The token the server generated at its first start. */
    String token() throws IOException {
        return Files.readString(dataDir.resolve("api-token")).strip();
    }

    /** VmRSS and VmHWM of the server process in kB, from /proc (Linux); -1 when unavailable. */
    long[] memoryKb() {
        try {
            long rss = -1;
            long hwm = -1;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return new long[] {rss, hwm};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
