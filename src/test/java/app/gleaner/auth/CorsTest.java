package app.gleaner.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** CORS admits the clipper's extension origins and nothing else. */
@QuarkusTest
class CorsTest {

    private static final String CHROME_EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
    private static final String FIREFOX_EXTENSION = "moz-extension://0b1e5c53-4c5e-4d0b-a0b5-6bd1f2a3c4d5";

    @Test
    void preflightFromAForeignOriginGetsNoAllowOrigin() {
        for (String origin : new String[] {"https://evil.example", "null", "http://localhost.evil.example",
            "chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil.example", "chrome-extension://short"}) {
            preflight(origin, "POST").then().header("Access-Control-Allow-Origin", nullValue());
            preflight(origin, "DELETE").then().header("Access-Control-Allow-Origin", nullValue());
        }
    }

    @Test
    void preflightFromTheClipperIsAllowed() {
        for (String origin : new String[] {CHROME_EXTENSION, FIREFOX_EXTENSION}) {
            preflight(origin, "POST").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo(origin));
        }
    }

    @Test
    void simpleGetFromAForeignOriginGetsNoAllowOrigin() {
        given().header("Origin", "https://evil.example").header("Authorization", "Bearer test-token")
                .get("/api/clips").then().header("Access-Control-Allow-Origin", nullValue());
    }

    private static io.restassured.response.Response preflight(String origin, String method) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/clips");
    }
}
