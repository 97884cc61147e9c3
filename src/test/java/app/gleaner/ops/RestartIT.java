package app.gleaner.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged application as a self-hoster does — no configuration but a data dir — stops it, starts it again
 * and finds the library as it was, with the generated token kept. Uses the native binary when the build made one.
 */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void libraryAndGeneratedTokenSurviveARestart() throws Exception {
        PackagedServer server = new PackagedServer(application(), dataDir, Map.of(), List.of());
        String body;
        String token;
        try {
            server.start();
            token = server.token();
            int id = api(server, token).contentType(ContentType.JSON)
                    .body(Map.of("url", "https://restart.example/story", "title", "Kept across restarts",
                            "html", "<article><h1>Kept across restarts</h1><p>" + "The harbour wall held. ".repeat(40)
                                    + "</p></article>"))
                    .post("/api/clips").then().statusCode(201).extract().path("id");
            body = api(server, token).get("/api/clips/" + id).then().statusCode(200).extract().path("contentHtml");
        } finally {
            server.stop();
        }

        try {
            server.start();
            int id = api(server, token).get("/api/clips").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].title", equalTo("Kept across restarts"))
                    .extract().path("items[0].id");
            String again = api(server, token).get("/api/clips/" + id).then().extract().path("contentHtml");
            assertThat(again).isEqualTo(body);
        } finally {
            server.stop();
        }
    }

    private static RequestSpecification api(PackagedServer server, String token) {
        return given().baseUri(server.baseUri()).header("Authorization", "Bearer " + token);
    }

    private static Path application() {
        String nativeImage = System.getProperty("native.image.path");
        return nativeImage != null && Files.isExecutable(Path.of(nativeImage)) ? Path.of(nativeImage)
                : PackagedServer.DEFAULT_JAR;
    }
}
