package app.gleaner.library.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Past {@code gleaner.sign-in-attempts-per-minute} password checks, the sign-in page answers 429 with
 * {@code Retry-After} without checking, while the API token still signs in.
 */
@QuarkusTest
@TestProfile(SignInBudgetTest.TwoChecksAMinute.class)
class SignInBudgetTest {

    public static class TwoChecksAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gleaner.password", "correct horse battery staple",
                    "gleaner.sign-in-attempts-per-minute", "2");
        }
    }

    @Test
    void guessesPastTheBudgetAre429UncheckedAndTheTokenStillSignsIn() {
        given().formParam("secret", "guess one").post("/login").then().statusCode(401);
        given().formParam("secret", "guess two").post("/login").then().statusCode(401);
        given().formParam("secret", "correct horse battery staple").post("/login").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9]|[12][0-9]|30")).body(containsString("Too many sign-in attempts"));
        given().redirects().follow(false).formParam("secret", "test-token").post("/login")
                .then().statusCode(303).header("Set-Cookie", containsString("gleaner_session="));
    }
}
