package app.gleaner.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A state-changing request from a foreign Origin is refused 403 and changes nothing, even with the token. */
@QuarkusTest
class ForeignOriginTest {

    @TestHTTPResource("/")
    URL server;

    private static RequestSpecification api(String origin) {
        RequestSpecification request = given().header("Authorization", "Bearer test-token");
        return origin == null ? request : request.header("Origin", origin);
    }

    private static Map<String, Object> clip(String url) {
        return Map.of("url", url, "html", "<article><h1>Origin</h1><p>" + "The ferry ran late again. ".repeat(30)
                + "</p></article>");
    }

    @Test
    void postFromAForeignOriginIsRefused403AndSavesNothing() {
        for (String origin : new String[] {"https://evil.example", "null", "http://127.0.0.1:1", "file://",
            "chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil.example"}) {
            api(origin).contentType(ContentType.JSON).body(clip("https://origin.example/foreign"))
                    .post("/api/clips").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403))
                    .body("detail", containsString("origin"));
        }
        api(null).queryParam("q", "origin.example/foreign").get("/api/clips").then().body("total", equalTo(0));
    }

    @Test
    void patchAndDeleteFromAForeignOriginAreRefused403() {
        int id = api(null).contentType(ContentType.JSON).body(clip("https://origin.example/kept"))
                .post("/api/clips").then().statusCode(201).extract().path("id");
        api("https://evil.example").contentType(ContentType.JSON).body(Map.of("title", "Defaced"))
                .patch("/api/clips/" + id).then().statusCode(403).contentType("application/problem+json");
        api("https://evil.example").delete("/api/clips/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        api(null).get("/api/clips/" + id).then().statusCode(200).body("title", equalTo("Origin"));
    }

    @Test
    void theClipperAndTheServersOwnPagesMayPost() {
        String own = server.toString().replaceAll("/$", "");
        api("chrome-extension://abcdefghijklmnopabcdefghijklmnop").contentType(ContentType.JSON)
                .body(clip("https://origin.example/chrome")).post("/api/clips").then().statusCode(201);
        api("moz-extension://0b1e5c53-4c5e-4d0b-a0b5-6bd1f2a3c4d5").contentType(ContentType.JSON)
                .body(clip("https://origin.example/firefox")).post("/api/clips").then().statusCode(201);
        api(own).contentType(ContentType.JSON).body(clip("https://origin.example/own")).post("/api/clips")
                .then().statusCode(201);
    }
}
