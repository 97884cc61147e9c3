package app.gleaner.library.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search through the API: ranking, highlighted and escaped snippets, and an index that follows every change. */
@QuarkusTest
class SearchTest {

    private static RequestSpecification api() {
        return given().header("Authorization", "Bearer test-token");
    }

    static int clip(String url, String title, String body) {
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
                + body + "</p><p>" + "Further paragraphs keep the article long enough to be found as one. ".repeat(8)
                + "</p></article></body></html>";
        return api().contentType(ContentType.JSON).body(Map.of("url", url, "html", html, "title", title))
                .post("/api/clips").then().statusCode(201).extract().path("id");
    }

    @Test
    void ranksATitleMatchAboveABodyMention() {
        int mention = clip("https://rank.example/mention", "Harbour report",
                "The weekly report mentions a zephyrine breeze once, in passing, near the end.");
        int title = clip("https://rank.example/title", "Zephyrine winds return",
                "Sailors say the zephyrine wind is back after a long absence from the bay.");
        api().queryParam("q", "zephyrine").get("/api/clips").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(title, mention)));
    }

    @Test
    void requiresEveryTermAndMatchesTheLastAsAPrefix() {
        int id = clip("https://rank.example/prefix", "Quillwort survey",
                "Botanists counted quillwort plants along the marrowbone shore this summer.");
        api().queryParam("q", "quillwort marrowbo").get("/api/clips").then()
                .body("items.id", equalTo(List.of(id)));
        api().queryParam("q", "quillwort nonexistentword").get("/api/clips").then().body("total", equalTo(0));
    }

    @Test
    void aLastTermThatIsAWordOfTheLibraryIsNotExpanded() {
        int word = clip("https://rank.example/word", "Wallaby count", "Rangers counted quokkas at dawn.");
        int longer = clip("https://rank.example/longer", "Sanctuary news", "The quokkasanctuary opened in June.");
        api().queryParam("q", "quokkas").get("/api/clips").then().body("items.id", equalTo(List.of(word)));
        api().queryParam("q", "quokkasanc").get("/api/clips").then().body("items.id", equalTo(List.of(longer)))
                .body("items[0].snippet", containsString("<mark>quokkasanctuary</mark>"));
    }

    @Test
    void snippetHighlightsMatchesAndEscapesMarkup() {
        clip("https://rank.example/snippet", "Escaping check",
                "The &lt;b&gt;wobbegong&lt;/b&gt; shark rests on the reef floor by day.");
        api().queryParam("q", "wobbegong").get("/api/clips").then()
                .body("items[0].snippet", containsString("<mark>wobbegong</mark>"))
                .body("items[0].snippet", containsString("&lt;b&gt;"))
                .body("items[0].snippet", not(containsString("<b>")));
        api().get("/api/clips").then().body("items[0].snippet", equalTo(null));
    }

    @Test
    void findsAThaiWordInsideARunWithoutSpacesAndTellsHindiVowelsApart() {
        int thai = clip("https://rank.example/thai", "Lighthouse notes",
                "ประภาคารเก่าแก่ตั้งอยู่บนแหลมหินทางทิศเหนือ");
        int hindi = clip("https://rank.example/hindi", "Market notes", "गाँव में मिल खुली है।");
        api().queryParam("q", "แหลม ").get("/api/clips").then().body("items.id", equalTo(List.of(thai)))
                .body("items[0].snippet", containsString("<mark>แหลม</mark>"));
        api().queryParam("q", "मिल ").get("/api/clips").then().body("items.id", equalTo(List.of(hindi)));
        api().queryParam("q", "मल ").get("/api/clips").then().body("total", equalTo(0));
    }

    @Test
    void deletedClipsDisappearFromResults() {
        int id = clip("https://rank.example/deleted", "Gone soon", "A note on the bathyscaphe dive log.");
        api().queryParam("q", "bathyscaphe").get("/api/clips").then().body("total", equalTo(1));
        api().delete("/api/clips/" + id).then().statusCode(204);
        api().queryParam("q", "bathyscaphe").get("/api/clips").then().body("total", equalTo(0));
    }

    @Test
    void renamedTitleIsSearchableAndTheOldOneIsNot() {
        int id = clip("https://rank.example/renamed", "Oldname heading", "Body about coastal ferries.");
        api().contentType(ContentType.JSON).body(Map.of("title", "Newname heading"))
                .patch("/api/clips/" + id).then().statusCode(200);
        api().queryParam("q", "newname").get("/api/clips").then().body("items.id", equalTo(List.of(id)));
        api().queryParam("q", "oldname").get("/api/clips").then().body("total", equalTo(0));
    }

    @Test
    void filtersApplyToSearchResults() {
        int kept = clip("https://rank.example/filter-a", "Sandpiper one", "Sandpiper flocks at dawn.");
        clip("https://rank.example/filter-b", "Sandpiper two", "Sandpiper flocks at dusk.");
        api().contentType(ContentType.JSON).body(Map.of("archived", true, "tags", List.of("birds")))
                .patch("/api/clips/" + kept).then().statusCode(200);
        api().queryParam("q", "sandpiper").queryParam("archived", "true").get("/api/clips").then()
                .body("items.id", equalTo(List.of(kept)));
        api().queryParam("q", "sandpiper").queryParam("tag", "birds").get("/api/clips").then()
                .body("items.id", equalTo(List.of(kept)));
        api().queryParam("q", "sandpiper").get("/api/clips").then().body("total", equalTo(2));
    }
}
