package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.meta.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ExtractionSignalTest {

    private static final ExtractionSignal SIGNAL = new ExtractionSignal();

    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://a.example/");
    }

    private static String jsonLd(String fields) {
        return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"," + fields + "}</script>";
    }

    @Test
    void fullArticleFoundByTheStrictAttemptIsTrustedFully() {
        Extraction e = SIGNAL.judge(Extraction.STRICT, 900, new JsonLd(page("", "")), false);
        assertEquals(1.0, e.confidence());
        assertFalse(e.likelyTruncated());
        assertFalse(e.gated());
        assertEquals("strict", e.method());
    }

    @Test
    void flagsTextMuchShorterThanTheDeclaredArticleBodyAsTruncated() {
        String body = "word ".repeat(1000);
        Extraction e = SIGNAL.judge(Extraction.STRICT, 300, new JsonLd(page(jsonLd("\"articleBody\":\"" + body
                + "\""), "")), false);
        assertTrue(e.likelyTruncated());
        assertTrue(e.confidence() < 0.5);
    }

    @Test
    void readsIsAccessibleForFreeAsBooleanOrString() {
        for (String value : new String[] {"false", "\"False\"", "\"false\""}) {
            Extraction e = SIGNAL.judge(Extraction.STRICT, 900,
                    new JsonLd(page(jsonLd("\"isAccessibleForFree\":" + value), "")), false);
            assertTrue(e.gated(), value);
        }
        assertFalse(SIGNAL.judge(Extraction.STRICT, 900,
                new JsonLd(page(jsonLd("\"isAccessibleForFree\":\"True\""), "")), false).gated());
    }

    @Test
    void seesPaywallMarkersFromTheRuleFile() {
        assertTrue(SIGNAL.hasPaywallMarker(page("", "<div class='article-paywall-box'>Pay</div>")));
        assertFalse(SIGNAL.hasPaywallMarker(page("", "<div class='article'>Free to read</div>")));
    }

    @Test
    void shortTextBehindAPaywallIsLikelyTruncated() {
        Extraction e = SIGNAL.judge(Extraction.STRICT, 40, null, true);
        assertTrue(e.gated());
        assertTrue(e.likelyTruncated());
    }

    @Test
    void eachDegradationStepLowersConfidence() {
        double strict = SIGNAL.judge(Extraction.STRICT, 900, null, false).confidence();
        double noClassWords = SIGNAL.judge(Extraction.WITHOUT_CLASS_WORDS, 900, null, false).confidence();
        double noCleaning = SIGNAL.judge(Extraction.WITHOUT_CLEANING, 900, null, false).confidence();
        double longest = SIGNAL.judge(Extraction.LONGEST_ATTEMPT, 900, null, false).confidence();
        assertTrue(strict > noClassWords && noClassWords > noCleaning && noCleaning > longest);
    }

    @Test
    void failedExtractionHasNoConfidence() {
        assertEquals(0.0, Extraction.failed().confidence());
        assertEquals(Extraction.FALLBACK, new Pipeline().extract(null).extraction().method());
    }
}
