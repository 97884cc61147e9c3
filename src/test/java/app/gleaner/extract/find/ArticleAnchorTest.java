package app.gleaner.extract.find;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleAnchorTest {

    private static final String PAGE = """
            <div id="wrap"><main id="main">
              <article id="post"><header><h1>How the  Ferry Timetable Changed</h1></header>
                <div id="text"><p>The winter timetable starts on Monday.</p></div></article>
              <section id="replies"><ol id="list"><li>Nice post, thank you.</li></ol></section>
            </main></div>""";

    private final ArticleAnchor anchor = new ArticleAnchor("How the ferry timetable changed", null);

    @Test
    void findsTheHeadingThatCarriesTheTitle() {
        Document page = Jsoup.parse(PAGE);
        Element heading = anchor.titleHeading(page.body());
        assertTrue(heading != null && heading.nameIs("h1"));
        assertNull(new ArticleAnchor("Comments", null).titleHeading(Jsoup.parse("<h2>Comments and replies</h2>").body()));
    }

    @Test
    void findsATitleSetInABoxOfItsOwnOnAPageWithNoH1() {
        String title = "Library opens its reading room at night";
        ArticleAnchor brief = new ArticleAnchor(title, null);
        Element headline = brief.titleHeading(Jsoup.parse("<div id=menu><a href=/a>" + title + "</a></div>"
                + "<nav><span aria-current=page>" + title + "</span></nav><div class=kicker>Town</div>"
                + "<div class=headline><b>" + title + "</b></div><p>The reading room stays open.</p>"
                + "<ul><li>" + title + "</li></ul>").body());
        assertTrue(headline != null && headline.hasClass("headline"), String.valueOf(headline));
        // shown twice, the page does not say which is the headline; with an <h1>, that is the headline
        assertNull(brief.titleHeading(Jsoup.parse("<div class=bar>" + title + "</div><h3>" + title + "</h3>")
                .body()));
        assertNull(brief.titleHeading(Jsoup.parse("<h1>Our library</h1><h3>" + title + "</h3>").body()));
        assertNull(brief.titleHeading(Jsoup.parse("<div aria-hidden=true><h3>" + title + "</h3></div>").body()));
        // a card among cards shows a story's title, here the declared one, where the page's headline rewords it
        assertNull(brief.titleHeading(Jsoup.parse("<div class=story-title>Library opens its reading room at night "
                + "from May</div><p>The reading room stays open.</p><div class=rail><div class=card><div class=t>"
                + title + "</div><p>Our report.</p></div><div class=card><div class=t>Pool reopens</div></div></div>")
                .body()));
    }

    @Test
    void textBesideTheHeadingIsAnchoredButACommentThreadIsNot() {
        Document page = Jsoup.parse(PAGE);
        Element heading = anchor.titleHeading(page.body());
        assertTrue(ArticleAnchor.isBeside(heading, List.of(page.getElementById("text"))));
        assertFalse(ArticleAnchor.isBeside(heading, List.of(page.getElementById("list"))));
        assertFalse(ArticleAnchor.isBeside(heading, List.of(page.getElementById("replies"))));
    }

    @Test
    void aWrapperOfTheWholePageHoldsTheHeadingTooDeepToCount() {
        Document page = Jsoup.parse(PAGE);
        Element heading = anchor.titleHeading(page.body());
        Element article = ArticleFinder.collect(page, List.of(page.getElementById("post")));
        assertTrue(ArticleAnchor.isInside(heading, article));

        Document other = Jsoup.parse(PAGE);
        Element otherHeading = anchor.titleHeading(other.body());
        assertFalse(ArticleAnchor.isInside(otherHeading, ArticleFinder.collect(other,
                List.of(other.getElementById("wrap")))));
    }

    @Test
    void textHoldingTheDeclaredArticleBodyIsAnchored() {
        String body = "The winter timetable starts on Monday, with two boats fewer on weekdays and none after nine.";
        ArticleAnchor declared = new ArticleAnchor(null, body);
        assertTrue(declared.holdsDeclaredBody("Ferry news. The winter  timetable starts on Monday, with two boats "
                + "fewer on weekdays and none after nine."));
        assertFalse(declared.holdsDeclaredBody("Nice post, thank you."));
        assertFalse(new ArticleAnchor(null, "Too short.").holdsDeclaredBody("Too short."));
    }
}
