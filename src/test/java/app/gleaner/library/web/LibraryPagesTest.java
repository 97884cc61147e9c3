package app.gleaner.library.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import app.gleaner.extract.Extraction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The library pages' HTTP contract: sign-in, guards, CSRF, security headers, escaping, and the forms. */
@QuarkusTest
class LibraryPagesTest {

    static final String HOSTILE = "<script>alert(1)</script> & \"quotes\"";

    static int clip(String url, String title, String body) {
        String html = "<html><head><title>" + title.replace("<", "&lt;") + "</title></head><body><article><h1>"
                + title.replace("<", "&lt;") + "</h1><p>" + body + "</p><p>"
                + "More words so the article is long enough to be taken as the article of the page. ".repeat(8)
                + "</p></article></body></html>";
        return given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("url", url, "html", html, "title", title)).post("/api/clips")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void rootLeadsToTheLibraryWhichLeadsToSignInWhenSignedOut() {
        given().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/library"));
        given().redirects().follow(false).get("/library?show=all").then().statusCode(303)
                .header("Location", containsString("/login?next=%2Flibrary%3Fshow%3Dall"));
        given().redirects().follow(false).get("/library/clips/1").then().statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void forgedOrExpiredSessionCookieIsRefused() {
        given().redirects().follow(false).cookie("gleaner_session", "abc.99999999999.forged")
                .get("/library").then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void wrongSecretIs401WithTheFormAgain() {
        given().formParam("secret", "guess").post("/login").then().statusCode(401)
                .contentType(ContentType.HTML)
                .body(containsString("That is not the API token"))
                .body(containsString("name=\"secret\""));
    }

    @Test
    void signInSetsAStrictHttpOnlyCookieAndGoesWhereAsked() {
        var response = given().redirects().follow(false).formParam("secret", "test-token")
                .formParam("next", "/library?show=archived").post("/login");
        response.then().statusCode(303).header("Location", containsString("/library?show=archived"));
        String setCookie = response.header("Set-Cookie");
        assertThat(setCookie).contains("gleaner_session=", "HttpOnly", "SameSite=Strict", "Path=/");
        assertThat(setCookie).doesNotContain("Secure");
    }

    @Test
    void signInNeverRedirectsToAnotherSite() {
        for (String next : List.of("https://evil.example/", "//evil.example/", "/libraryx", "/\\evil.example")) {
            given().redirects().follow(false).formParam("secret", "test-token").formParam("next", next)
                    .post("/login").then().statusCode(303).header("Location", not(containsString("evil")))
                    .header("Location", not(containsString("libraryx")));
        }
    }

    @Test
    void signOutNeedsCsrfAndClearsTheCookie() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        browser.request().contentType("application/x-www-form-urlencoded").formParam("csrf", "nope")
                .post("/logout").then().statusCode(403);
        var out = browser.form().post("/logout");
        out.then().statusCode(303).header("Location", containsString("/login"));
        assertThat(out.header("Set-Cookie")).contains("gleaner_session=;").contains("Max-Age=0");
    }

    @Test
    void listShowsClipsNewestFirstWithEscapedTitles() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        clip("https://pages.example/older", "Kittiwake colony older", "Seabirds on the cliffs of the north coast.");
        clip("https://pages.example/hostile", HOSTILE, "A hostile title should print as text, never run.");
        String page = browser.request().get("/library?show=all").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("Kittiwake colony older")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .doesNotContain("<script>alert(1)");
        assertThat(page.indexOf("&lt;script&gt;alert(1)")).isLessThan(page.indexOf("Kittiwake colony older"));
    }

    @Test
    void readerCarriesTheContentSecurityPolicyAndEscapesTheTitle() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        int id = clip("https://pages.example/reader-hostile", HOSTILE, "Reader body about tide tables.");
        browser.request().get("/library/clips/" + id).then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .body(containsString("tide tables"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void readerListsWhatTheCleanerRemovedAsEscapedText() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        String html = "<html><head><title>Removed blocks</title></head><body>"
                + "<div data-gleaner-overlay>Subscribe &lt;b&gt;now&lt;/b&gt; to keep reading</div><article>"
                + "<h1>Removed blocks</h1><p>" + "The ferry timetable changes in May for the summer. ".repeat(12)
                + "</p></article></body></html>";
        int id = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("url", "https://pages.example/removed", "html", html)).post("/api/clips")
                .then().statusCode(201).extract().path("id");
        browser.request().get("/library/clips/" + id).then().statusCode(200)
                .body(containsString("Show what was removed (1 block)"))
                .body(containsString("<li>Subscribe &lt;b&gt;now&lt;/b&gt; to keep reading</li>"));
    }

    @Test
    void readerSaysWhenTheSiteShowedOnlyTheStartOfAGatedArticle() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        String html = "<html><head><title>Harbour dues</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour dues\",\"isAccessibleForFree\":false}"
                + "</script></head><body><article><h1>Harbour dues</h1><p>"
                + "The harbour board met on Tuesday to set next year's mooring dues for the marina. ".repeat(4)
                + "</p></article></body></html>";
        int gated = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("url", "https://pages.example/gated", "html", html)).post("/api/clips")
                .then().statusCode(201).extract().path("id");
        int free = clip("https://pages.example/free", "Free to read", "Ferries run hourly in summer.");
        browser.request().get("/library/clips/" + gated).then().statusCode(200)
                .body(containsString("<p class=\"notice\" role=\"note\">This may be only the start"));
        browser.request().get("/library/clips/" + free).then().statusCode(200)
                .body(not(containsString("class=\"notice\"")));
    }

    @Test
    void readerNoticeNamesWhyTheTextMayBeIncomplete() {
        assertThat(LibraryPages.notice(null)).isNull();
        assertThat(LibraryPages.notice(new Extraction(1, false, true, Extraction.STRICT))).isNull();
        assertThat(LibraryPages.notice(new Extraction(0.4, true, false, Extraction.STRICT)))
                .startsWith("Part of the article may be missing");
        assertThat(LibraryPages.notice(new Extraction(0.3, false, false, Extraction.LONGEST_ATTEMPT)))
                .startsWith("Gleaner found little");
        assertThat(LibraryPages.notice(Extraction.failed())).startsWith("Gleaner found little");
        assertThat(LibraryPages.notice(new Extraction(0.2, true, true, Extraction.LONGEST_ATTEMPT)))
                .startsWith("This may be only the start").contains("sign in or subscribe");
    }

    @Test
    void searchBoxFindsByBodyAndHighlights() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        clip("https://pages.example/search", "Fog signals", "The foghorn at Skerrymore sounded twice a minute.");
        browser.request().get("/library?show=all&q=skerrymore").then().statusCode(200)
                .body(containsString("Fog signals"))
                .body(containsString("<mark>Skerrymore</mark>"));
    }

    @Test
    void formsWithoutTheRightCsrfTokenAre403AndChangeNothing() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        int id = clip("https://pages.example/csrf", "Csrf target", "Nothing should change here.");
        browser.request().contentType("application/x-www-form-urlencoded").formParam("value", "true")
                .post("/library/clips/" + id + "/archive").then().statusCode(403)
                .contentType(ContentType.HTML).body(containsString("expired"));
        browser.request().contentType("application/x-www-form-urlencoded").formParam("csrf", "0".repeat(64))
                .formParam("tags", "x").post("/library/clips/" + id + "/tags").then().statusCode(403);
        given().header("Authorization", "Bearer test-token").get("/api/clips/" + id).then()
                .body("archived", equalTo(false)).body("tags", equalTo(List.of()));
    }

    @Test
    void archiveFavouriteAndTagFormsChangeTheClipAndReturnToThePage() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        int id = clip("https://pages.example/forms", "Forms target", "Tagging, archiving and favourites.");
        browser.form().formParam("value", "true").formParam("back", "/library?show=unread")
                .post("/library/clips/" + id + "/archive").then().statusCode(303)
                .header("Location", startsWith("http")).header("Location", containsString("/library?show=unread"));
        browser.form().formParam("value", "true").formParam("back", "https://evil.example/")
                .post("/library/clips/" + id + "/favorite").then().statusCode(303)
                .header("Location", containsString("/library/clips/" + id));
        browser.form().formParam("tags", " Sea , birds,sea").post("/library/clips/" + id + "/tags")
                .then().statusCode(303);
        given().header("Authorization", "Bearer test-token").get("/api/clips/" + id).then()
                .body("archived", equalTo(true)).body("favorite", equalTo(true))
                .body("tags", equalTo(List.of("birds", "sea")));
    }

    @Test
    void deleteAsksFirstThenDeletes() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        int id = clip("https://pages.example/delete", "Delete target", "To be deleted after confirmation.");
        browser.request().get("/library/clips/" + id + "/delete").then().statusCode(200)
                .body(containsString("Delete this clip?"));
        browser.form().post("/library/clips/" + id + "/delete").then().statusCode(303);
        given().header("Authorization", "Bearer test-token").get("/api/clips/" + id).then().statusCode(404);
        browser.request().get("/library/clips/" + id).then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("No clip has the id"));
    }

    @Test
    void badFilterValuesAre400PagesNever500() {
        SignedInBrowser browser = SignedInBrowser.signIn();
        browser.request().get("/library?show=everything").then().statusCode(400).contentType(ContentType.HTML);
        browser.request().get("/library?page=-3").then().statusCode(400).contentType(ContentType.HTML);
        browser.request().get("/library?q=" + "x".repeat(600)).then().statusCode(400);
    }
}
