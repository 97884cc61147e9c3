package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class OverlayRemoverTest {

    private static final OverlayRemover REMOVER = new OverlayRemover();
    private static final String ARTICLE = "<article><p>" + "The committee met on Monday, and members agreed, after "
            + "a long debate, to publish the full report before the end of the month. ".repeat(12) + "</p></article>";

    private static Document clean(String body, RemovalLog log) {
        Document document = Jsoup.parse("<html><body>" + body + "</body></html>", "https://news.example/a");
        REMOVER.removeFrom(document, log);
        return document;
    }

    private static String textAfter(String body) {
        return clean(body, new RemovalLog()).body().text();
    }

    @Test
    void removesRegistrationModalMarkedByAriaModal() {
        String text = textAfter(ARTICLE + "<div aria-modal=true><h2>Welcome back</h2><p>Pick a plan</p></div>");
        assertFalse(text.contains("Welcome back"));
        assertTrue(text.contains("publish the full report"));
    }

    @Test
    void removesDialogElementAndAlertDialogRole() {
        String text = textAfter(ARTICLE + "<dialog open>Dialog words</dialog><div role=alertdialog>Alert words</div>");
        assertFalse(text.contains("Dialog words"));
        assertFalse(text.contains("Alert words"));
    }

    @Test
    void removesElementsMarkedByBrowserHints() {
        String text = textAfter(ARTICLE + "<div data-gleaner-overlay=z>Covering box</div>"
                + "<p data-gleaner-hidden>Invisible words</p>");
        assertFalse(text.contains("Covering box"));
        assertFalse(text.contains("Invisible words"));
    }

    @Test
    void removesFixedPositionedBarsFromInlineStyleAndStyleSheet() {
        String text = textAfter("<style>.floaty{ position: fixed; bottom: 0 }</style>" + ARTICLE
                + "<div style='position:sticky;top:0'>Sticky words</div><div class=floaty>Floating words</div>");
        assertFalse(text.contains("Sticky words"));
        assertFalse(text.contains("Floating words"));
    }

    @Test
    void ignoresStyleRulesInsideMediaQueries() {
        String text = textAfter("<style>@media print { .keep { display: none } }</style>" + ARTICLE
                + "<p class=keep>Screen-only words stay</p>");
        assertTrue(text.contains("Screen-only words stay"));
    }

    @Test
    void removesConsentManagerByVendorSelector() {
        String text = textAfter(ARTICLE + "<div id=onetrust-consent-sdk><p>Vendor consent text</p></div>");
        assertFalse(text.contains("Vendor consent text"));
    }

    @Test
    void removesShortCallToActionBoxByItsText() {
        String text = textAfter(ARTICLE + "<div class=box-7><p>Subscribe now for unlimited access.</p>"
                + "<p>Already a subscriber? Sign in</p></div>");
        assertFalse(text.contains("unlimited access"));
        assertFalse(text.contains("Already a subscriber"));
    }

    @Test
    void removesFrenchAndSpanishNags() {
        String text = textAfter(ARTICLE + "<div><p>Abonnez-vous pour continuer la lecture.</p></div>"
                + "<div><p>Suscríbete para seguir leyendo.</p></div>");
        assertFalse(text.contains("Abonnez-vous"));
        assertFalse(text.contains("Suscríbete"));
    }

    @Test
    void keepsLongParagraphThatMentionsSubscribe() {
        String paragraph = "Readers who subscribe to the council's planning alerts were the first to learn that the "
                + "old mill would be converted into twenty flats, a small library and a café, after a consultation "
                + "that drew more responses than any other in the town's recent history.";
        String text = textAfter(ARTICLE + "<p>" + paragraph + "</p>");
        assertTrue(text.contains(paragraph));
    }

    @Test
    void keepsArticleWrappedInAriaHiddenByADialog() {
        String text = textAfter("<div aria-hidden=true>" + ARTICLE + "</div>"
                + "<div role=dialog><p>Accept cookies</p></div>");
        assertTrue(text.contains("publish the full report"));
        assertFalse(text.contains("Accept cookies"));
    }

    @Test
    void neverRemovesAnOverlayThatHoldsMostOfThePage() {
        String text = textAfter("<div style='position:fixed;inset:0;overflow:auto'>" + ARTICLE + "</div>");
        assertTrue(text.contains("publish the full report"));
    }

    @Test
    void recordsTheTextOfRemovedBlocks() {
        RemovalLog log = new RemovalLog();
        clean(ARTICLE + "<div role=dialog>Register for free to keep reading</div>", log);
        assertTrue(log.entries().contains("Register for free to keep reading"));
    }
}
