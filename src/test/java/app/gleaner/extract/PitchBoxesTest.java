package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PitchBoxesTest {

    private static final PitchBoxes PITCH_BOXES = new PitchBoxes(new NagPhrases());

    private static final String PROSE = "<p>The ferry timetable changes on Monday, when the winter boats start, and "
            + "the last crossing leaves an hour earlier than in summer, the operator said.</p>";

    private static String cleaned(String html) {
        Element article = Jsoup.parse("<div id=a>" + html + "</div>", "https://www.ferries.example/news/winter")
                .getElementById("a");
        PITCH_BOXES.removeFrom(article);
        return article.text();
    }

    @Test
    void removesABoxInThePublishersVoiceThatAsksForMoneyOrActionWhereverItsLinkLeads() {
        String text = cleaned(PROSE + "<div class=txt-box><p><strong>Lokaljournalismus kostet Geld.</strong> Wenn "
                + "Ihnen dieser Text geholfen hat, unterst\u00fctzen Sie unsere Redaktion ab 5 Euro im Monat \u2013 <a "
                + "href=https://steadyhq.com/de/blick/plans>hier</a>.</p></div>" + PROSE + "<div class=box-17><p>"
                + "Hled\u00e1te d\u00e1rek? Darujte ro\u010dn\u00ed p\u0159edplatn\u00e9 za 990 K\u010d a my "
                + "k n\u011bmu p\u0159id\u00e1me poukaz, zdarma pro n\u00e1s v\u0161echny. <a href=https://obchod"
                + ".example.cz/darek>Vybrat d\u00e1rek</a></p></div>" + PROSE);
        assertFalse(text.contains("Lokaljournalismus"), text);
        assertFalse(text.contains("990"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void removesABoxWhoseNagPhrasesCoverMuchOfItThoughItsLinkSitsInASentence() {
        String text = cleaned(PROSE + "<div class=art-box><p><b>Poranny przegląd</b></p><p>Najważniejsze informacje "
                + "z kraju, zanim wypijesz kawę. Zapisz się <a href=/konto/lista>tutaj</a>, a codziennie o 6:30 "
                + "wyślemy je na Twoją skrzynkę – zupełnie za darmo.</p></div>" + PROSE);
        assertFalse(text.contains("Zapisz"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void keepsBoxesThatSpeakOfOthersOrAskNothingAndParagraphsInTheFirstPerson() {
        String text = cleaned(PROSE + "<div class=infobox><p>Tickets cost 25 euros at the box office and at <a "
                + "href=https://tickets.example.org/nacht>the organisers' site</a>.</p></div>" + PROSE + "<div "
                + "class=editor-note><p>We asked the ministry for comment; <a href=https://gov.example/statement>its "
                + "statement</a> came after publication.</p></div>" + PROSE + "<p>We paid 400 dollars for two seats "
                + "through <a href=https://resale.example.com>a resale site</a>, twice the face value.</p>" + PROSE);
        assertTrue(text.contains("box office"), text);
        assertTrue(text.contains("asked the ministry"), text);
        assertTrue(text.contains("We paid 400 dollars"), text);
        String review = cleaned(PROSE + "<div class=verdict><p>Our verdict: the quietest laptop we tested, and the "
                + "best screen for $699. <a href=https://shop.example.com/aero>$699 at the shop</a></p></div>" + PROSE
                + "<div class='admonition note'><p>You need an API key; if you do not have one, <a href=/signup>sign "
                + "up for a free account</a>. We use the key in step 3.</p></div>" + PROSE);
        assertTrue(review.contains("quietest laptop"), review);
        assertTrue(review.contains("You need an API key"), review);
    }
}
