package app.gleaner.extract;

/**
 * How much to trust an extracted article, so a stub is never saved silently. Immutable.
 *
 * @param confidence      0 (nothing usable) to 1 (a full article found by the strictest attempt)
 * @param likelyTruncated the found text is much shorter than the article the page declares, or is short behind a
 *                        paywall
 * @param gated           the page says the article is not free: schema.org {@code isAccessibleForFree: false}, or a
 *                        paywall marker from {@code rules/paywall-markers.txt}
 * @param method          what produced the content: one of {@link #SELECTION}, {@link #STRICT},
 *                        {@link #WITHOUT_CLASS_WORDS}, {@link #WITHOUT_CLEANING}, {@link #LONGEST_ATTEMPT},
 *                        {@link #FALLBACK}
 */
public record Extraction(double confidence, boolean likelyTruncated, boolean gated, String method) {

    /** The reader's own selection was used. */
    public static final String SELECTION = "selection";
    /** The first, strictest attempt found enough text. */
    public static final String STRICT = "strict";
    /** Found only after class and id words stopped counting as chrome. */
    public static final String WITHOUT_CLASS_WORDS = "without-class-words";
    /** Found only after conditional cleaning was turned off too. */
    public static final String WITHOUT_CLEANING = "without-cleaning";
    /** Every attempt found little; the longest was kept. */
    public static final String LONGEST_ATTEMPT = "longest-attempt";
    /** Extraction failed; the article holds only what the capture said about itself. */
    public static final String FALLBACK = "fallback";

    /** The signal for an article that could not be extracted at all. */
    public static Extraction failed() {
        return new Extraction(0, true, false, FALLBACK);
    }
}
