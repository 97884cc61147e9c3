package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture folder under {@code src/test/resources/extract/<slug>/}: {@code source.html}, an optional
 * selection file, and {@code expected.json} with the checks. Adding a case is adding a folder. Expected keys:
 * {@code url} (required), {@code title}, {@code byline}, {@code siteName}, {@code published} (date part),
 * {@code language}, {@code excerpt}, {@code leadImage}, {@code canonicalUrl}, {@code selection} (file name),
 * {@code contains}/{@code notContains} (content text and HTML), {@code htmlContains}/{@code htmlNotContains},
 * {@code removedContains} (text of a removed overlay), {@code extraction} (the quality signal; see
 * {@link #extraction}).
 */
class PipelineFixturesTest {

    private static final Pipeline PIPELINE = new Pipeline();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(PipelineFixturesTest.class.getResource("/extract").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("expected.json"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsFixtureAsExpected(Path folder) throws IOException {
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        String html = Files.readString(folder.resolve("source.html"), StandardCharsets.UTF_8);
        String selection = expected.has("selection")
                ? Files.readString(folder.resolve(expected.get("selection").asText()), StandardCharsets.UTF_8) : null;
        Article article = PIPELINE.extract(new Capture(expected.get("url").asText(), null, html, selection));

        List<Executable> checks = new ArrayList<>();
        field(checks, expected, "title", article.title());
        field(checks, expected, "byline", article.byline());
        field(checks, expected, "siteName", article.siteName());
        field(checks, expected, "language", article.language());
        field(checks, expected, "excerpt", article.excerpt());
        field(checks, expected, "leadImage", article.leadImageUrl());
        field(checks, expected, "canonicalUrl", article.canonicalUrl());
        if (expected.has("published")) {
            checks.add(() -> {
                assertNotNull(article.publishedAt(), "published");
                assertEquals(expected.get("published").asText(), article.publishedAt().toLocalDate().toString());
            });
        }
        for (JsonNode s : expected.path("contains")) {
            checks.add(() -> assertTrue(article.contentText().contains(s.asText()), "text lacks: " + s.asText()));
        }
        for (JsonNode s : expected.path("notContains")) {
            checks.add(() -> assertFalse(article.contentText().contains(s.asText()), "text has: " + s.asText()));
            checks.add(() -> assertFalse(article.contentHtml().contains(s.asText()), "html has: " + s.asText()));
        }
        for (JsonNode s : expected.path("htmlContains")) {
            checks.add(() -> assertTrue(article.contentHtml().contains(s.asText()), "html lacks: " + s.asText()));
        }
        for (JsonNode s : expected.path("htmlNotContains")) {
            checks.add(() -> assertFalse(article.contentHtml().contains(s.asText()), "html has: " + s.asText()));
        }
        for (JsonNode s : expected.path("removedContains")) {
            checks.add(() -> assertTrue(article.removed().stream().anyMatch(r -> r.contains(s.asText())),
                    "removed lacks: " + s.asText() + " in " + article.removed()));
        }
        extraction(checks, expected.path("extraction"), article.extraction());
        assertAll(folder.getFileName().toString(), checks);
    }

    /** Optional {@code extraction} keys: {@code method}, {@code gated}, {@code likelyTruncated}, {@code
     * minConfidence}, {@code maxConfidence}. */
    private static void extraction(List<Executable> checks, JsonNode expected, Extraction actual) {
        if (expected.has("method")) {
            checks.add(() -> assertEquals(expected.get("method").asText(), actual.method(), "method"));
        }
        if (expected.has("gated")) {
            checks.add(() -> assertEquals(expected.get("gated").asBoolean(), actual.gated(), "gated"));
        }
        if (expected.has("likelyTruncated")) {
            checks.add(() -> assertEquals(expected.get("likelyTruncated").asBoolean(), actual.likelyTruncated(),
                    "likelyTruncated"));
        }
        if (expected.has("minConfidence")) {
            checks.add(() -> assertTrue(actual.confidence() >= expected.get("minConfidence").asDouble(),
                    "confidence " + actual.confidence()));
        }
        if (expected.has("maxConfidence")) {
            checks.add(() -> assertTrue(actual.confidence() <= expected.get("maxConfidence").asDouble(),
                    "confidence " + actual.confidence()));
        }
    }

    private static void field(List<Executable> checks, JsonNode expected, String key, String actual) {
        if (expected.has(key)) {
            checks.add(() -> assertEquals(expected.get(key).asText(), actual, key));
        }
    }
}
