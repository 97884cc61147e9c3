package app.gleaner.extract;

import app.gleaner.extract.clean.ContinuationWalls;
import app.gleaner.extract.meta.JsonLd;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import app.gleaner.extract.rules.SelectorGroup;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Judges an extraction from general signals: how the content was found (the degradation step), how much text it
 * has, whether the page declares a longer article ({@code articleBody} in JSON-LD) than was found, and whether the
 * article is gated ({@code isAccessibleForFree: false} in JSON-LD, as a boolean or a string, a paywall marker from
 * {@code rules/paywall-markers.txt}, or a wall that says the reading goes on behind it, {@link ContinuationWalls}).
 * Markers are read from the page before overlays are removed, and walls as the overlay stage removes them, since a
 * paywall is itself an overlay.
 * Immutable and thread-safe once built.
 */
public final class ExtractionSignal {

    /** Found text below this share of the declared {@code articleBody} words is likely truncated. */
    public static final double TRUNCATED_SHARE = 0.6;
    /** A declared article body shorter than this many words is not trusted to measure truncation. */
    public static final int MIN_DECLARED_WORDS = 80;
    /** Found text shorter than this many words is short: a teaser, behind a paywall. */
    public static final int SHORT_ARTICLE_WORDS = 150;
    /** Confidence factors per method: each degradation step trusts the result less. */
    public static final double WITHOUT_CLASS_WORDS_FACTOR = 0.85;
    public static final double WITHOUT_CLEANING_FACTOR = 0.7;
    public static final double LONGEST_ATTEMPT_FACTOR = 0.5;
    /** Confidence factor for a likely truncated article. */
    public static final double TRUNCATED_FACTOR = 0.4;

    private final SelectorGroup paywallMarkers;

    /** Markers from the bundled rule file. */
    public ExtractionSignal() {
        this(RuleList.load("paywall-markers.txt"));
    }

    ExtractionSignal(List<String> paywallMarkers) {
        this.paywallMarkers = SelectorGroup.of(paywallMarkers);
    }

    /**
     * What the page says of a gate, read before overlays are removed: a paywall marker, and the walls it showed in
     * place of the rest of the article, which the overlay stage saw go ({@link ContinuationWalls.Watch}).
     *
     * @param marker a selector of {@code rules/paywall-markers.txt} matches
     * @param walls  the walls the page showed
     */
    public record Gate(boolean marker, ContinuationWalls.Seen walls) {
        /** A page that says nothing of a gate. */
        public static final Gate NONE = new Gate(false, ContinuationWalls.Seen.NONE);
    }

    /** True when {@code page} (before overlay removal) carries a paywall marker. */
    public boolean hasPaywallMarker(Document page) {
        return paywallMarkers.matchesAny(page);
    }

    /**
     * The signal for the text {@code foundText} found by {@code method}; {@code declared} is the page's JSON-LD (may be
     * null), {@code gate} what the page said of a gate. The article is gated when the page declares it not free, shows
     * a marker (unless the article's block declares it free), lays a wall over itself or was cut by one; truncated
     * when the text is much shorter than the declared body, when it is short behind a gate (Chinese and Japanese
     * characters counting half a word), or when a wall in the page's flow stood right where the text stops.
     */
    Extraction judge(String method, String foundText, JsonLd declared, Gate gate) {
        boolean cut = gate.walls().cuts(foundText);
        Boolean free = declared == null ? null : declared.accessibleForFree();
        boolean declaredFree = declared != null && declared.articleDeclaredFree();
        // a page that declares the article free shows a paywall's class on a nudge to subscribe, not on a wall
        boolean gated = gate.marker() && !declaredFree || gate.walls().laidOver() || cut
                || Boolean.FALSE.equals(free);
        int foundWords = TextStats.words(foundText);
        int teaserWords = TextStats.wordsCjkHalved(foundText); // a teaser tells as much in half the characters
        int declaredWords = declared == null ? 0 : TextStats.words(declared.articleBody());
        boolean shorterThanDeclared = declaredWords >= MIN_DECLARED_WORDS
                && foundWords < declaredWords * TRUNCATED_SHARE;
        boolean truncated = shorterThanDeclared || cut || gated && teaserWords < SHORT_ARTICLE_WORDS;
        double confidence = switch (method) {
            case Extraction.STRICT, Extraction.SELECTION -> 1.0;
            case Extraction.WITHOUT_CLASS_WORDS -> WITHOUT_CLASS_WORDS_FACTOR;
            case Extraction.WITHOUT_CLEANING -> WITHOUT_CLEANING_FACTOR;
            case Extraction.LONGEST_ATTEMPT -> LONGEST_ATTEMPT_FACTOR;
            default -> 0;
        };
        confidence *= Math.min(1.0, (double) foundWords / SHORT_ARTICLE_WORDS);
        if (truncated) {
            confidence *= TRUNCATED_FACTOR;
        }
        return new Extraction(Math.round(confidence * 100) / 100.0, truncated, gated, method);
    }
}
