package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PitchLeadInsTest {

    private static final PitchLeadIns LEAD_INS = new PitchLeadIns(new NagPhrases());

    private static final String PROSE = "<p>The ferry timetable changes on Monday, when the winter boats start, and "
            + "the last crossing leaves an hour earlier than in summer, the operator said.</p>";

    private static String cleaned(String html) {
        Element article = Jsoup.parse("<div id=a>" + html + "</div>", "https://www.ferries.example/news/winter")
                .getElementById("a");
        LEAD_INS.removeFrom(article, new RemovalLog());
        return article.text();
    }

    @Test
    void removesThePublishersPleaForASumBeforeItsCallOnALineOfItsOwn() {
        String text = cleaned(PROSE + "<h3>Keep the Gull Point Courier on your doorstep</h3><p>The Courier has "
                + "covered the point since 1902, and your subscriptions pay for our reporters.</p><p>If you value what we do, "
                + "join them: a year of the Courier costs $48, less than a coffee a week.</p><p><a href=/join>Join "
                + "the Courier</a></p>" + PROSE);
        assertFalse(text.contains("If you value what we do"), text);
        assertFalse(text.contains("your subscriptions pay"), text);
        assertFalse(text.contains("doorstep"), text);
        assertFalse(text.contains("Join the Courier"), text);
        assertTrue(text.contains("ferry timetable"), text);
    }

    @Test
    void keepsAPublishersCallForLettersAndItsOwnNewsAboutItsPrices() {
        String letters = cleaned(PROSE + "<p>Have a question for the harbour master? Send it to us and we will put "
                + "it to her in next week's edition.</p><p><a href=/contact>Write to the newsroom</a></p>" + PROSE);
        assertTrue(letters.contains("Send it to us"), letters);
        String prices = cleaned(PROSE + "<p>From March our Saturday edition will cost $3.50, the first rise in "
                + "six years, to pay for the paper it is printed on.</p><p><a href=/prices>The new prices</a></p>"
                + PROSE);
        assertTrue(prices.contains("Saturday edition will cost"), prices);
    }

    @Test
    void keepsAStorysParagraphAQuotationOrACallToAnotherSite() {
        String told = cleaned(PROSE + "<p>The harbour board published the operator's full winter timetable on "
                + "Tuesday, with the night crossings it had promised in the spring.</p><p><a href=/timetable>The "
                + "winter timetable</a></p>" + PROSE);
        assertTrue(told.contains("night crossings"), told);
        String quoted = cleaned(PROSE + "<p>The trust's letter was short: “If you value what we do, give us $10 a "
                + "month,” it read.</p><p><a href=/trust-letter>The letter</a></p>" + PROSE);
        assertTrue(quoted.contains("The trust's letter was short"), quoted);
        String elsewhere = cleaned(PROSE + "<p>If you value what we do, give the rowing club $10 a month, we told "
                + "our readers last year.</p><p><a href=https://rowing-club.example/give>The club's appeal</a></p>"
                + PROSE);
        assertTrue(elsewhere.contains("rowing club"), elsewhere);
    }
}
