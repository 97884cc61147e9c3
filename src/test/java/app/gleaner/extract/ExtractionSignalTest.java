package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.ExtractionSignal.Gate;
import app.gleaner.extract.clean.ContinuationWalls.Seen;
import app.gleaner.extract.meta.JsonLd;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ExtractionSignalTest {

    private static final ExtractionSignal SIGNAL = new ExtractionSignal();

    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://a.example/");
    }

    private static final Gate MARKED = new Gate(true, Seen.NONE);

    private static String words(int count) {
        return "word ".repeat(count);
    }

    private static String jsonLd(String fields) {
        return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"," + fields + "}</script>";
    }

    @Test
    void fullArticleFoundByTheStrictAttemptIsTrustedFully() {
        Extraction e = SIGNAL.judge(Extraction.STRICT, words(900), new JsonLd(page("", "")), Gate.NONE);
        assertEquals(1.0, e.confidence());
        assertFalse(e.likelyTruncated());
        assertFalse(e.gated());
        assertEquals("strict", e.method());
    }

    @Test
    void flagsTextMuchShorterThanTheDeclaredArticleBodyAsTruncated() {
        String body = "word ".repeat(1000);
        Extraction e = SIGNAL.judge(Extraction.STRICT, words(300), new JsonLd(page(jsonLd("\"articleBody\":\"" + body
                + "\""), "")), Gate.NONE);
        assertTrue(e.likelyTruncated());
        assertTrue(e.confidence() < 0.5);
    }

    @Test
    void readsIsAccessibleForFreeAsBooleanOrString() {
        for (String value : new String[] {"false", "\"False\"", "\"false\""}) {
            Extraction e = SIGNAL.judge(Extraction.STRICT, words(900),
                    new JsonLd(page(jsonLd("\"isAccessibleForFree\":" + value), "")), Gate.NONE);
            assertTrue(e.gated(), value);
        }
        assertFalse(SIGNAL.judge(Extraction.STRICT, words(900),
                new JsonLd(page(jsonLd("\"isAccessibleForFree\":\"True\""), "")), Gate.NONE).gated());
    }

    @Test
    void seesPaywallMarkersFromTheRuleFile() {
        assertTrue(SIGNAL.hasPaywallMarker(page("", "<div class='article-paywall-box'>Pay</div>")));
        assertFalse(SIGNAL.hasPaywallMarker(page("", "<div class='article'>Free to read</div>")));
        assertFalse(SIGNAL.hasPaywallMarker(page("", "<div class='paywall-meter'>2 free articles left</div>")));
    }

    @Test
    void aPaywallsClassOnAPageThatDeclaresTheArticleFreeIsANudgeNotAGate() {
        JsonLd free = new JsonLd(page(jsonLd("\"isAccessibleForFree\":true"), ""));
        assertFalse(SIGNAL.judge(Extraction.STRICT, words(900), free, MARKED).gated());
        JsonLd silent = new JsonLd(page("", ""));
        assertTrue(SIGNAL.judge(Extraction.STRICT, words(900), silent, MARKED).gated());
        JsonLd related = new JsonLd(page(jsonLd("\"headline\":\"Tolls\"") + "<script type=\"application/ld+json\">"
                + "{\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":\"NewsArticle\",\"isAccessibleForFree\""
                + ":true}]}</script>", ""));
        assertTrue(SIGNAL.judge(Extraction.STRICT, words(900), related, MARKED).gated(), "a related story's flag");
        JsonLd part = new JsonLd(page(jsonLd("\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":"
                + "\"true\",\"cssSelector\":\".article\"}"), ""));
        assertFalse(SIGNAL.judge(Extraction.STRICT, words(900), part, MARKED).gated(), "its one part declared free");
    }

    @Test
    void aWallInTheTextCutsTheArticleWhereTheTextStopsWhateverItsLength() {
        String lead = "and the ferry board will vote on the fares next week.";
        String text = words(380) + lead;
        Gate inline = new Gate(false, new Seen(false, List.of(lead)));
        Extraction cut = SIGNAL.judge(Extraction.STRICT, text, null, inline);
        assertTrue(cut.gated());
        assertTrue(cut.likelyTruncated());
        Extraction goesOn = SIGNAL.judge(Extraction.STRICT, text + words(300), null, inline);
        assertFalse(goesOn.gated());
        assertFalse(goesOn.likelyTruncated());
        Extraction laidOver = SIGNAL.judge(Extraction.STRICT, words(400), null, new Gate(false, new Seen(true,
                List.of())));
        assertTrue(laidOver.gated());
        assertFalse(laidOver.likelyTruncated());
    }

    @Test
    void japaneseCharactersCountHalfAWordTowardsAShortTeaser() {
        assertTrue(SIGNAL.judge(Extraction.STRICT, "港".repeat(200), null, MARKED).likelyTruncated());
        assertFalse(SIGNAL.judge(Extraction.STRICT, "港".repeat(400), null, MARKED).likelyTruncated());
    }

    @Test
    void shortTextBehindAPaywallIsLikelyTruncated() {
        Extraction e = SIGNAL.judge(Extraction.STRICT, words(40), null, MARKED);
        assertTrue(e.gated());
        assertTrue(e.likelyTruncated());
    }

    @Test
    void eachDegradationStepLowersConfidence() {
        double strict = SIGNAL.judge(Extraction.STRICT, words(900), null, Gate.NONE).confidence();
        double noClassWords = SIGNAL.judge(Extraction.WITHOUT_CLASS_WORDS, words(900), null, Gate.NONE).confidence();
        double noCleaning = SIGNAL.judge(Extraction.WITHOUT_CLEANING, words(900), null, Gate.NONE).confidence();
        double longest = SIGNAL.judge(Extraction.LONGEST_ATTEMPT, words(900), null, Gate.NONE).confidence();
        assertTrue(strict > noClassWords && noClassWords > noCleaning && noCleaning > longest);
    }

    @Test
    void failedExtractionHasNoConfidence() {
        assertEquals(0.0, Extraction.failed().confidence());
        assertEquals(Extraction.FALLBACK, new Pipeline().extract(null).extraction().method());
    }
}
