package app.gleaner.library.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At start the index takes in every clip it does not hold: what a migration that empties it relies on. */
@QuarkusTest
class SearchIndexBackfillTest {

    @Inject
    SearchIndex searchIndex;

    @Inject
    EntityManager entityManager;

    @Test
    void indexesAtStartTheClipsTheIndexDoesNotHold() {
        int id = SearchTest.clip("https://backfill.example/story", "Lantern keepers",
                "The lanternwick guild met on the pier to count its members.");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("search_posting", "search_doc")) {
                entityManager.createNativeQuery("DELETE FROM " + table + " WHERE clip_id = ?1")
                        .setParameter(1, id).executeUpdate();
            }
        });
        search("lanternwick").body("total", equalTo(0));

        searchIndex.backfill(null);

        search("lanternwick").body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    private static io.restassured.response.ValidatableResponse search(String q) {
        return given().header("Authorization", "Bearer test-token").queryParam("q", q).get("/api/clips").then()
                .statusCode(200);
    }
}
