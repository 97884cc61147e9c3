package app.gleaner.library.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export downloads over HTTP: signed-in only, attachment names, and hostile titles escaped in every format. */
@QuarkusTest
class ExportPagesTest {

    @Test
    void exportsNeedASession() {
        given().redirects().follow(false).get("/library/export/library.json").then().statusCode(303);
        given().redirects().follow(false).get("/library/clips/1/export/markdown").then().statusCode(303);
    }

    @Test
    void oneClipDownloadsAsMarkdownHtmlAndEpubWithEscapedTitle() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        int id = LibraryPagesTest.clip("https://export.example/hostile", LibraryPagesTest.HOSTILE,
                "Export body about the breakwater.");
        browser.request().get("/library/clips/" + id + "/export/markdown").then().statusCode(200)
                .contentType(containsString("text/markdown"))
                .header("Content-Disposition", containsString("attachment; filename=\"script-alert-1-script-quotes.md\""))
                .body(containsString("\\<script\\>")).body(containsString("breakwater"));
        String html = browser.request().get("/library/clips/" + id + "/export/html").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        byte[] epub = browser.request().get("/library/clips/" + id + "/export/epub").then().statusCode(200)
                .contentType("application/epub+zip").extract().asByteArray();
        assertThat(new String(epub, 30, 28, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("mimetypeapplication/epub+zip");
        browser.request().get("/library/clips/" + id + "/export/pdf").then().statusCode(404);
        browser.request().get("/library/clips/999999/export/html").then().statusCode(404);
    }

    @Test
    void wholeLibraryDownloadsAsJsonAndBookmarks() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        int id = LibraryPagesTest.clip("https://export.example/whole", "Whole library export check",
                "The tide gauge at the pier.");
        given().header("Authorization", "Bearer test-token").contentType("application/json")
                .body(Map.of("tags", List.of("pier"))).patch("/api/clips/" + id).then().statusCode(200);
        var json = browser.request().get("/library/export/library.json").then().statusCode(200)
                .header("Content-Disposition", containsString("gleaner-library-")).extract().jsonPath();
        assertThat(json.getString("format")).isEqualTo("gleaner-library");
        List<Map<String, Object>> clips = json.getList("clips");
        Map<String, Object> exported = clips.stream().filter(c -> ((Integer) c.get("id")) == id).findFirst()
                .orElseThrow();
        assertThat(exported).containsEntry("tags", List.of("pier")).containsKeys("contentHtml", "createdAt",
                "archived", "favorite");
        browser.request().get("/library/export/bookmarks.html").then().statusCode(200)
                .body(containsString("TAGS=\"pier\">Whole library export check</A>"));
    }
}
