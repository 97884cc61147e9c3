package app.gleaner.clip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The clip API's contract: shapes, status codes and every error case. */
@QuarkusTest
class ClipApiTest {

    static final String TOKEN = "test-token";

    static RequestSpecification api() {
        return given().header("Authorization", "Bearer " + TOKEN);
    }

    static String articlePage(String title, String paragraph) {
        return """
                <!DOCTYPE html><html lang="en"><head><title>%1$s</title>
                <meta property="og:site_name" content="The Example Gazette"></head>
                <body><article><h1>%1$s</h1>
                <p>%2$s</p>
                <p>The committee met for three hours on Tuesday, and members said afterwards that the plan for the
                new river crossing would go ahead, with work starting in the spring and finishing within two years.</p>
                <p>Residents who had campaigned against the bridge said they would keep pressing for a tunnel, which
                they argue would protect the old quay and the views that draw visitors to the town every summer.</p>
                </article></body></html>""".formatted(title, paragraph);
    }

    static Map<String, Object> clipBody(String url, String title) {
        return Map.of("url", url, "title", title, "html",
                articlePage(title, "A first paragraph about " + title + ", long enough to be an article."));
    }

    static int createClip(String url, String title) {
        return api().contentType(ContentType.JSON).body(clipBody(url, title))
                .post("/api/clips").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsClipWith201LocationAndFullJson() {
        var response = api().contentType(ContentType.JSON)
                .body(clipBody("https://news.example/bridge?utm_source=x", "Bridge approved"))
                .post("/api/clips");
        response.then().statusCode(201)
                .header("Location", containsString("/api/clips/"))
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("url", equalTo("https://news.example/bridge?utm_source=x"))
                .body("title", containsString("Bridge approved"))
                .body("contentHtml", containsString("river crossing"))
                .body("contentText", containsString("river crossing"))
                .body("wordCount", greaterThan(20))
                .body("readingMinutes", greaterThan(0))
                .body("tags", empty())
                .body("archived", equalTo(false))
                .body("favorite", equalTo(false))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("$", hasKey("canonicalUrl"))
                .body("$", hasKey("byline"))
                .body("$", hasKey("siteName"))
                .body("$", hasKey("publishedAt"))
                .body("$", hasKey("excerpt"))
                .body("$", hasKey("leadImageUrl"))
                .body("$", hasKey("language"))
                .body("extraction.confidence", notNullValue())
                .body("extraction.method", notNullValue())
                .body("extraction.gated", equalTo(false));
        int id = response.path("id");
        api().get(response.header("Location")).then().statusCode(200)
                .body("id", equalTo(id))
                .body("contentHtml", containsString("river crossing"));
    }

    @Test
    void sameClientIdReturnsSameClipWith200AndNoSecondRow() {
        String clientId = UUID.randomUUID().toString();
        Map<String, Object> body = new java.util.HashMap<>(clipBody("https://news.example/retry", "Retry"));
        body.put("clientId", clientId);
        int first = api().contentType(ContentType.JSON).body(body).post("/api/clips")
                .then().statusCode(201).extract().path("id");
        body.put("url", "https://news.example/retry-moved");
        api().contentType(ContentType.JSON).body(body).post("/api/clips")
                .then().statusCode(200).body("id", equalTo(first));
        api().queryParam("q", "retry-moved").get("/api/clips").then().body("total", equalTo(0));
    }

    @Test
    void reclipOfSameCanonicalUrlUpdatesAndKeepsTagsAndStatus() {
        int id = createClip("https://news.example/reclip?utm_medium=social", "Reclip first");
        api().contentType(ContentType.JSON)
                .body(Map.of("tags", java.util.List.of("Politics", "later"), "archived", true, "favorite", true))
                .patch("/api/clips/" + id).then().statusCode(200);
        api().contentType(ContentType.JSON).body(clipBody("https://news.example/reclip?fbclid=abc", "Reclip second"))
                .post("/api/clips").then().statusCode(200)
                .body("id", equalTo(id))
                .body("title", containsString("Reclip second"))
                .body("tags", equalTo(java.util.List.of("later", "politics")))
                .body("archived", equalTo(true))
                .body("favorite", equalTo(true));
    }

    @Test
    void extractPreviewsWithoutSaving() {
        api().contentType(ContentType.JSON).body(clipBody("https://news.example/preview-only", "Preview only"))
                .post("/api/extract").then().statusCode(200)
                .body("id", nullValue())
                .body("contentText", containsString("river crossing"))
                .body("title", containsString("Preview only"));
        api().queryParam("q", "preview only").get("/api/clips").then().body("total", equalTo(0));
    }

    @Test
    void listsNewestFirstWithoutBodiesAndFilters() {
        int older = createClip("https://list.example/one", "Listing alpha");
        int newer = createClip("https://list.example/two", "Listing beta");
        api().contentType(ContentType.JSON).body(Map.of("tags", java.util.List.of("kept"), "favorite", true))
                .patch("/api/clips/" + older).then().statusCode(200);

        api().queryParam("q", "listing").get("/api/clips").then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items[0].id", equalTo(newer))
                .body("items[1].id", equalTo(older))
                .body("items[0]", not(hasKey("contentHtml")))
                .body("items[0]", not(hasKey("contentText")));
        api().queryParam("q", "listing").queryParam("tag", "kept").get("/api/clips").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(older));
        api().queryParam("q", "listing").queryParam("favorite", "true").get("/api/clips").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(older));
        api().queryParam("q", "listing").queryParam("archived", "false").queryParam("size", "1")
                .queryParam("page", "1").get("/api/clips").then()
                .body("total", equalTo(2)).body("items.id", equalTo(java.util.List.of(older)));
    }

    @Test
    void searchMatchesBodyText() {
        createClip("https://search.example/quay", "Harbour news");
        api().queryParam("q", "old quay").get("/api/clips").then().statusCode(200)
                .body("items.title", hasItem(containsString("Harbour news")));
    }

    @Test
    void patchChangesTitleTagsArchivedFavorite() {
        int id = createClip("https://patch.example/a", "Patch me");
        api().contentType(ContentType.JSON)
                .body(Map.of("title", "Renamed", "tags", java.util.List.of(" Deep  Reading ", "deep reading", "x, y,"),
                        "archived", true))
                .patch("/api/clips/" + id).then().statusCode(200)
                .body("title", equalTo("Renamed"))
                .body("tags", equalTo(java.util.List.of("deep reading", "x", "y")))
                .body("archived", equalTo(true))
                .body("favorite", equalTo(false));
        api().contentType("application/merge-patch+json").body(Map.of("favorite", true))
                .patch("/api/clips/" + id).then().statusCode(200)
                .body("title", equalTo("Renamed")).body("favorite", equalTo(true));
    }

    @Test
    void deleteAnswers204AndThen404() {
        int id = createClip("https://delete.example/a", "Delete me");
        api().delete("/api/clips/" + id).then().statusCode(204);
        problem(api().get("/api/clips/" + id), 404);
        problem(api().delete("/api/clips/" + id), 404);
    }

    @Test
    void unknownIdIs404Problem() {
        problem(api().get("/api/clips/987654321"), 404).body("detail", containsString("987654321"));
        problem(api().contentType(ContentType.JSON).body(Map.of("archived", true)).patch("/api/clips/987654321"), 404);
        problem(api().get("/api/clips/not-a-number"), 404);
    }

    @Test
    void missingTokenIs401Problem() {
        problem(given().get("/api/clips"), 401).header("WWW-Authenticate", startsWith("Bearer"));
        problem(given().contentType(ContentType.JSON).body(clipBody("https://a.example/", "x")).post("/api/clips"),
                401);
        problem(given().get("/api/no-such-route"), 401);
    }

    @Test
    void wrongTokenIs401Problem() {
        problem(given().header("Authorization", "Bearer wrong").get("/api/clips"), 401);
        problem(given().header("Authorization", "Basic dGVzdC10b2tlbg==").get("/api/clips"), 401);
    }

    @Test
    void malformedJsonIs400Problem() {
        problem(api().contentType(ContentType.JSON).body("{\"url\": ").post("/api/clips"), 400);
        problem(api().contentType(ContentType.JSON).body("[1,2]").post("/api/clips"), 400);
        problem(api().contentType(ContentType.JSON).body("{\"url\": {}, \"html\": \"x\"}").post("/api/clips"), 400);
        problem(api().contentType(ContentType.JSON).body("").post("/api/clips"), 400);
        problem(api().contentType(ContentType.JSON).body("null").post("/api/clips"), 400);
    }

    @Test
    void missingOrInvalidFieldsAre400ProblemNamingTheField() {
        problem(post(Map.of("html", "<p>x</p>")), 400).body("detail", containsString("url"));
        problem(post(Map.of("url", "https://a.example/")), 400).body("detail", containsString("html"));
        problem(post(Map.of("url", "https://a.example/", "html", "   ")), 400).body("detail", containsString("html"));
        for (String url : new String[] {"ftp://a.example/x", "javascript:alert(1)", "file:///etc/passwd",
                "data:text/html,hi", "not a url", "https://", "/relative/path"}) {
            problem(post(Map.of("url", url, "html", "<p>x</p>")), 400).body("detail", containsString("url"));
        }
        problem(post(Map.of("url", "https://a.example/", "html", "<p>x</p>", "clientId", "nope")), 400)
                .body("detail", containsString("clientId"));
        problem(post(Map.of("url", "https://a.example/" + "x".repeat(9000), "html", "<p>x</p>")), 400);
    }

    @Test
    void badPatchIs400Problem() {
        int id = createClip("https://patch.example/bad", "Bad patch");
        problem(api().contentType(ContentType.JSON).body(Map.of("wordCount", 3)).patch("/api/clips/" + id), 400);
        problem(api().contentType(ContentType.JSON).body(Map.of("title", "  ")).patch("/api/clips/" + id), 400);
        problem(api().contentType(ContentType.JSON).body(Map.of("archived", "perhaps")).patch("/api/clips/" + id),
                400);
        problem(api().contentType(ContentType.JSON).body("{\"tags\": \"one\"}").patch("/api/clips/" + id), 400);
        problem(api().contentType(ContentType.JSON).body(Map.of("tags", java.util.List.of("x".repeat(101))))
                .patch("/api/clips/" + id), 400);
    }

    @Test
    void titleWithNulOrOtherControlCharactersIs400Problem() {
        problem(post(Map.of("url", "https://a.example/nul", "title", "a\u0000b", "html", "<p>x</p>")), 400)
                .body("detail", containsString("title"));
        int id = createClip("https://patch.example/nul", "Nul patch");
        problem(api().contentType(ContentType.JSON).body(Map.of("title", "bell\u0007")).patch("/api/clips/" + id),
                400).body("detail", containsString("title"));
        api().contentType(ContentType.JSON).body(Map.of("title", "Tabs\tand\nbreaks")).patch("/api/clips/" + id)
                .then().statusCode(200);
    }

    @Test
    void badListParametersAre400Problem() {
        problem(api().queryParam("page", "-1").get("/api/clips"), 400);
        problem(api().queryParam("page", "two").get("/api/clips"), 400);
        problem(api().queryParam("size", "0").get("/api/clips"), 400);
        problem(api().queryParam("size", "1000").get("/api/clips"), 400);
        problem(api().queryParam("archived", "yes").get("/api/clips"), 400);
        problem(api().queryParam("q", "a\u0000b").get("/api/clips"), 400);
    }

    @Test
    void bodyOverLimitIs413ProblemAndSavesNothing() {
        String huge = "<p>" + "word ".repeat(220_000) + "</p>";
        problem(post(Map.of("url", "https://big.example/page", "title", "Too big", "html", huge)), 413);
        api().queryParam("q", "big.example").get("/api/clips").then().body("total", equalTo(0));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        problem(api().contentType(ContentType.TEXT).body("url=https://a.example/").post("/api/clips"), 415);
        problem(api().contentType("application/x-www-form-urlencoded").body("url=x").post("/api/extract"), 415);
    }

    @Test
    void wrongMethodIs405Problem() {
        problem(api().put("/api/clips"), 405);
    }

    @Test
    void everyErrorIsProblemJsonNeverServerError() {
        String[] bodies = {"{", "}", "\"text\"", "123", "{\"url\":1,\"html\":2}", "{\"url\":[],\"html\":[]}",
            "{\"url\":\"https://a.example/\",\"html\":\"\\u0000\"}", "{\"url\":\"https://a.example/\",\"html\":true}",
            "{\"url\":\"https://a.example/\",\"html\":\"<p>x</p>\",\"clientId\":5}"};
        for (String body : bodies) {
            api().contentType(ContentType.JSON).body(body).post("/api/clips").then()
                    .statusCode(org.hamcrest.Matchers.lessThan(500));
        }
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return api().contentType(ContentType.JSON).body(body).post("/api/clips");
    }

    static io.restassured.response.ValidatableResponse problem(io.restassured.response.Response response,
            int status) {
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    @Test
    void listItemsHaveSummaryFields() {
        createClip("https://summary.example/a", "Summary fields");
        api().queryParam("q", "summary fields").get("/api/clips").then()
                .body("items", everyItem(hasKey("title")))
                .body("items", everyItem(hasKey("tags")))
                .body("items", everyItem(hasKey("readingMinutes")));
    }
}
