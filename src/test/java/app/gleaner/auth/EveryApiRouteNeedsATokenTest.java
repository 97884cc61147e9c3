package app.gleaner.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code /api} route and method in the route table answers 401 problem+json without a valid token. */
@QuarkusTest
class EveryApiRouteNeedsATokenTest {

    static Stream<RouteTable.Route> apiRoutes() {
        return RouteTable.all().stream().filter(RouteTable.Route::isApi);
    }

    @Test
    void theRouteTableListsTheClipApi() {
        List<String> routes = RouteTable.all().stream().map(RouteTable.Route::toString).toList();
        assertThat(routes).contains("POST /api/clips", "GET /api/clips", "GET /api/clips/{id}",
                "PATCH /api/clips/{id}", "DELETE /api/clips/{id}", "POST /api/extract");
    }

    @ParameterizedTest
    @MethodSource("apiRoutes")
    void routeAnswers401WithoutAToken(RouteTable.Route route) {
        refused(given(), route);
    }

    @ParameterizedTest
    @MethodSource("apiRoutes")
    void routeAnswers401WithAWrongToken(RouteTable.Route route) {
        refused(given().header("Authorization", "Bearer test-token-but-longer"), route);
        refused(given().header("Authorization", "Basic dGVzdC10b2tlbg=="), route);
    }

    private static void refused(RequestSpecification request, RouteTable.Route route) {
        request.contentType(ContentType.JSON).body("{\"url\":\"https://a.example/\",\"html\":\"<p>x</p>\"}")
                .request(route.method(), route.path("1"))
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }
}
