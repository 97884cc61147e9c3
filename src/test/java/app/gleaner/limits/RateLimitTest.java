package app.gleaner.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the limit on, a token that spends its burst is answered 429 problem+json with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
class RateLimitTest {

    /** A tiny bucket, so the test reaches the limit in a handful of calls. */
    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gleaner.rate-limit.enabled", "true", "gleaner.rate-limit.burst", "5",
                    "gleaner.rate-limit.per-second", "0.2");
        }
    }

    @Test
    void aTokenOverItsBurstGets429WithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", "Bearer test-token").get("/api/clips").then().statusCode(200);
        }
        given().header("Authorization", "Bearer test-token").get("/api/clips").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-5]"))
                .body("status", equalTo(429))
                .body("detail", containsString("gleaner.rate-limit"));
        given().get("/q/health/ready").then().statusCode(200);
        given().header("Authorization", "Bearer wrong").get("/api/clips").then().statusCode(401)
                .header("WWW-Authenticate", notNullValue());
    }
}
