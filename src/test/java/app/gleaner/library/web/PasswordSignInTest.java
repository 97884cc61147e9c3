package app.gleaner.library.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code gleaner.password} set, the sign-in page takes the password as well as the API token, and the password
 * can be neither chosen nor changed in the browser.
 */
@QuarkusTest
@TestProfile(PasswordSignInTest.WithPassword.class)
class PasswordSignInTest {

    public static class WithPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gleaner.password", "correct horse battery staple");
        }
    }

    @Test
    void passwordOrTokenSignsInAndTheFormSaysSo() {
        given().get("/login").then().statusCode(200).body(containsString("API token or password"));
        given().redirects().follow(false).formParam("secret", "correct horse battery staple").post("/login")
                .then().statusCode(303).header("Set-Cookie", containsString("gleaner_session="));
        given().redirects().follow(false).formParam("secret", "test-token").post("/login")
                .then().statusCode(303).header("Set-Cookie", containsString("gleaner_session="));
        given().formParam("secret", "correct horse").post("/login").then().statusCode(401)
                .body(containsString("neither the API token nor the password"));
    }

    @Test
    void thePasswordDoesNotOpenTheApi() {
        given().header("Authorization", "Bearer correct horse battery staple").get("/api/clips")
                .then().statusCode(401);
    }

    @Test
    void theConfiguredPasswordCannotBeChosenOrChangedAndThePagesSaySo() {
        String login = given().get("/login").then().statusCode(200).extract().asString();
        assertThat(login).contains("set in Gleaner's configuration").doesNotContain("/login/password");
        assertThat(given().get("/login/password").then().statusCode(200).extract().asString())
                .contains("set in Gleaner's configuration", "GLEANER_PASSWORD").doesNotContain("<form");
        given().contentType("application/x-www-form-urlencoded").formParam("token", "test-token")
                .formParam("password", "a new password here").formParam("repeat", "a new password here")
                .post("/login/password").then().statusCode(409).body(containsString("GLEANER_PASSWORD"));

        SignedInBrowser browser = SignedInBrowser.signIn("correct horse battery staple");
        String page = browser.request().get("/library/password").then().statusCode(200).extract().asString();
        assertThat(page).contains("set in Gleaner's configuration").doesNotContain("name=\"current\"");
        browser.form().formParam("current", "correct horse battery staple")
                .formParam("password", "a new password here").formParam("repeat", "a new password here")
                .post("/library/password").then().statusCode(409).body(containsString("GLEANER_PASSWORD"));

        given().redirects().follow(false).formParam("secret", "correct horse battery staple").post("/login")
                .then().statusCode(303);
        given().formParam("secret", "a new password here").post("/login").then().statusCode(401);
    }
}
