package app.gleaner.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What a supervisor and a monitor read: probes (the database is part of readiness) and Prometheus metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessAnswerUpWithoutToken() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(equalTo("Database connections health check")));
    }

    @Test
    void metricsCountClipRequests() {
        given().header("Authorization", "Bearer test-token").get("/api/clips").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/clips\""));
    }
}
