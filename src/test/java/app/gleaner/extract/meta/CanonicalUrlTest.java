package app.gleaner.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    private static final CanonicalUrl CANONICAL = new CanonicalUrl();

    private static String resolve(String head, String captureUrl) {
        return CANONICAL.resolve(Jsoup.parse("<head>" + head + "</head>", captureUrl), captureUrl);
    }

    @Test
    void prefersLinkRelCanonicalAndMakesItAbsolute() {
        assertEquals("https://site.example/story/1", resolve("<link rel=canonical href=/story/1>",
                "https://site.example/story/1?page=2"));
    }

    @Test
    void dropsTrackingParametersAndTheFragment() {
        assertEquals("https://site.example/s?id=7", resolve("",
                "https://site.example/s?utm_source=x&id=7&fbclid=abc&mc_eid=1&igshid=2#comments"));
    }

    @Test
    void fallsBackToOgUrlThenTheCapture() {
        assertEquals("https://site.example/og", resolve("<meta property=og:url content='https://site.example/og'>",
                "https://site.example/x"));
    }

    @Test
    void ignoresMalformedOrNonWebCanonicals() {
        assertEquals("https://site.example/x", resolve("<link rel=canonical href='javascript:alert(1)'>"
                + "<link rel=canonical href='http://[broken'>", "https://site.example/x"));
    }

    @Test
    void ignoresACanonicalThatPointsAtTheHomePage() {
        assertEquals("https://site.example/deep/story", resolve("<link rel=canonical href='https://site.example/'>",
                "https://site.example/deep/story"));
    }
}
