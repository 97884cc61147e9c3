package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SkipLinksTest {

    private static boolean isSkipLink(String link) {
        Element a = Jsoup.parseBodyFragment(link).selectFirst("a");
        return SkipLinks.is(a, a.text());
    }

    @Test
    void readsAShortLinkToAPlaceOnThePageThatOpensAsASkipLinkDoes() {
        assertTrue(isSkipLink("<a href=#more>Skip to more stories</a>"));
        assertTrue(isSkipLink("<a href=#main>Zum Inhalt springen</a>"));
        assertTrue(isSkipLink("<a href=#content>Aller au contenu</a>"));
    }

    @Test
    void leavesLinksElsewhereLongerSentencesAndOtherWords() {
        assertFalse(isSkipLink("<a href=/songs/skip-to-my-lou>Skip to My Lou</a>"), "a song's page");
        assertFalse(isSkipLink("<a href=#shaping>Skip to the shaping step if your dough is already proofed</a>"));
        assertFalse(isSkipLink("<a href=#results>Skipper of the year</a>"));
        assertFalse(isSkipLink("<a href=#t=312>Skip to 05:12 The harbour</a>"), "an episode's chapter");
    }
}
