package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The shared seed page, kept outside the project: runs when {@code ../shared/fixtures/seed} exists, is skipped
 * otherwise. The seed must pass completely; every expectation is checked and all failures reported together.
 */
class SeedPageTest {

    private static final Path SEED = Path.of("..", "shared", "fixtures", "seed");

    private static JsonNode expected;
    private static Article article;

    @BeforeAll
    static void extractSeed() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED.resolve("page.html")), "seed fixture not present");
        expected = new ObjectMapper().readTree(SEED.resolve("expected.json").toFile());
        String html = Files.readString(SEED.resolve("page.html"), StandardCharsets.UTF_8);
        article = new Pipeline().extract(new Capture(expected.get("url").asText(), null, html, null));
    }

    @Test
    void keepsEveryArticleParagraph() {
        List<Executable> checks = new ArrayList<>();
        for (JsonNode paragraph : expected.get("must_contain_paragraphs")) {
            checks.add(() -> assertTrue(article.contentText().contains(paragraph.asText()),
                    "missing paragraph: " + paragraph.asText()));
        }
        assertAll(checks);
    }

    @Test
    void keepsTheLeadCaptionExactlyOnce() {
        List<Executable> checks = new ArrayList<>();
        for (JsonNode caption : expected.get("must_contain_once")) {
            checks.add(() -> assertEquals(1, occurrences(article.contentText(), caption.asText()),
                    "caption in text: " + caption.asText()));
            checks.add(() -> assertTrue(occurrences(article.contentHtml(), caption.asText()) <= 1,
                    "caption repeated in html: " + caption.asText()));
        }
        assertAll(checks);
    }

    @Test
    void leavesNoNagChromeOrUnsafeMarkup() {
        List<Executable> checks = new ArrayList<>();
        for (JsonNode junk : expected.get("must_not_contain")) {
            checks.add(() -> assertFalse(article.contentText().contains(junk.asText()), "text has: " + junk));
            checks.add(() -> assertFalse(article.contentHtml().contains(junk.asText()), "html has: " + junk));
        }
        for (JsonNode junk : expected.get("must_not_contain_html")) {
            checks.add(() -> assertFalse(article.contentHtml().contains(junk.asText()), "html has: " + junk));
        }
        assertAll(checks);
    }

    @Test
    void readsTheMetadata() {
        assertNotNull(article.publishedAt(), "published date");
        assertAll(
                () -> assertEquals(expected.get("title").asText(), article.title()),
                () -> assertEquals(expected.get("byline").asText(), article.byline()),
                () -> assertEquals(expected.get("site_name").asText(), article.siteName()),
                () -> assertEquals(expected.get("published").asText(), article.publishedAt().toLocalDate().toString()),
                () -> assertEquals(expected.get("lead_image").asText(), article.leadImageUrl()),
                () -> assertEquals(expected.get("canonical_url").asText(), article.canonicalUrl()));
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }
}
