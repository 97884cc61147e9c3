package app.gleaner.sanitize;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile vector goes through {@code POST /api/clips} twice — inside a whole article page and as the reader's
 * selection — and the saved article passes the one Safelist untouched and carries nothing that can run. Titles,
 * tags and bylines are data: hostile ones come back exactly as stored, inside valid JSON.
 */
@QuarkusTest
class HostileClipTest {

    private static final ArticleSanitizer SANITIZER = new ArticleSanitizer();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<HostileVectors.Vector> vectors() {
        return HostileVectors.all().stream();
    }

    @Test
    void theVectorFileHoldsAtLeastSixtyAttacks() {
        assertThat(HostileVectors.all()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void theDangerCheckRecognisesUnsanitizedAttacks() {
        assertThat(HostileVectors.dangers("<img src=x onerror=alert(1)>")).isNotEmpty();
        assertThat(HostileVectors.dangers("<a href=\"java&#x09;script:alert(1)\">x</a>")).isNotEmpty();
        assertThat(HostileVectors.dangers("<SCRIPT>alert(1)</SCRIPT>")).isNotEmpty();
        assertThat(HostileVectors.dangers("<p>Text about javascript: and onerror= is fine.</p>")).isEmpty();
        assertThat(SANITIZER.isValid("<p style=\"color:red\">styled</p>")).isFalse();
        assertThat(HostileVectors.pageDangers("<html><body><a href=\" javascript:alert(1)\">x</a>")).isNotEmpty();
        assertThat(HostileVectors.pageDangers("<html><body><input value=\"javascript:alert(1)\">")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void hostileArticlePageIsSavedSafe(HostileVectors.Vector vector) {
        String saved = clip(Map.of("url", "https://hostile.example/page/" + vector.number(),
                "title", "Hostile page " + vector.number(), "html", HostileVectors.articlePage(vector)));
        assertSafe(vector, saved);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void hostileSelectionIsSavedSafe(HostileVectors.Vector vector) {
        String selection = "<p>Selected prose before the vector.</p>" + vector.html() + "<p>And after it.</p>";
        String saved = clip(Map.of("url", "https://hostile.example/selection/" + vector.number(),
                "title", "Hostile selection " + vector.number(),
                "html", HostileVectors.articlePage(vector), "selectionHtml", selection));
        assertSafe(vector, saved);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void hostileTitleTagAndBylineRoundTripAsData(HostileVectors.Vector vector) throws Exception {
        String byline = vector.html().length() > 200 ? vector.html().substring(0, 200) : vector.html();
        String page = "<html><head><meta name=\"author\" content=\"" + byline.replace("&", "&amp;")
                .replace("\"", "&quot;") + "\"></head><body>" + HostileVectors.articlePage(vector) + "</body></html>";
        int id = api().contentType(ContentType.JSON)
                .body(Map.of("url", "https://hostile.example/data/" + vector.number(), "html", page))
                .post("/api/clips").then().statusCode(201).extract().path("id");

        String tag = vector.html().replace('\t', ' ');
        tag = tag.length() > 100 ? tag.substring(0, 100) : tag;
        String patched = api().contentType(ContentType.JSON)
                .body(Map.of("title", vector.html(), "tags", List.of(tag)))
                .patch("/api/clips/" + id).then().statusCode(200).extract().asString();
        JsonNode clip = JSON.readTree(patched);
        assertThat(clip.get("title").asText()).isEqualTo(vector.html().strip());
        List<String> expectedTags = java.util.Arrays.stream(tag.split(","))
                .map(part -> part.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))
                .filter(part -> !part.isEmpty()).distinct().sorted().toList();
        assertThat(java.util.stream.StreamSupport.stream(clip.get("tags").spliterator(), false).map(JsonNode::asText)
                .toList()).isEqualTo(expectedTags);

        JsonNode again = JSON.readTree(api().get("/api/clips/" + id).then().statusCode(200).extract().asString());
        assertThat(again.get("title").asText()).isEqualTo(vector.html().strip());
        assertThat(again.get("byline").isNull() || !again.get("byline").asText().isEmpty()).isTrue();
        JsonNode listed = JSON.readTree(api().queryParam("size", "5")
                .get("/api/clips").then().statusCode(200).extract().asString());
        assertThat(listed.get("items").findValuesAsText("title")).contains(vector.html().strip());
    }

    private static void assertSafe(HostileVectors.Vector vector, String saved) {
        assertThat(HostileVectors.dangers(saved)).as("%s saved as: %s", vector, saved).isEmpty();
        assertThat(SANITIZER.isValid(saved)).as("%s saved as (Safelist-invalid): %s", vector, saved).isTrue();
    }

    private static String clip(Map<String, Object> body) {
        return api().contentType(ContentType.JSON).body(body).post("/api/clips")
                .then().statusCode(201).extract().path("contentHtml");
    }

    static RequestSpecification api() {
        return given().header("Authorization", "Bearer test-token");
    }
}
