package app.gleaner.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * More than a thousand generated bad requests ({@link BadRequests}) plus malformed HTTP on a raw socket, sent to
 * the running server one after another: none is answered 5xx, each within 5 s (a page of 100,000 elements within
 * 60 s), and the server is ready afterwards. The counts by status are printed.
 */
@QuarkusTest
class BadRequestsTest {

    private static final Duration PER_REQUEST = Duration.ofSeconds(5);
    /**
     * 414 and 431 over the HTTP codec's own limits (64 KB) come before any Gleaner code runs, so they carry no
     * problem+json body; everything else must. See
     * {@link #overlongRequestLinesAndHeadersAreProblemsUpToTheCodecLimitsAndBareBeyondThem}.
     */
    private static final java.util.Set<Integer> ANSWERED_BY_THE_HTTP_CODEC = java.util.Set.of(414, 431);
    /**
     * A bound on liveness, not a measure of speed: a 100,000-element page is linear work for extraction but still
     * a hundred thousand elements, 1.5 to 5 s on a warm development machine and more than 5 s once on CI's, where
     * the test may run before the JIT has warmed. It must be answered, not time out; speed is measured by the
     * throughput benchmark ({@code ExtractCorpus --passes}), never by a timed test. See
     * {@link BadRequests#pathologicalNesting()}.
     */
    private static final Duration PATHOLOGICAL = Duration.ofSeconds(60);
    /** Printed, for the record, though within bounds. */
    private static final Duration SLOW = Duration.ofSeconds(1);

    @TestHTTPResource("/")
    URL server;

    @Test
    void aThousandBadRequestsGetNoServerErrorEachWithinFiveSeconds() throws Exception {
        int id = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("url", "https://bad.example/target", "html", "<article><p>Target of bad patches.</p>"
                        + "</article>"))
                .post("/api/clips").then().statusCode(201).extract().path("id");
        List<BadRequests.Request> requests = BadRequests.all(id);
        assertThat(requests).hasSizeGreaterThanOrEqualTo(1_000);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(PER_REQUEST).build();
        Map<String, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        for (BadRequests.Request request : requests) {
            long start = System.nanoTime();
            String outcome = send(http, request, failures);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            slowest = Math.max(slowest, millis);
            if (millis > PER_REQUEST.toMillis()) {
                failures.add(request + " took " + millis + " ms");
            } else if (millis > SLOW.toMillis()) {
                System.out.printf("slow bad request: %d ms %s%n", millis, request);
            }
            byStatus.merge(outcome, 1, Integer::sum);
        }
        Map<String, Integer> raw = sendRawHttp();
        System.out.printf("Bad requests: %d generated + %d raw HTTP; by status %s; raw HTTP %s; slowest %d ms%n",
                requests.size(), raw.values().stream().mapToInt(Integer::intValue).sum(), byStatus, raw, slowest);

        assertThat(failures).isEmpty();
        assertThat(raw.keySet()).noneMatch(status -> status.startsWith("5"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().header("Authorization", "Bearer test-token").get("/api/clips").then().statusCode(200);
    }

    /** Jackson 2.21's StreamReadConstraints allow 1000 levels; deeper is a 400 that says so, never a 500. */
    @Test
    void jsonNestedDeeperThanJacksonsLimitIs400NotServerError() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int depth : new int[] {1_001, 100_000}) {
            String body = "{\"url\":\"https://bad.example/deep\",\"html\":\"<p>x</p>\",\"deep\":"
                    + "[".repeat(depth) + "]".repeat(depth) + "}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/clips"))
                    .timeout(PER_REQUEST).header("Authorization", "Bearer test-token")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(Problem.MEDIA_TYPE));
            assertThat(response.body()).contains("nesting depth");
        }
    }

    /** Sends one request and returns its status (or "no answer"/"closed"), noting what is wrong with the answer. */
    private static String send(HttpClient http, BadRequests.Request request, List<String> failures) {
        try {
            if (!isValidUri(request.path())) {
                String status = rawStatus(rawBytes(request));
                if (status.startsWith("5")) {
                    failures.add(request + " -> " + status);
                }
                return status;
            }
            HttpResponse<byte[]> response = http.send(build(request), HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse("no Content-Type");
            if (response.statusCode() >= 500) {
                failures.add(request + " -> " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            } else if (response.statusCode() >= 400 && !request.method().equals("HEAD")
                    && !ANSWERED_BY_THE_HTTP_CODEC.contains(response.statusCode())
                    && !contentType.startsWith(Problem.MEDIA_TYPE)) {
                failures.add(request + " -> " + response.statusCode() + " without problem+json: " + contentType);
            }
            return String.valueOf(response.statusCode());
        } catch (IOException e) {
            failures.add(request + " -> " + e);
            return "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isValidUri(String path) {
        try {
            URI.create(base() + path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A request java.net.http refuses to send (a malformed percent-escape in its target), as raw HTTP/1.1. */
    private static byte[] rawBytes(BadRequests.Request request) {
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.path())
                .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] body = request.body() == null ? new byte[0] : request.body();
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(start, start.length + body.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    @Test
    void htmlNestedOneHundredThousandDeepIsAnsweredWithoutServerError() throws Exception {
        BadRequests.Request request = BadRequests.pathologicalNesting();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + request.path()))
                .timeout(PATHOLOGICAL).header("Authorization", "Bearer test-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body())).build(),
                HttpResponse.BodyHandlers.ofString());
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.printf("HTML nested 100,000 deep: %d in %d ms%n", response.statusCode(), millis);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("deep");
    }

    private static HttpRequest build(BadRequests.Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + request.path()))
                .timeout(PER_REQUEST)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        return builder.build();
    }

    private static String base() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }

    /** HTTP the client library refuses to send: broken framing, lengths and request lines. */
    private static Map<String, Integer> sendRawHttp() throws IOException {
        String auth = "Authorization: Bearer test-token\r\n";
        String json = "{\"url\":\"https://bad.example/raw\",\"html\":\"<p>x</p>\"}";
        String[] raw = {
            "POST /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n" + json,
            "POST /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\nContent-Length: -1\r\n\r\n" + json,
            "POST /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\n" + json,
            "POST /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\nContent-Length: 99999999999999999999\r\n\r\n" + json,
            "POST /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
            "POST /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\n{}}\r\n0\r\n\r\n",
            "POST /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n" + json,
            "GET /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "Broken header line without colon\r\n\r\n",
            "GET /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + " folded: continuation\r\n\r\n",
            "GET /api/clips HTTP/1.1\nHost: x\n" + auth.replace("\r", "") + "\n",
            "GET /api/clips HTTP/9.9\r\nHost: x\r\n" + auth + "\r\n",
            "GET /api/clips\r\n\r\n",
            "GARBAGE\r\n\r\n",
            "G\u0000T /api/clips HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /api/clips?" + "q".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n",
            "GET /api/clips/%00 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n",
            "GET /api/clips/\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n",
            "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n",
            "GET http://evil.example/api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n",
            "GET * HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /api/clips HTTP/1.1\r\n" + auth + "\r\n",
            "GET /api/clips HTTP/1.1\r\nHost: x\r\nHost: y\r\n" + auth + "\r\n",
            "GET /api/clips HTTP/1.1\r\nHost: x\r\n" + auth + "X-Nul: a\u0000b\r\n\r\n",
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        };
        Map<String, Integer> byStatus = new TreeMap<>();
        for (String request : raw) {
            byStatus.merge(rawStatus(request.getBytes(StandardCharsets.ISO_8859_1)), 1, Integer::sum);
        }
        return byStatus;
    }

    /** The status line's code, or "closed" when the server hung up without answering (its right for broken HTTP). */
    private static String rawStatus(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout((int) PER_REQUEST.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                return "closed";
            }
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            int read = 0;
            try {
                while (read < head.length) {
                    int n = in.read(head, read, head.length - read);
                    if (n < 0) {
                        break;
                    }
                    read += n;
                }
            } catch (java.net.SocketTimeoutException e) {
                throw new AssertionError("no answer within " + PER_REQUEST + " to raw request: "
                        + new String(request, 0, Math.min(80, request.length), StandardCharsets.ISO_8859_1));
            } catch (IOException reset) {
                return "closed";
            }
            String line = new String(head, 0, read, StandardCharsets.ISO_8859_1);
            return line.startsWith("HTTP/") && line.length() >= 12 ? line.substring(9, 12) : "closed";
        }
    }


    /**
     * A request line over 4,096 bytes and headers over 20 KB are refused by {@code RequestLimits} as problem+json
     * (414, 431). The HTTP codec (Vert.x 4.5 under Quarkus 3.33) refuses what is over its own limits, set far above
     * (64 KB each), before any route or filter, with an empty body: Vert.x passes such a request to
     * {@code HttpServer#invalidRequestHandler}, which Quarkus neither sets nor exposes. This pins both: a Quarkus that
     * lets Gleaner shape the codec's answers fails the last assertions, and the exception can then go.
     */
    @Test
    void overlongRequestLinesAndHeadersAreProblemsUpToTheCodecLimitsAndBareBeyondThem() throws Exception {
        String line = "GET /api/clips?q=" + "q".repeat(4_096 - "GET /api/clips?q= HTTP/1.1".length());
        assertThat(rawResponse(line + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .as("a request line of exactly 4,096 bytes reaches Gleaner").startsWith("HTTP/1.1 401")
                .containsIgnoringCase("Content-Type: " + Problem.MEDIA_TYPE);
        assertThat(rawResponse(line + "q HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 414").containsIgnoringCase("Content-Type: " + Problem.MEDIA_TYPE)
                .contains("\"status\":414");
        assertThat(rawResponse("GET /api/clips?q=" + "q".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"))
                .as("over the codec's own limit").matches("(?s)HTTP/1\\.[01] 414 .*")
                .containsIgnoringCase("content-length: 0").doesNotContainIgnoringCase("content-type");

        String health = "GET /q/health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: ";
        assertThat(rawResponse(health + "h".repeat(16_000) + "\r\n\r\n")).startsWith("HTTP/1.1 200");
        assertThat(rawResponse(health + "h".repeat(21_000) + "\r\n\r\n"))
                .startsWith("HTTP/1.1 431").containsIgnoringCase("Content-Type: " + Problem.MEDIA_TYPE)
                .contains("\"status\":431");
        assertThat(rawResponse(health + "h".repeat(70_000) + "\r\n\r\n"))
                .as("over the codec's own limit").matches("(?s)HTTP/1\\.[01] 431 .*")
                .containsIgnoringCase("content-length: 0").doesNotContainIgnoringCase("content-type");
    }

    /** The whole answer to a raw request, read until the server closes the connection. */
    private static String rawResponse(String request) throws IOException {
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout((int) PER_REQUEST.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
