package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatingTalliesTest {

    private static final RatingTallies TALLIES = new RatingTallies();
    private static final String STAR = "<svg class=icon-star viewBox='0 0 24 24'><path d='M12 2l3 7h7l-6 4 2 7-6-4-6 "
            + "4 2-7-6-4h7z'/></svg>";

    private static List<String> talliesIn(String body) {
        Document page = Jsoup.parse("<body><article><h1>Plum cake</h1><p>The plums go in last, cut side up.</p>"
                + body + "<p>Serve it warm.</p></article></body>");
        return TALLIES.below(page.body()).stream().map(Element::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.86 from 312 votes", "4,6 de 1.287 votos", "95 oyla 4.8 puan", "4,7 von 1.864 Bewertungen",
            "4.9 av 64 röster", "★★★★★ (57 Bewertungen)", "4,8/5 · 1 532 avis", "4.5 out of 5 stars from 1,203 ratings",
            "4.5（120件の評価）", "평점 4.8 (120명 참여)"})
    void findsATallyOfReadersRatingsInAnyLanguage(String tally) {
        assertEquals(List.of(tally), talliesIn("<div class=rating>" + tally + "</div>"));
    }

    @Test
    void takesTheWidgetWithItsStarsAndItsNumbersInSpansOfTheirOwn() {
        String widget = "<div class=recipe-rating><span>" + STAR.repeat(5) + "</span><div class=details><span>4.78"
                + "</span> von <span>57</span> Bewertungen</div></div>";
        Document page = Jsoup.parse("<body><div class=card><h2>Plum cake</h2>" + widget + "<ul><li>500 g plums</li>"
                + "</ul></div></body>");
        List<Element> tallies = TALLIES.below(page.body());
        assertEquals(1, tallies.size());
        assertEquals("recipe-rating", tallies.get(0).className()); // the stars go with the numbers
        // a count alone beside the stars: the icons are the score
        assertEquals(List.of("(57 Bewertungen)"), talliesIn("<div>" + STAR.repeat(5) + " (57 Bewertungen)</div>"));
    }

    @Test
    void takesAWidgetThePageDeclaresAnAggregateRatingWhateverItsWords() {
        assertEquals(List.of("4,6 (1.287) Leer opiniones"), talliesIn("<div itemprop=aggregateRating itemscope "
                + "itemtype=https://schema.org/AggregateRating><span itemprop=ratingValue>4,6</span> (<span "
                + "itemprop=ratingCount>1.287</span>) <a href=#reviews>Leer opiniones</a></div>"));
        assertEquals(List.of(), talliesIn("<section itemprop=aggregateRating><p>Most of the 312 readers who rated it "
                + "gave it five stars, and the few who did not asked for less sugar.</p></section>"),
                "a section that declares the rating and says more is no widget");
        assertEquals(List.of(), talliesIn("<section itemprop=aggregateRating><h2>Readers</h2>4.6 (1.287)</section>"),
                "nor is one headed as a section");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4 stars", // a critic's verdict counts no votes
        "Note : 8/10",
        "Our rating: 4.5 out of 5",
        "Rating: 4.5/5",
        "312 votes", // a result: a count of votes without a score
        "Yes: 1,203 votes",
        "4.2 % of 1,203 votes", // a share
        "1.287 votos", // a count's groups are no score
        "24.5 from 312 votes", // nor is a number above any rating's
        "4.8 from 312 votes and a long tail of comments about the recipe's sugar",
        "4.8 from 312 votes · 4.6 from 210 votes · 4.9 from 88 votes · 4.7 from 1,024 votes",
        "Betyg: 4/5", // a noun before the numbers names a grade
        "Avis : 4/5",
        "$8.99 (2,314 reviews)", // a price
        "5,43,210 votes", // a count's Indian groups hold no score
        "3.4.2024 · 312 Stimmen", // nor does a date
        "3.4.24 · 312 Stimmen",
        "7/2 votes"})
    void leavesAVerdictAResultAndALongerLine(String line) {
        assertEquals(List.of(), talliesIn("<div>" + line + "</div>"));
    }

    @Test
    void leavesATallyInsideASentenceOrATablesCell() {
        assertEquals(List.of(), talliesIn("<p>The app holds <b>4.7 from 12,000 ratings</b> in the store.</p>"));
        assertEquals(List.of(), talliesIn("<p><span>The app holds </span><span>4.7 from 12,000 ratings</span><span> in "
                + "the store.</span></p>"), "a sentence built of spans");
        assertEquals(List.of(), talliesIn("<table><tr><td>Plum cake</td><td>4.8 from 312 votes</td></tr></table>"));
        assertEquals(List.of(), talliesIn("<table><tr><td>4.8</td><td>312 votes</td></tr></table>"),
                "a table of figures only");
    }

    @Test
    void leavesAPictureBesideATallyAndAListOfResults() {
        Document page = Jsoup.parse("<body><div class=hero><img src=cake.jpg alt='Plum cake'><p>4.8 from 312 votes</p>"
                + "</div></body>");
        List<Element> tallies = TALLIES.below(page.body());
        assertEquals(List.of("p"), tallies.stream().map(Element::normalName).toList(), "the photo stays");
        assertEquals(List.of(), talliesIn("<ul><li><img src=red.png alt=Red> 12,345 votes</li><li><img src=blue.png "
                + "alt=Blue> 9,876 votes</li><li><img src=green.png alt=Green> 4,321 votes</li></ul>"),
                "a list of results, each beside its party's logo, read neither as one row of stars nor item by item");
    }

    @Test
    void readsOnlyWholeWordsOfTheRuleFile() {
        RatingTallies tallies = new RatingTallies(List.of("votes", "+from"));
        assertTrue(tallies.isTally("4.8 from 312 votes"));
        assertFalse(tallies.isTally("4.8 from 312 votesx"));
        assertFalse(tallies.isTally("4.8 of 312 votes"), "\"of\" is no joining word of this file");
        assertFalse(tallies.isTally("from votes"), "a tally has a number");
    }
}
