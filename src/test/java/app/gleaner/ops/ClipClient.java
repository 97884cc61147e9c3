package app.gleaner.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** A minimal API client for harnesses: posts clips with a retry key, reads them back, hashes their content. */
final class ClipClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUri;
    private final String token;
    private final Duration timeout;

    ClipClient(String baseUri, String token, Duration timeout) {
        this.baseUri = baseUri;
        this.token = token;
        this.timeout = timeout;
    }

    /** What the server answered to a clip: status, id and the SHA-256 of contentHtml (when 200/201). */
    record Answer(int status, long id, String contentSha256, String retryAfter) {
        boolean saved() {
            return status == 200 || status == 201;
        }
    }

    Answer post(String url, String html, String clientId) throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("html", html);
        body.put("clientId", clientId);
        HttpResponse<byte[]> response = http.send(request("/api/clips").timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            return new Answer(response.statusCode(), -1, null, retryAfter);
        }
        JsonNode clip = JSON.readTree(response.body());
        return new Answer(response.statusCode(), clip.get("id").asLong(), sha256(clip.get("contentHtml").asText()),
                retryAfter);
    }

    /** The SHA-256 of a saved clip's contentHtml, or null when it does not exist. */
    String contentSha256(long id) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request("/api/clips/" + id).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET /api/clips/" + id + " answered " + response.statusCode());
        }
        return sha256(JSON.readTree(response.body()).get("contentHtml").asText());
    }

    /** Every clip id in the library with its URL, read page by page from the listing. */
    Map<Long, String> listAll() throws IOException, InterruptedException {
        Map<Long, String> all = new HashMap<>();
        for (int page = 0; ; page++) {
            HttpResponse<byte[]> response = http.send(request("/api/clips?size=100&page=" + page).timeout(timeout)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("listing answered " + response.statusCode());
            }
            JsonNode items = JSON.readTree(response.body()).get("items");
            for (JsonNode item : items) {
                if (all.put(item.get("id").asLong(), item.get("url").asText()) != null) {
                    throw new IllegalStateException("the listing shows clip " + item.get("id") + " twice");
                }
            }
            if (items.size() < 100) {
                return all;
            }
        }
    }

    JsonNode postBackup() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request("/api/backup").timeout(timeout)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("backup answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUri + path)).header("Authorization", "Bearer " + token);
    }
}
