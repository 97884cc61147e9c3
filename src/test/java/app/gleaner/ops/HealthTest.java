package app.gleaner.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Probes for a supervisor (systemd, a container runtime): no token needed, the database is part of readiness. */
@QuarkusTest
class HealthTest {

    @Test
    void livenessAndReadinessAnswerUpWithoutToken() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(equalTo("Database connections health check")));
    }
}
