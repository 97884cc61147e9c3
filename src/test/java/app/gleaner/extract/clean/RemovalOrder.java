package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Checks that a stage logs what it removes in the order the page shows it, however identity hashes fall. */
final class RemovalOrder {

    private RemovalOrder() {
    }

    /**
     * Runs {@code stage} on twenty fresh parses of {@code html}, drawing identity hashes between them as other requests
     * would, and checks each time that the log holds {@code entries} entries, the first opening with {@code first}.
     */
    static void assertLoggedInPageOrder(BiConsumer<Element, RemovalLog> stage, String html, int entries, String first) {
        for (int run = 0; run < 20; run++) {
            for (int taken = 0; taken < run; taken++) {
                System.identityHashCode(new Object());
            }
            Element article = Jsoup.parse("<div id=a>" + html + "</div>", "https://www.ferries.example/news/winter")
                    .getElementById("a");
            RemovalLog log = new RemovalLog();
            stage.accept(article, log);
            assertEquals(entries, log.entries().size(), log.entries().toString());
            assertTrue(log.entries().get(0).startsWith(first), log.entries().toString());
        }
    }
}
