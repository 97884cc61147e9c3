package app.gleaner.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged application as a self-hoster does — no configuration but a data dir — stops it, starts it again
 * and finds the library as it was, with the generated token kept. Uses the native binary when the build made one.
 */
class RestartIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void libraryAndGeneratedTokenSurviveARestart() throws Exception {
        int port = freePort();
        String body;
        Process first = start(port);
        try {
            String token = Files.readString(dataDir.resolve("api-token")).strip();
            int id = given().baseUri("http://127.0.0.1:" + port).header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", "https://restart.example/story", "title", "Kept across restarts",
                            "html", "<article><h1>Kept across restarts</h1><p>" + "The harbour wall held. ".repeat(40)
                                    + "</p></article>"))
                    .post("/api/clips").then().statusCode(201).extract().path("id");
            body = given().baseUri("http://127.0.0.1:" + port).header("Authorization", "Bearer " + token)
                    .get("/api/clips/" + id).then().statusCode(200).extract().path("contentHtml");
        } finally {
            stop(first);
        }

        Process second = start(port);
        try {
            String token = Files.readString(dataDir.resolve("api-token")).strip();
            given().baseUri("http://127.0.0.1:" + port).header("Authorization", "Bearer " + token)
                    .get("/api/clips").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].title", equalTo("Kept across restarts"));
            int id = given().baseUri("http://127.0.0.1:" + port).header("Authorization", "Bearer " + token)
                    .get("/api/clips").then().extract().path("items[0].id");
            String again = given().baseUri("http://127.0.0.1:" + port).header("Authorization", "Bearer " + token)
                    .get("/api/clips/" + id).then().extract().path("contentHtml");
            assertThat(again).isEqualTo(body);
        } finally {
            stop(second);
        }
    }

    private Process start(int port) throws IOException, InterruptedException {
        String nativeImage = System.getProperty("native.image.path");
        List<String> command = nativeImage != null && Files.isExecutable(Path.of(nativeImage))
                ? List.of(nativeImage)
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile());
        builder.environment().put("GLEANER_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().remove("GLEANER_API_TOKEN");
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("server exited; see " + dataDir.resolve("server.log")).isTrue();
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        stop(process);
        throw new AssertionError("server did not become ready within " + START_TIMEOUT);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
