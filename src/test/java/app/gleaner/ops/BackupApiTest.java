package app.gleaner.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The tests keep the library in memory (or in PostgreSQL on CI's second run), where there is no file to back up:
 * the answer is a 409 that says why. BackupIT backs up a real H2 file.
 */
@QuarkusTest
class BackupApiTest {

    @Test
    void backupOfADatabaseWithoutAnH2FileIs409ProblemSayingWhy() {
        given().header("Authorization", "Bearer test-token").post("/api/backup").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", anyOf(containsString("in memory"), containsString("pg_dump")));
    }
}
