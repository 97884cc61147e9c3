package app.gleaner.library.web;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A REST Assured "browser" signed in to the library: the session cookie, and the CSRF token of its pages. */
final class SignedInBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

    final String cookie;
    final String csrf;

    private SignedInBrowser(String cookie, String csrf) {
        this.cookie = cookie;
        this.csrf = csrf;
    }

    static SignedInBrowser signIn() {
        return signIn("test-token");
    }

    /** Signs in with {@code secret}: the API token or the password. */
    static SignedInBrowser signIn(String secret) {
        Response login = given().redirects().follow(false).formParam("secret", secret)
                .formParam("next", "/library").post("/login");
        return withCookie(login.then().statusCode(303).extract().cookie("gleaner_session"));
    }

    /** The browser holding {@code cookie}, with the CSRF token of its pages. */
    static SignedInBrowser withCookie(String cookie) {
        String page = given().cookie("gleaner_session", cookie).get("/library").then().statusCode(200)
                .extract().asString();
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the library page");
        }
        return new SignedInBrowser(cookie, matcher.group(1));
    }

    RequestSpecification request() {
        return given().redirects().follow(false).cookie("gleaner_session", cookie);
    }

    RequestSpecification form() {
        return request().contentType("application/x-www-form-urlencoded").formParam("csrf", csrf);
    }
}
