package app.gleaner.extract.clean;

import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.PhraseTrie;
import app.gleaner.extract.rules.RuleList;
import org.jsoup.nodes.Element;

/**
 * A skip link: a link of a few words ({@link #MAX_WORDS}) to a place on the same page that opens as one does ("Skip
 * to more stories", "Zum Inhalt springen", {@code rules/skip-links.txt}). It moves a keyboard past the page's parts
 * and says nothing of the story. A link to another page ("Skip to My Lou", a song) is none, nor a sentence that tells
 * a reader where to go on ("Skip to the shaping step if your dough is already proofed."), nor an episode's chapter
 * ("Skip to 05:12 The harbour"). Where it may stand is {@link LabelledBlocks}'s call. Stateless and thread-safe.
 */
final class SkipLinks {

    /** Words a skip link has at most. */
    static final int MAX_WORDS = 5;
    private static final PhraseTrie OPENINGS = new PhraseTrie(RuleList.loadLowerCase("skip-links.txt"));

    private SkipLinks() {
    }

    /** Whether {@code link}, whose text is {@code text}, is a skip link. */
    static boolean is(Element link, String text) {
        if (!link.nameIs("a") || !link.attr("href").startsWith("#") || TextStats.words(text) > MAX_WORDS
                || TextStats.hasDigit(text)) {
            return false;
        }
        return OPENINGS.longestAt(ChromeLabels.lowered(text.strip()), 0, false) > 0; // at a word's end
    }
}
