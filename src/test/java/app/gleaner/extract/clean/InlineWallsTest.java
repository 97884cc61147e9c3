package app.gleaner.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class InlineWallsTest {

    private static final OverlayRemover REMOVER = new OverlayRemover();
    private static final String STORY =
            "The harbour board set next year's fares for the island ferry on Tuesday evening. ".repeat(5).strip();
    private static final String MORE = "Councillors said the new timetable would start in March and run all year.";

    /** A story of three paragraphs, long enough that a wall of a hundred words is a small part of its page. */
    private static final String STORY_PARAGRAPHS = ("<p>" + STORY + "</p>").repeat(3);

    /** The text the overlay stage leaves of this page. */
    private static String left(String body) {
        Document page = Jsoup.parse("<html><head><title>Ferry fares</title></head><body>" + body + "</body></html>");
        REMOVER.removeFrom(page, new RemovalLog());
        return page.body().text();
    }

    @Test
    void anOfferCardThatAWallsLineOpensGoesWholeWithItsBadgePlansAndPerks() {
        String card = "<div class=gate><span>Subscriber exclusive</span><h2>The rest of this story is for subscribers"
                + "</h2><p>Our reporters spent a season on the river for this story. Subscribe to read every word, with "
                + "the maps and the documents behind it. Your subscription also pays for the boat and the lawyers who "
                + "got the records out.</p><div><a href='/join?plan=year'><b>Annual</b> £49 for the first year</a><a "
                + "href='/join?plan=month'><b>Monthly</b> £1 a week for 12 weeks, then £6.99 a month</a></div><ul><li>"
                + "Unlimited access on every device you own</li><li>The weekend magazine as a digital replica</li><li>"
                + "Puzzles, crosswords and the full archive</li><li>Invitations to live questions with our reporters"
                + "</li></ul><p>Cancel online at any time. Prices include VAT. <a href='/signin'>Already subscribed? "
                + "Sign in</a> or <a href='/redeem'>redeem a gift code</a>.</p></div>";
        assertThat(left("<article><h1>Ferry fares</h1>" + STORY_PARAGRAPHS + card + "<p>" + MORE + "</p></article>"))
                .contains(STORY, MORE).doesNotContain("exclusive", "for subscribers", "season", "£49", "magazine",
                        "Cancel online");
    }

    @Test
    void aSubscribersCopyUnderItsBadgeIsNoWall() {
        assertThat(left("<article><h1>Ferry fares</h1>" + STORY_PARAGRAPHS + "<div class=entry><p class=badge>Exclusive "
                + "to subscribers</p><p>Subscribers to the island's bus pass will ride the new ferry shuttle free of "
                + "charge from March, the harbour board said on Tuesday.</p><p>The shuttle will run every twenty "
                + "minutes, and the monthly subscription to the bus pass will not go up this year.</p><p><a href="
                + "'/gift'>Gift this article</a></p></div></article>"))
                .contains(STORY, "will ride the new ferry shuttle", "will not go up this year");
    }

    @Test
    void aTeaserBeforeItsWallInOneWrapperStays() {
        assertThat(left("<article><h1>Ferry fares</h1><div class=teaser><p>" + STORY + "</p><p>Subscribe to continue "
                + "reading.</p><p><a href='/subscribe'>Subscribe</a> <a href='/login'>Sign in</a></p></div>"
                + "</article>")).contains(STORY).doesNotContain("continue reading", "Sign in");
        assertThat(left("<article><h1>Ferry fares</h1>" + STORY_PARAGRAPHS + "<p>The board's notice said the rest of this "
                + "story is for subscribers, and readers wrote in by the hundred.</p><p>" + MORE + "</p></article>"))
                .contains(STORY, "readers wrote in", MORE);
    }

    @Test
    void aSubscribersCopyWithAQuotedWeAndTheArticlesToolsIsNoWall() {
        String copy = "<div class=premium-body><p class=kicker>Exclusive to subscribers</p><p>“We were told the "
                + "merger was a done deal before anyone had even asked us,” said the chair of the governors, who has "
                + "two children at the school. “Now we are being asked to answer a consultation whose answer was "
                + "written in advance.”</p><p>The council denies this.</p><div class=tools><p><a href='/gift'>"
                + "Gift this article</a></p><p><a href='#audio'>Listen to this article</a></p></div></div>";
        assertThat(left("<article><h1>Ferry fares</h1>" + STORY_PARAGRAPHS + copy + "<p>" + MORE + "</p></article>"))
                .contains(STORY, "We were told the merger", MORE);
    }
}
