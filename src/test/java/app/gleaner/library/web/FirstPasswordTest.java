package app.gleaner.library.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import app.gleaner.config.GleanerConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A new server without {@code GLEANER_PASSWORD}: its owner chooses a password in the browser (proven by the API
 * token), signs in with it, then changes it. The steps run in order on one server with a data dir of its own, as a
 * reader would take them.
 */
@QuarkusTest
@TestProfile(FirstPasswordTest.FreshDataDir.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstPasswordTest {

    /** A data dir no other test uses, new for each test JVM, so no password has been chosen when it starts. */
    public static class FreshDataDir implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gleaner.data-dir", "target/test-data-first-password-" + ProcessHandle.current().pid());
        }
    }

    private static final String PASSWORD = "gannet cliffs at dawn";
    private static final String NEW_PASSWORD = "puffin burrows at noon";
    private static final String NEXT = "/library?show=all";

    @Inject
    GleanerConfig config;

    @Test
    @Order(1)
    void signInPageOffersToChooseAPasswordOnALabelledForm() {
        String login = given().queryParam("next", NEXT).get("/login").then().statusCode(200).extract().asString();
        assertThat(login).contains("<label for=\"secret\">API token</label>",
                "<a href=\"/login/password?next=%2Flibrary%3Fshow%3Dall\">Choose a password</a>");

        String form = given().queryParam("next", NEXT).get("/login/password").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(form).contains("<label for=\"token\">API token</label>", "<label for=\"password\">New password",
                "<label for=\"repeat\">New password again", "minlength=\"10\"", "At least 10 characters",
                "name=\"next\" value=\"/library?show=all\"", "action=\"/login/password\"");
        assertThat(form.split("autocomplete=\"new-password\"", -1)).hasSize(3);
        assertThat(form).doesNotContain("aria-invalid");
    }

    @Test
    @Order(2)
    void choosingNeedsTheTokenAndALongEnoughPasswordTypedTwiceAndSaysWhatWasWrong() {
        String wrongToken = choose("not-the-token", PASSWORD, PASSWORD).then().statusCode(401)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(wrongToken).contains("That is not the API token", "id=\"choose-error\"",
                "name=\"next\" value=\"/library?show=all\"", "name=\"token\"")
                .doesNotContain(PASSWORD).doesNotContain("not-the-token");
        assertThat(wrongToken).containsPattern("id=\"token\"[^>]*aria-invalid=\"true\"");

        String tooShort = choose("test-token", "short", "short").then().statusCode(400).extract().asString();
        assertThat(tooShort).contains("at least 10 characters; that one has 5.").doesNotContain("value=\"short\"");
        assertThat(tooShort).containsPattern("id=\"password\"[^>]*aria-invalid=\"true\"");
        String differ = choose("test-token", PASSWORD, PASSWORD + "!").then().statusCode(400).extract().asString();
        assertThat(differ).contains("The two new passwords differ").doesNotContain(PASSWORD);
        assertThat(differ).containsPattern("id=\"repeat\"[^>]*aria-invalid=\"true\"");
        choose("test-token", "x".repeat(1025), "x".repeat(1025)).then().statusCode(400)
                .body(containsString("at most 1024 characters"));
        given().contentType("application/x-www-form-urlencoded").formParam("next", NEXT).post("/login/password")
                .then().statusCode(400).body(containsString("at least 10 characters"));

        assertThat(passwordFile()).doesNotExist();
        given().formParam("secret", PASSWORD).post("/login").then().statusCode(401);
    }

    @Test
    @Order(3)
    void theChosenPasswordSignsInBesideTheTokenAndCannotBeChosenAgain() throws IOException {
        Response chosen = choose("test-token", PASSWORD, PASSWORD);
        chosen.then().statusCode(303).header("Location", endsWith(NEXT));
        given().cookie("gleaner_session", chosen.cookie("gleaner_session")).get("/library").then().statusCode(200);

        String stored = Files.readString(passwordFile());
        assertThat(stored).startsWith("$pbkdf2-sha256$i=600000$").doesNotContain(PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())))
                .isEqualTo("rw-------");

        signIn(PASSWORD).then().statusCode(303).header("Set-Cookie", containsString("gleaner_session="));
        signIn("test-token").then().statusCode(303);
        signIn(NEW_PASSWORD).then().statusCode(401)
                .body(containsString("That is neither the API token nor the password."));
        given().header("Authorization", "Bearer " + PASSWORD).get("/api/clips").then().statusCode(401);

        String again = choose("test-token", NEW_PASSWORD, NEW_PASSWORD).then().statusCode(409).extract().asString();
        assertThat(again).contains("A password has been chosen already").doesNotContain("name=\"token\"");
        assertThat(Files.readString(passwordFile())).isEqualTo(stored);
        assertThat(given().get("/login/password").then().statusCode(200).extract().asString())
                .contains("chosen already").doesNotContain("<form");
        assertThat(given().get("/login").then().statusCode(200).extract().asString())
                .contains("API token or password").doesNotContain("/login/password");
    }

    @Test
    @Order(4)
    void changingNeedsCsrfAndTheCurrentPasswordThenSignsEveryOtherBrowserOut() {
        SignedInBrowser here = SignedInBrowser.signIn(PASSWORD);
        SignedInBrowser elsewhere = SignedInBrowser.signIn("test-token");
        String form = here.request().get("/library/password").then().statusCode(200).extract().asString();
        assertThat(form).contains("<label for=\"current\">Current password or API token</label>",
                "autocomplete=\"current-password\"", "name=\"csrf\" value=\"" + here.csrf + "\"");
        assertThat(form.split("autocomplete=\"new-password\"", -1)).hasSize(3);

        here.request().contentType("application/x-www-form-urlencoded").formParam("csrf", elsewhere.csrf)
                .formParam("current", PASSWORD).formParam("password", NEW_PASSWORD)
                .formParam("repeat", NEW_PASSWORD).post("/library/password").then().statusCode(403);
        change(here, "not my password", NEW_PASSWORD, NEW_PASSWORD).then().statusCode(403)
                .body(containsString("That is neither your current password nor the API token."));
        change(here, PASSWORD, "short", "short").then().statusCode(400).body(containsString("at least 10"));
        change(here, PASSWORD, NEW_PASSWORD, PASSWORD).then().statusCode(400).body(containsString("differ"));
        elsewhere.request().get("/library").then().statusCode(200);

        Response changed = change(here, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        changed.then().statusCode(303).header("Location", endsWith("/library/password?changed=1"));
        String newCookie = changed.cookie("gleaner_session");
        given().cookie("gleaner_session", newCookie).get("/library/password?changed=1").then().statusCode(200)
                .body(containsString("Your new password is set"));

        here.request().get("/library").then().statusCode(303).header("Location", containsString("/login"));
        elsewhere.request().get("/library").then().statusCode(303).header("Location", containsString("/login"));
        signIn(PASSWORD).then().statusCode(401);
        signIn(NEW_PASSWORD).then().statusCode(303);

        SignedInBrowser again = SignedInBrowser.withCookie(newCookie);
        change(again, "test-token", PASSWORD, PASSWORD).then().statusCode(303);
        signIn(PASSWORD).then().statusCode(303);
    }

    private Path passwordFile() {
        return config.dataDir().resolve("password");
    }

    private static Response choose(String token, String password, String repeat) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("token", token).formParam("password", password).formParam("repeat", repeat)
                .formParam("next", NEXT).post("/login/password");
    }

    private static Response change(SignedInBrowser browser, String current, String password, String repeat) {
        return browser.form().formParam("current", current).formParam("password", password)
                .formParam("repeat", repeat).post("/library/password");
    }

    private static Response signIn(String secret) {
        return given().redirects().follow(false).formParam("secret", secret).post("/login");
    }
}
