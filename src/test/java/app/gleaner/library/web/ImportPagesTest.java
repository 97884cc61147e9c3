package app.gleaner.library.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Import over HTTP: upload, progress page, summary, link-only and full clips, and bad files as 4xx pages. */
@QuarkusTest
class ImportPagesTest {

    private static final Pattern COUNT = Pattern.compile("data-(imported|duplicates|failed)>(\\d+)<");

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportPagesTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Uploads a file and waits for its import to finish; returns the finished status page. */
    static String importFile(SignedInBrowser browser, String name, byte[] content) throws InterruptedException {
        String location = browser.request().multiPart("csrf", browser.csrf)
                .multiPart("file", name, content, "application/octet-stream")
                .post("/library/import").then().statusCode(303).extract().header("Location");
        for (int attempt = 0; attempt < 300; attempt++) {
            String page = browser.request().get(location).then().statusCode(200).extract().asString();
            if (page.contains("data-import-finished=\"true\"")) {
                assertThat(page).doesNotContain("http-equiv=\"refresh\"");
                return page;
            }
            assertThat(page).contains("http-equiv=\"refresh\"");
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish in 30 s");
    }

    static int count(String page, String which) {
        Matcher matcher = COUNT.matcher(page);
        while (matcher.find()) {
            if (matcher.group(1).equals(which)) {
                return Integer.parseInt(matcher.group(2));
            }
        }
        throw new AssertionError("no " + which + " count on the page");
    }

    @Test
    void importsBookmarksAsLinkOnlyClipsSkippingDuplicatesAndReportingFailures() throws Exception {
        SignedInBrowser browser = SignedInBrowser.signIn();
        String summary = importFile(browser, "bookmarks.html", fixture("bookmarks.html"));
        assertThat(count(summary, "imported")).isEqualTo(2);
        assertThat(count(summary, "duplicates")).isEqualTo(1);
        assertThat(count(summary, "failed")).isEqualTo(1);
        assertThat(summary).contains("Entry 3 (javascript:alert(1)): &#39;url&#39; must be an http or https address.");

        var found = given().header("Authorization", "Bearer test-token").queryParam("q", "lighthouses west")
                .get("/api/clips").then().statusCode(200).extract().jsonPath();
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(found.getString("items[0].canonicalUrl")).isEqualTo("https://coast.example/lighthouses");
        assertThat(found.getList("items[0].tags")).containsExactly("lights", "sea");
        assertThat(found.getInt("items[0].wordCount")).isZero();
        assertThat(found.getString("items[0].createdAt")).startsWith("2023-11-14T22:1");

        String again = importFile(browser, "bookmarks.html", fixture("bookmarks.html"));
        assertThat(count(again, "imported")).isZero();
        assertThat(count(again, "duplicates")).isEqualTo(3);
    }

    @Test
    void importsWallabagArticlesThroughTheCleaner() throws Exception {
        SignedInBrowser browser = SignedInBrowser.signIn();
        String summary = importFile(browser, "wallabag.json", fixture("wallabag.json"));
        assertThat(count(summary, "imported")).isEqualTo(2);
        var boats = given().header("Authorization", "Bearer test-token").queryParam("q", "clinker")
                .get("/api/clips").then().extract().jsonPath();
        assertThat(boats.getString("items[0].title")).isEqualTo("Wooden boats");
        assertThat(boats.getBoolean("items[0].archived")).isTrue();
        assertThat(boats.getInt("items[0].wordCount")).isGreaterThan(20);
    }

    @Test
    void exportedLibraryImportsBackAsDuplicatesOnly() throws Exception {
        SignedInBrowser browser = SignedInBrowser.signIn();
        LibraryPagesTest.clip("https://roundtrip.example/a", "Round trip", "Exported and imported again.");
        byte[] export = browser.request().get("/library/export/library.json").then().statusCode(200)
                .extract().asByteArray();
        String summary = importFile(browser, "library.json", export);
        assertThat(count(summary, "imported")).isZero();
        assertThat(count(summary, "failed")).isZero();
        assertThat(count(summary, "duplicates")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unreadableFileIs400WithTheReason() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        browser.request().multiPart("csrf", browser.csrf)
                .multiPart("file", "notes.txt", "just words".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/library/import").then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("not one Gleaner can import"));
        browser.request().multiPart("csrf", browser.csrf)
                .multiPart("file", "broken.json", "{\"format\":".getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/library/import").then().statusCode(400).body(containsString("not valid JSON (line 1"));
        browser.request().multiPart("csrf", browser.csrf).post("/library/import").then().statusCode(400);
    }

    @Test
    void uploadWithoutCsrfIs403AndUnknownJobIs404() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        browser.request().multiPart("file", "b.html", "<a href='https://x.example/'>x</a>".getBytes(StandardCharsets.UTF_8))
                .post("/library/import").then().statusCode(403);
        browser.request().get("/library/import/no-such-job").then().statusCode(404).contentType(ContentType.HTML);
        given().redirects().follow(false).get("/library/import").then().statusCode(303);
    }
}
