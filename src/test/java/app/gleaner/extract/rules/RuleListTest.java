package app.gleaner.extract.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleListTest {

    @Test
    void skipsCommentsAndBlankLinesButKeepsIdSelectors() {
        assertEquals(List.of("#cookie-banner", ".modal"), RuleList.parse("# comment\n\n#cookie-banner\n#\n  .modal  \n"));
    }

    @Test
    void failsFastOnAMissingRuleFile() {
        assertThrows(IllegalStateException.class, () -> RuleList.load("no-such-file.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chrome-selectors.txt", "hiding-classes.txt", "paywall-markers.txt", "carousel-slides.txt"})
    void everySelectorRuleParses(String file) {
        List<String> selectors = RuleList.load(file);
        assertFalse(selectors.isEmpty());
        for (String selector : selectors) {
            assertDoesNotThrow(() -> QueryParser.parse(selector), selector);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nag-phrases.txt", "chrome-tokens.txt", "chrome-labels.txt", "tracking-params.txt",
        "credit-prefixes.txt", "credit-suffixes.txt", "dateline-prefixes.txt", "legal-lines.txt",
        "mailing-lines.txt", "byline-stop-words.txt", "byline-prefixes.txt", "byline-openers.txt", "date-words.txt",
        "meta-labels.txt", "disclosure-phrases.txt", "source-labels.txt", "month-names.txt", "date-labels.txt",
        "byline-titles.txt", "advice-disclaimers.txt", "follow-calls.txt", "loading-notes.txt", "skip-links.txt",
        "title-articles.txt"})
    void everyWordListLoads(String file) {
        assertFalse(RuleList.load(file).isEmpty());
    }

    @Test
    void everyPostAndPaymentHostIsABareHostTipJarsMarked() {
        List<String> hosts = RuleList.load("post-and-payment-hosts.txt");
        assertFalse(hosts.isEmpty());
        assertFalse(RuleList.marked(hosts, "$").isEmpty());
        for (String host : hosts) {
            assertTrue(host.matches("\\$?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}") && !host.contains("www."), host);
        }
    }

    @Test
    void splitsAFilesMarkedEntriesFromTheRest() {
        List<String> entries = List.of("!updated", "march", "! posted", "vor");
        assertEquals(List.of("updated", "posted"), RuleList.marked(entries, "!"));
        assertEquals(List.of("march", "vor"), RuleList.unmarked(entries, "!"));
    }
}
