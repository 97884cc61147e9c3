package app.gleaner.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The body limit is exact: at the limit a clip is saved, one byte over it is 413 and leaves no row. */
@QuarkusTest
class RequestLimitsTest {

    /** {@code %test.gleaner.max-body-size=1M}. */
    private static final int LIMIT = 1 << 20;

    @TestHTTPResource("/api/clips")
    URL clips;

    @Test
    void aBodyOneByteOverTheLimitIs413AndLeavesNoRow() {
        byte[] body = bodyOfExactly(LIMIT + 1, "https://limit.example/over");
        assertThat(body).hasSize(LIMIT + 1);
        post(body).then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertNoClip("limit.example/over");
    }

    @Test
    void aBodyExactlyAtTheLimitIsSaved() {
        byte[] body = bodyOfExactly(LIMIT, "https://limit.example/exact");
        assertThat(body).hasSize(LIMIT);
        post(body).then().statusCode(201);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAndLeavesNoRow() throws Exception {
        byte[] body = bodyOfExactly(LIMIT + 1, "https://limit.example/chunked");
        HttpRequest request = HttpRequest.newBuilder(clips.toURI())
                .header("Authorization", "Bearer test-token").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(413);
        } catch (java.io.IOException closedMidUpload) {
            // The HTTP layer answers 413 and closes the connection at once; a client still sending may see only the
            // close. Either way the body was refused: no row below, and the server stays ready.
            given().get("/q/health/ready").then().statusCode(200);
        }
        assertNoClip("limit.example/chunked");
    }

    private static io.restassured.response.Response post(byte[] body) {
        return given().header("Authorization", "Bearer test-token").contentType("application/json").body(body)
                .post("/api/clips");
    }

    private static void assertNoClip(String urlPart) {
        given().header("Authorization", "Bearer test-token").queryParam("q", urlPart).get("/api/clips")
                .then().statusCode(200).body("total", equalTo(0));
    }

    /** A clip request of exactly {@code size} bytes of UTF-8: an article padded with prose. */
    private static byte[] bodyOfExactly(int size, String url) {
        String head = "{\"url\":\"" + url + "\",\"html\":\"<article><h1>Limit</h1><p>";
        String tail = "</p></article>\"}";
        int fill = size - head.length() - tail.length();
        String words = "the tide came in over the flats ".repeat(fill / 32 + 1).substring(0, fill);
        return (head + words + tail).getBytes(StandardCharsets.UTF_8);
    }
}
