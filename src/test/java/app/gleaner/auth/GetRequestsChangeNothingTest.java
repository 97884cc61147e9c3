package app.gleaner.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every GET route in the route table, with good and bad parameters, leaves every row of the library exactly as it
 * was: reading never writes, so a link or an image elsewhere can never change the library.
 */
@QuarkusTest
class GetRequestsChangeNothingTest {

    private static final List<String> TABLES = List.of("clip", "clip_tag");

    @Inject
    AgroalDataSource database;

    @Test
    void getRequestsLeaveTheDatabaseUnchanged() throws SQLException {
        int id = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("url", "https://reading.example/only", "html", "<article><h1>Read only</h1><p>"
                        + "Nothing here should change when read. ".repeat(30) + "</p></article>"))
                .post("/api/clips").then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("tags", List.of("kept"), "favorite", true)).patch("/api/clips/" + id)
                .then().statusCode(200);
        String before = snapshot();

        List<RouteTable.Route> gets = RouteTable.all().stream().filter(r -> r.method().equals("GET")).toList();
        assertThat(gets).isNotEmpty();
        for (RouteTable.Route route : gets) {
            for (String param : new String[] {String.valueOf(id), "987654321", "-1", "x"}) {
                for (String query : new String[] {"", "?q=read&tag=kept&archived=true&favorite=false&page=0&size=5",
                    "?archived=maybe", "?size=0", "?read=true&delete=1&archived=true"}) {
                    given().header("Authorization", "Bearer test-token").get(route.path(param) + query);
                    given().get(route.path(param) + query);
                }
            }
        }
        given().get("/q/health/ready").then().statusCode(200);

        assertThat(snapshot()).isEqualTo(before);
    }

    /** Every row of every library table, in key order, as text. */
    private String snapshot() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("select * from " + table + " order by 1, 2")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        out.append(table).append(':');
                        for (int c = 1; c <= columns; c++) {
                            out.append(rows.getString(c)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        assertThat(out).contains("reading.example/only");
        return out.toString();
    }
}
