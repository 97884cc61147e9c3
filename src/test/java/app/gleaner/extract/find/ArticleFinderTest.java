package app.gleaner.extract.find;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleFinderTest {

    private static final ArticleFinder FINDER = new ArticleFinder();

    private static String paragraphs(String topic, int count) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < count; i++) {
            html.append("<p>Paragraph ").append(i).append(" about ").append(topic)
                    .append(", which goes on for a while, with commas, details, and a sentence or two more.</p>");
        }
        return html.toString();
    }

    private static Element find(String body) {
        return FINDER.find(Jsoup.parse("<body>" + body + "</body>", "https://news.example/"));
    }

    /** The article of {@code body} whose headline is the heading that carries {@code title}. */
    private static Element findTitled(String body, String title) {
        Document page = Jsoup.parse("<body>" + body + "</body>", "https://news.example/");
        Element heading = new ArticleAnchor(title, null).titleHeading(page.body());
        return ArticleFinder.collect(page, FINDER.findParts(page, OtherStories.of(page.body(), heading)));
    }

    @Test
    void joinsATranscriptBesideTheNotesWhicheverOfThemScoresBest() {
        String transcript = "<section><h2>Transcript</h2><div>" + paragraphs("the interview", 4) + "</div></section>";
        Element beside = find("<main><h1>The island ferry</h1><audio src=/41.mp3></audio><section>"
                + "<h2>About this episode</h2><div>"
                + paragraphs("the episode", 5) + "</div></section>" + transcript
                + "<section><h2>Comments</h2><div>" + paragraphs("a reader's view", 1) + "</div></section></main>");
        assertTrue(beside.text().contains("about the episode"), beside.text());
        assertTrue(beside.text().contains("about the interview"), beside.text());
        assertTrue(beside.text().indexOf("about the episode") < beside.text().indexOf("about the interview"));
        assertFalse(beside.text().contains("a reader's view"), beside.text());
        Element taken = find("<main><h1>The island ferry</h1><audio src=/41.mp3></audio><section>"
                + "<h2>About this episode</h2><div>"
                + paragraphs("the episode", 3) + "</div></section>" + transcript + "</main>");
        assertTrue(taken.text().contains("about the episode"), "the search took the transcript: " + taken.text());
        assertTrue(taken.text().contains("about the interview"), taken.text());
    }

    @Test
    void findsAPageBuildersTextAcrossItsSectionsThoughEachModuleIsCalledAWidget() {
        String faq = "<div class=elementor-accordion-item><div class=elementor-tab-title>Does it keep?</div>"
                + "<div class=elementor-tab-content>" + paragraphs("keeping the loaf, slicing it, storing it and "
                + "freezing it, in a linen bag, for a week", 1) + "</div></div>";
        Element found = find("<div class='elementor elementor-2215'>"
                + section("1f3d2a0", textModule("77c1a2b elementor-drop-cap-yes", paragraphs("the starter", 3)))
                + section("71c0d2e", "<div class='elementor-element elementor-element-8f1b220 elementor-widget "
                        + "elementor-widget-icon-list'><ul><li>Day 1: feed the starter</li><li>Day 2: mix</li></ul>"
                        + "</div>" + textModule("3c1f0aa", paragraphs("the timetable", 1)))
                + section("aa9c3d1", textModule("e3d4c5b", paragraphs("the shortcuts", 3))
                        + "<div class='elementor-element elementor-element-4a5f991 elementor-widget "
                        + "elementor-widget-accordion'><div class=elementor-widget-container><div class=elementor-"
                        + "accordion>" + faq + faq.replace("Does it", "Can it") + faq.replace("Does it", "Will it")
                        + "</div></div></div>") + "</div>");
        assertTrue(found.text().contains("about the starter"), found.text());
        assertTrue(found.text().contains("about the shortcuts"), found.text());
    }

    private static String section(String id, String modules) {
        return "<section class='elementor-section elementor-top-section elementor-element elementor-element-" + id
                + " elementor-section-boxed'><div class=elementor-container><div class='elementor-column "
                + "elementor-col-100'><div class=elementor-widget-wrap>" + modules + "</div></div></div></section>";
    }

    private static String textModule(String id, String paragraphs) {
        return "<div class='elementor-element elementor-element-" + id + " elementor-widget "
                + "elementor-widget-text-editor'><div class=elementor-widget-container>" + paragraphs + "</div></div>";
    }

    @Test
    void keepsTheRowsOfAPageBuilderThatStandBetweenTwoRowsOfTheText() {
        String icons = "<h3>Goes in the brown bin</h3><div class=fl-module>Peelings</div>"
                + "<div class=fl-module>Grass cuttings</div><div class=fl-module>Twigs up to 50 cm</div>";
        String row = "<div class='fl-row fl-row--std fl-node-%s'>%s</div>";
        Element found = find("<div class=fl-builder-layout>"
                + row.formatted("5f2a9c1b3d", paragraphs("the new collection days", 5))
                + row.formatted("6a7b8c9d0e", icons)
                + row.formatted("7b8c9d0e1f", "<a href=/a>Older news</a> <a href=/b>Council notices</a> "
                        + "<a href=/c>Events</a>")
                + row.formatted("8c9d0e1f2a", paragraphs("the reminders", 2))
                + row.formatted("9d0e1f2a3b", icons.replace("brown", "black"))
                + "<div class='fl-row fl-row--events fl-node-0e1f2a3b4c'><h3>What's on</h3><p>Market, Saturday.</p>"
                + "</div>" + row.formatted("1f2a3b4c5d", paragraphs("the depot", 2)) + "</div>");
        assertTrue(found.text().contains("about the reminders"), found.text());
        assertTrue(found.text().contains("Goes in the brown bin"), found.text());
        assertFalse(found.text().contains("Older news"), "a row of links between them");
        assertTrue(found.text().contains("Goes in the black bin"), found.text());
        assertFalse(found.text().contains("What's on"), "a row of another kind between them");
    }

    @Test
    void findsASiteBuildersPostAcrossItsSectionsThoughAStripOfItsOwnCutsThem() {
        Element found = find("<main><div id=page>"
                + wixSection("hero", "<h1>Derby won in the fifth set</h1>")
                + wixSection("s1", wixText("k1a1", paragraphs("the first sets", 2))
                        + wixText("k1a2", paragraphs("the fourth set", 1)))
                + wixSection("cta", wixText("ctat", "<p>Train with us! Youth groups take new players all year.</p>")
                        + "<a class=wixui-button href=/academy>Sign your child up</a>")
                + wixSection("s2", wixText("k2a1", paragraphs("the tie-break", 3))
                        + wixText("k2a2", paragraphs("the next match", 1)))
                + wixSection("t1", wixText("tq1", "<p>“The best club in the county: my daughter has trained here "
                        + "for three seasons and loves every minute of it.”</p><p>Anna, a parent</p>"))
                + wixSection("more", wixText("mrl", "<ul><li><a href=/a>Juniors take bronze at the regional "
                        + "finals</a></li><li><a href=/b>New kit for the season, thanks to our sponsors</a></li></ul>"))
                + "</div></main>");
        assertTrue(found.text().contains("about the tie-break"), found.text());
        assertTrue(found.text().contains("about the first sets"), found.text());
        assertTrue(found.text().contains("about the fourth set"), found.text());
        assertFalse(found.text().contains("Juniors take bronze"), "the list of other posts: " + found.text());
        assertFalse(found.text().contains("The best club in the county"), "a testimonial: " + found.text());
    }

    /**
     * A section as a site builder writes it, its own id repeated as a class, around a column's grid of components: a
     * paragraph's points reach the column, not the section.
     */
    private static String wixSection(String id, String components) {
        return "<section id=comp-m3a9" + id + " class='Oqnisf comp-m3a9" + id + " wixui-section'><div id=bgLayers_"
                + id + " class=MW5IWV></div><div class=V5AUxf><div id=comp-m3a9c" + id + " class='comp-m3a9c" + id
                + " YzqVVZ wixui-column-strip__column'><div class=inlineContent><div class=gridContainer>" + components
                + "</div></div></div></div></section>";
    }

    private static String wixText(String id, String html) {
        return "<div id=comp-m3a9" + id + " class='KcpHeO tz5f0K comp-m3a9" + id + " wixui-rich-text'>" + html
                + "</div>";
    }

    @Test
    void widensToTheArticleElementWhenItsSectionsTogetherHoldMostOfIt() {
        StringBuilder sections = new StringBuilder("<section class=accordion>");
        for (String topic : List.of("the causes", "self-care", "seeing a doctor", "what a doctor does")) {
            sections.append("<details class=item open><summary><h2>About ").append(topic).append("</h2></summary>")
                    .append("<div>").append(paragraphs(topic, topic.equals("self-care") ? 4 : 2))
                    .append("</div></details>");
        }
        sections.append("</section>");
        Element article = find("<article><h1>Low back pain</h1><ul><li>Most back pain passes within six weeks.</li>"
                + "<li>Keep moving, even when it hurts at first.</li></ul><figure><img src=/walk.jpg width=960>"
                + "</figure><p class=caption>Walking beats lying in bed.</p><div role=note><p>Call your doctor the"
                + " same day if:</p><ul><li>your leg grows weaker and weaker</li></ul></div>" + sections
                + "</article><aside><h2>Others also searched</h2><p>" + paragraphs("neck pain", 1) + "</p></aside>");
        assertTrue(article.text().contains("Keep moving, even when it hurts"), article.text());
        assertTrue(article.text().contains("Walking beats lying in bed."), article.text());
        assertTrue(article.text().contains("your leg grows weaker and weaker"), article.text());
        assertTrue(article.text().contains("about seeing a doctor"), article.text());
        assertFalse(article.text().contains("about neck pain"), article.text());
        String comment = "<div class=c1><span>harbourlight</span>" + paragraphs("a reader's view", 1) + "</div>";
        Element story = find("<article><div><h1>The ferry that stayed</h1><span>By Ines Roe</span></div><div class=m2>"
                + "<div class=a1>" + paragraphs("the ferry", 3) + "</div><figure><img src=/kestrel.jpg></figure>"
                + "<div class=z9>" + paragraphs("the cooperative", 2) + "</div></div><div class=after><h2>Comments (4)"
                + "</h2>" + comment.repeat(4) + "</div></article>");
        assertTrue(story.text().contains("about the cooperative"), story.text());
        assertFalse(story.text().contains("a reader's view"), "a thread after the story's end: " + story.text());
    }

    @Test
    void picksTheBlockWithTheMostParagraphTextOverALinkList() {
        String links = paragraphs("cats", 3).replace("<p>", "<p><a href=/more>").replace("</p>", "</a></p>");
        Element article = find("<div id=a>" + paragraphs("ships", 8) + "</div><div id=b>" + links + "</div>");
        assertTrue(article.text().contains("about ships"));
        assertFalse(article.text().contains("about cats"));
    }

    @Test
    void keepsTheWordsOfAButtonThatIsItsHeadingButNotOfOneBesideAHeadingsWords() {
        Element article = find("<div><h2><button aria-controls=p1>Postal votes</button></h2>" + paragraphs("votes", 4)
                + "<h2>Struct RingLog<button id=copy-path>Copy item path</button></h2>" + paragraphs("logs", 4)
                + "</div>");
        assertTrue(article.text().contains("Postal votes"));
        assertTrue(article.text().contains("Struct RingLog"));
        assertFalse(article.text().contains("Copy item path"));
    }

    @Test
    void joinsRunsOfParagraphsThatEachSitInABoxOfTheSameClass() {
        String teaser = "<div class=teaser><p>A story about lighthouses, elsewhere on the site, with a summary.</p></div>";
        Element article = find("<div id=main><div class=paragraph><div>" + paragraphs("ropes", 6) + "</div></div>"
                + "<div class=paragraph><div>" + paragraphs("knots", 2) + "</div></div>"
                + "<div class=paragraph><div>" + paragraphs("tides", 2) + "</div></div></div>" + teaser);
        assertTrue(article.text().contains("about ropes"));
        assertTrue(article.text().contains("about knots"));
        assertTrue(article.text().contains("about tides"));
        assertFalse(article.text().contains("lighthouses"));
    }

    @Test
    void takesTheSharedAncestorWhenTheArticleIsSplitIntoSeveralWrappedParts() {
        StringBuilder parts = new StringBuilder("<div id=col>");
        for (String topic : new String[] {"hulls", "masts", "sails", "keels"}) {
            parts.append("<div class=part><div class=inner><div class=grid>").append(paragraphs(topic, 4))
                    .append("</div></div></div>");
        }
        parts.append("</div>");
        Element article = find(parts + "<div id=side><p><a href=/w>Weather: sunny, mild, a light breeze from the west"
                + "</a></p></div>");
        for (String topic : new String[] {"hulls", "masts", "sails", "keels"}) {
            assertTrue(article.text().contains("about " + topic), topic);
        }
        assertFalse(article.text().contains("Weather"));
    }

    @Test
    void joinsTheStepsOfAHowToThatEachSitInABoxBuiltLikeTheIntroductions() {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            steps.append("<div class=\"mod step\"><div class=stepContent><div class=content><span>Step ").append(i)
                    .append("</span><p>Press the moss ").append(i).append(" into the foam with tweezers.</p></div>")
                    .append("<figure><img src=/s").append(i).append(".jpg></figure></div></div>");
        }
        // a box built the same way around a teaser is no step
        String related = "<div class=\"mod step\"><div class=stepContent><div class=content>"
                + "<p><a href=/other>Another how-to about terrariums, with moss, pebbles and glass</a></p></div></div>"
                + "</div>";
        Element article = find("<div id=col><div class=\"mod step\"><div class=\"stepContent mod\">"
                + "<div class=\"content lead\">" + paragraphs("terrariums", 2) + "</div><figure><img src=/lead.jpg>"
                + "</figure></div></div>" + steps + related + "</div>");
        assertTrue(article.text().contains("about terrariums"));
        assertTrue(article.text().contains("Press the moss 1 into the foam"));
        assertTrue(article.text().contains("Press the moss 6 into the foam"));
        assertFalse(article.text().contains("Another how-to"));
    }

    @Test
    void joinsSectionsOfTheSameFirstClassButNeitherStoriesOfTheirOwnNorColumnsOfTeasers() {
        Element sections = find("<div class=inner><div class=\"articleBodyText version-2 section\"><div class=text>"
                + paragraphs("the flood", 5) + "</div></div><div class=\"articleBodyText section\"><div class=text>"
                + "<p>The river rose again on Tuesday, the council said, and the bridge stayed shut.</p></div></div>"
                + "</div>");
        assertTrue(sections.text().contains("The river rose again on Tuesday"));

        Element stories = find("<div class=list><article class=item><div class=text>" + paragraphs("the flood", 5)
                + "</div></article><article class=item><div class=text><p>The next story, about a market, with "
                + "stalls, prices and a long queue.</p></div></article></div>");
        assertTrue(stories.text().contains("about the flood"));
        assertFalse(stories.text().contains("about a market"));

        String teaser = "<p><a href=/t>A teaser for another story, about the weather, with a long title</a> 3 min</p>";
        Element columns = find("<div class=page><div class=\"col main\"><div class=text>" + paragraphs("the flood", 5)
                + "</div></div><div class=\"col side\"><div class=text>" + teaser.repeat(4) + "</div></div></div>");
        assertTrue(columns.text().contains("about the flood"));
        assertFalse(columns.text().contains("teaser for another story"));
    }

    @Test
    void joinsTheStoryTextOfTheLayoutRowsAnAdRowCutItIntoButNotARowOfTiles() {
        String ad = "<section class=\"page-row page-row--ad\"><div class=slot><p>Advertisement</p></div></section>";
        Element story = find("<main><section class=\"page-row page-row--story spacing\"><div class=column>"
                + "<div class=story-text>" + paragraphs("the harbour vote", 4) + "</div></div></section>" + ad
                + "<section class=\"page-row page-row--story main\"><div class=column><div class=story-text>"
                + paragraphs("the ferry timetable", 8) + "</div></div></section></main>");
        assertTrue(story.text().contains("about the harbour vote"));
        assertTrue(story.text().contains("about the ferry timetable"));

        // a shop's feature tiles are rows too, one paragraph under each picture
        String tile = "<section class=\"page-row tile\"><div class=half><div class=description><p>Roasted each week "
                + "in a family roastery by the harbour, slowly, in a drum, for sixteen to twenty minutes.</p></div>"
                + "</div></section>";
        Element product = find("<main><section class=\"page-row product\"><div class=half><div class=description>"
                + paragraphs("the coffee", 4) + "</div></div></section>" + tile + "</main>");
        assertTrue(product.text().contains("about the coffee"));
        assertFalse(product.text().contains("family roastery"));

        // a grid's side column holds an about box built as the story's column is: columns are no rows
        String about = "<p>The Gazette has been the valley's independent weekly since 1921, owned by its readers.</p>"
                + "<p>Its reporters cover the council, the courts, the schools and the harbour, and answer letters.</p>";
        Element columns = find("<div class=columns><div class=\"column is-8\"><div class=box><div class=content>"
                + paragraphs("the flood", 6) + "</div></div></div><div class=\"column is-4\"><div class=box>"
                + "<div class=content>" + about + "</div></div></div></div>");
        assertTrue(columns.text().contains("about the flood"));
        assertFalse(columns.text().contains("independent weekly"));
    }

    @Test
    void joinsTheBoxesOfAStoryThatThePageSetsStraightIntoItsBodyBetweenTables() {
        String table = "<div class=\"container-fluid near-table\"><table><tr><td>Density</td><td>0.67</td></tr>"
                + "</table></div>";
        Element article = find("<header class=site><a href=/>Home</a> <a href=/blog>Blog</a></header>"
                + "<div class=\"container-fluid text-block\"><div class=container><div class=col>"
                + paragraphs("the gas", 3) + "</div></div></div>" + table
                + "<div class=\"container-fluid text-block\"><div class=container><div class=col>"
                + paragraphs("its production", 6) + "</div></div></div>" + table
                + "<div class=\"container-fluid text-block\"><div class=container><div class=col>"
                + paragraphs("its uses", 5) + "</div></div></div>"
                + "<div class=\"container-fluid text-block\"><div class=container><div class=col><h2>Read also</h2>"
                + "<p><a href=/ferry>The last ferry</a>: after forty years the ferryman of the lower river retires, "
                + "and the council has found nobody to take the rope.</p><p><a href=/mill>The mill that grinds on</a>: "
                + "three generations of one family have kept the water mill turning and will not sell it.</p>"
                + "</div></div></div>"
                + "<div class=\"container-fluid related\"><div class=container><div class=col><p><a href=/x>Another"
                + " story about the gas station on the corner and its new owners, read it here</a></p></div></div></div>"
                + "<footer><p>Contact us at the office, open from nine to five on weekdays, for any question.</p>"
                + "</footer>");
        assertTrue(article.text().contains("about the gas"), article.text());
        assertTrue(article.text().contains("about its production"), article.text());
        assertTrue(article.text().contains("about its uses"), article.text());
        assertFalse(article.text().contains("new owners"), article.text());
        assertFalse(article.text().contains("Contact us"), article.text());
        assertFalse(article.text().contains("ferryman"), "a band of teasers built like the story's boxes");
    }

    @Test
    void joinsTheParagraphBoxesThatACmsWrapsEachInABareBox() {
        String embed = "<div><div class=\"paragraph paraTypeInstagram\"><blockquote><a href=https://social.example/p/1>"
                + "A post shared by the band</a></blockquote></div></div>";
        Element article = find("<div class=article__content><div>"
                + "<div><div class=\"paragraph paraTypeText\"><div>" + paragraphs("the tour", 6) + "</div></div></div>"
                + embed + "<ad-slot></ad-slot>"
                + "<div><div class=\"paragraph paraTypeText\"><div>" + paragraphs("the album", 2) + "</div></div></div>"
                + "</div></div><div class=more><div><div class=\"paragraph teaser\"><div><p><a href=/other>Another "
                + "story about the band's drummer and his bakery, with pictures</a></p></div></div></div></div>");
        assertTrue(article.text().contains("about the tour"), article.text());
        assertTrue(article.text().contains("about the album"), article.text());
        assertFalse(article.text().contains("bakery"), article.text());
    }

    @Test
    void joinsNeitherAGridsOtherColumnNorTheStoryAfterTheOneWithTheHeadline() {
        // a grid's columns share their first class, not their class list
        String about = "<p>The Gazette has been the valley's independent weekly since 1921, owned by its readers.</p>";
        Element columns = find("<div class=columns><div class=\"column is-8\"><div class=box><div class=content>"
                + paragraphs("the flood", 6) + "</div></div></div><div class=\"column is-4\"><div class=box>"
                + "<div class=content>" + about + "</div></div></div></div>");
        assertTrue(columns.text().contains("about the flood"));
        assertFalse(columns.text().contains("independent weekly"));

        // a text column that is its own box needs a twin, and a sponsored variant of a section is no section
        Element bare = find("<div class=columns><div class=column>" + paragraphs("the flood", 6) + "</div>"
                + "<div class=\"column is-one-third\">" + about + "</div></div>");
        assertTrue(bare.text().contains("about the flood"));
        assertFalse(bare.text().contains("independent weekly"));
        Element sponsored = find("<div class=body><div class=section><div class=section-text>"
                + paragraphs("the flood", 5) + "</div></div><div class=section><div class=section-text><p>The river "
                + "rose again on Tuesday, the council said, and the bridge stayed shut.</p></div></div>"
                + "<div class=\"section section--sponsored\"><div class=section-text><p>This section is brought to "
                + "you by a bank that wants to lend you money for your new roof.</p></div></div></div>");
        assertTrue(sponsored.text().contains("The river rose again"));
        assertFalse(sponsored.text().contains("brought to you by a bank"));

        // the box that holds the headline is the whole story: the next one an infinite scroll added is built alike
        String next = "<div class=story-wrap><div class=story><h1>A market moves indoors</h1><div class=text>"
                + paragraphs("the market", 3) + "</div></div></div>";
        Element scrolled = find("<main><div class=story-wrap><div class=story><h1>The flood</h1><div class=text>"
                + paragraphs("the flood", 5) + "</div></div></div>" + next + "</main>");
        assertTrue(scrolled.text().contains("about the flood"));
        assertFalse(scrolled.text().contains("about the market"));
    }

    @Test
    void leavesOutTheStoriesAfterTheOneThePageIsTitledForButNotSectionsHeadedLikeStories() {
        // an infinite scroll added the next story, built alike and longer
        Element scrolled = findTitled("<main><div class=story><h1>The flood</h1><div class=text>"
                + paragraphs("the flood", 3) + "</div></div><div class=next><div class=story>"
                + "<h1>A market moves indoors</h1><div class=text>" + paragraphs("the market", 8) + "</div></div></div>"
                + "</main>", "The flood");
        assertTrue(scrolled.text().contains("about the flood"));
        assertFalse(scrolled.text().contains("about the market"));

        // a page that heads its sections with <h1>: without them its story would be a standfirst
        Element sections = findTitled("<div class=hero><h1>The flood</h1><p>How the valley rose to meet the river, "
                + "and what it cost, told by those who were there.</p></div><div class=content><section>"
                + "<h1>The night</h1>" + paragraphs("the night", 4) + "</section><section><h1>The morning</h1>"
                + paragraphs("the morning", 4) + "</section></div>", "The flood");
        assertTrue(sections.text().contains("about the night"));
        assertTrue(sections.text().contains("about the morning"));
    }

    @Test
    void leavesOutTheArticlesAListSetsAfterTheOneThePageIsTitledForWhenEachIsHeadedWithH2() {
        // a site's list of stories, each an <article> of one template headed with <h2>, the page's own first
        Element listed = findTitled("<main><h1>Latest stories</h1><article class=\"item item--list\"><header>"
                + "<h2>The flood</h2></header><div class=detail><h2>The night</h2>" + paragraphs("the flood", 3)
                + "<h2>The morning</h2>" + paragraphs("the morning", 2) + "</div></article>"
                + "<article class=\"item item--list\"><header><h2>A market moves indoors</h2></header>"
                + "<div class=detail><h2>The stalls</h2>" + paragraphs("the market", 12) + "</div></article></main>",
                "The flood");
        assertTrue(listed.text().contains("about the flood"));
        assertTrue(listed.text().contains("about the morning"));
        assertFalse(listed.text().contains("about the market"));

        // sections headed with <h2> in boxes that are no <article> are the story's
        Element sections = findTitled("<main><div class=story><h2>The flood</h2>" + paragraphs("the flood", 2)
                + "</div><div class=story><h2>The night</h2>" + paragraphs("the night", 6) + "</div></main>",
                "The flood");
        assertTrue(sections.text().contains("about the flood"));
        assertTrue(sections.text().contains("about the night"));
    }

    @Test
    void keepsSectionsAndEntriesHeadedWithH1ThatAreNotBuiltLikeTheStory() {
        // HTML5 sections, each headed with its own <h1>, after the story's header and its intro
        StringBuilder sections = new StringBuilder();
        for (String part : List.of("the night", "the morning", "the clean-up")) {
            sections.append("<section><h1>").append(part).append("</h1>").append(paragraphs(part, 2))
                    .append("</section>");
        }
        Element outlined = findTitled("<article><header><h1>The flood</h1><p>By Ana Ruiz, 3 May</p></header>"
                + "<div class=intro>" + paragraphs("the flood", 3) + "</div>" + sections + "</article>", "The flood");
        assertTrue(outlined.text().contains("about the night"));
        assertTrue(outlined.text().contains("about the clean-up"));

        // a live blog whose every entry is headed with an <h1>
        StringBuilder entries = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            entries.append("<div class=entry><h1>Update ").append(i).append("</h1>")
                    .append(paragraphs("update " + i, 1)).append("</div>");
        }
        Element live = findTitled("<main><div class=live-header><h1>The flood, live</h1>" + paragraphs("the flood", 3)
                + "</div><div class=entries>" + entries + "</div></main>", "The flood, live");
        assertTrue(live.text().contains("about update 1"));
        assertTrue(live.text().contains("about update 4"));
    }

    @Test
    void keepsAStoryWhoseOwnTextHoldsAnotherH1OrWhoseTitleIsNoH1() {
        String notice = "<div class=notice><p>Our offices are closed over the holidays, and the phone lines reopen on "
                + "the fourth.</p><p>Letters to the editor can still be sent by post or through the form.</p></div>";
        // a page builder sets the title in a section of its own, and an appeal inside the text as an <h1>
        Element built = findTitled("<section class=row><h1>The flood</h1></section><section class=row><div class=col>"
                + paragraphs("the flood", 4) + "<div class=appeal><h1>Support local news</h1><p>Readers like you "
                + "keep this paper going, and every gift counts.</p></div></div></section>" + notice, "The flood");
        assertTrue(built.text().contains("about the flood"));

        // the title in an <h2>, the site's name in an <h1> opening the box of the text
        Element logo = findTitled("<section class=top><h2>The flood</h2></section><section class=bottom>"
                + "<h1><a href=/>The Gazette</a></h1><div class=col>" + paragraphs("the flood", 4) + "</div></section>"
                + notice, "The flood");
        assertTrue(logo.text().contains("about the flood"));
    }

    @Test
    void readsADivThatHoldsOnlyInlineTextAsAParagraph() {
        // a rich-text editor's output: every paragraph a div around a styled span, no text of the div's own
        String chapter = paragraphs("the harbour", 20)
                .replace("<p>", "<div style=\"margin: 1em 0\"><div dir=ltr><span style=\"font-family: arial\">")
                .replace("</p>", "</span></div></div>");
        Element article = find("<div class=\"note\"><h3>Author's note</h3>" + paragraphs("my schedule", 3) + "</div>"
                + "<div class=chapter><div>" + chapter + "</div></div>");
        assertTrue(article.text().contains("Paragraph 19 about the harbour"));
        assertFalse(article.text().contains("about my schedule"));
        // entries of a table of contents are such divs too, but their text is links
        String contents = paragraphs("chapter", 20).replace("<p>", "<div><a href=/c>").replace("</p>", "</a></div>");
        Element note = find("<div class=\"note\"><h3>Author's note</h3>" + paragraphs("my schedule", 3) + "</div>"
                + "<div class=toc><div>" + contents + "</div></div>");
        assertTrue(note.text().contains("about my schedule"));
        assertFalse(note.text().contains("about chapter"));
    }

    @Test
    void ignoresTextInsideLinksAndSmallBlocksNamedLikeContent() {
        Element article = find("<a href=/x><div class=textbox><div>A teaser card that points to another story</div>"
                + "</div></a><div class=pagination>Page 1 of 20, next, previous</div><div>" + paragraphs("ships", 3)
                + "</div>");
        assertTrue(article.text().contains("about ships"));
        assertFalse(article.text().contains("teaser card"));
    }

    @Test
    void keepsListsTablesAndBareDivTextInsideTheChosenBlock() {
        Element article = find("<div class=entry>" + paragraphs("ships", 5) + "<ul><li>Hull</li></ul>"
                + "<table><tr><td>Mast</td></tr></table><div>Bare div text about rigging.</div></div>");
        assertTrue(article.text().contains("Hull"));
        assertTrue(article.text().contains("Mast"));
        assertTrue(article.text().contains("Bare div text about rigging."));
    }

    @Test
    void widensToTheArticleElementToKeepTheLeadFigure() {
        Element article = find("<article><figure><img src=/lead.jpg><figcaption>Lead caption</figcaption></figure>"
                + "<div class=body>" + paragraphs("ships", 6) + "</div></article><div>" + paragraphs("ads", 1)
                + "</div>");
        assertTrue(article.text().contains("Lead caption"));
        assertTrue(article.selectFirst("img") != null);
    }

    @Test
    void includesASiblingTableOfDataButNotOneOfLinks() {
        String data = "<div class=w-embed><table><tr><th>Coffee</th><th>Taste</th></tr><tr><td>Guji</td>"
                + "<td>apricot and jasmine</td></tr></table></div>";
        String links = "<div><table><tr><th>Most read</th></tr><tr><td><a href=/a>Fares rise again in May</a></td>"
                + "</tr><tr><td><a href=/b>The pier reopens</a></td></tr></table></div>";
        Element article = find("<div><div class=rich-text>" + paragraphs("roasting", 6) + "</div>" + data + links
                + "</div>");
        assertTrue(article.text().contains("apricot and jasmine"), article.text());
        assertFalse(article.text().contains("Fares rise"), article.text());
    }

    @Test
    void joinsABoxOfInlineTextBetweenTheHeadlineAndTheTextButNotOneAboveTheHeadline() {
        String lead = "<div class=lead><strong>The ferry company will run a late boat on Fridays from May, after a "
                + "winter in which commuters asked for it at every council meeting.</strong></div>";
        String note = "<div class=note>Our new calendar of the harbour is on sale in the shop, and every copy sold helps "
                + "the rowing club's juniors.</div>";
        Element article = find("<div class=story>" + note + "<h1>Late boat returns</h1><p class=info>Ann Lee | 3 May</p>"
                + lead + "<div class=body>" + paragraphs("ferries", 6) + "</div></div>");
        assertTrue(article.text().contains("run a late boat on Fridays"), article.text());
        assertFalse(article.text().contains("calendar of the harbour"), article.text());
        String bar = "<div class=breaking-bar><strong>Breaking</strong> <span>Live updates: storm Hera makes landfall on "
                + "the south coast, thousands without power</span></div>";
        article = find("<div class=story><h1>Late boat returns</h1>" + bar + "<div class=body>" + paragraphs("ferries", 6)
                + "</div></div>");
        assertFalse(article.text().contains("storm Hera"), "a bar of another story's live updates: " + article.text());
    }

    @Test
    void includesSiblingParagraphsThatContinueTheArticle() {
        Element article = find("<div><div class=body>" + paragraphs("ships", 6) + "</div>"
                + "<p>A closing sibling paragraph that is long enough to count as the article continuing on.</p>"
                + "</div>");
        assertTrue(article.text().contains("closing sibling paragraph"));
    }

    /** {@code content} in a block of an email: a row of the column, in layout tables nested three deep. */
    private static String emailBlock(String content) {
        return "<tr><td><table role=presentation width=100%><tr><td><table role=presentation width=100%><tr><td>"
                + content + "</td></tr></table></td></tr></table></td></tr>";
    }

    @Test
    void joinsTheBlocksAnEmailStacksEachInLayoutTablesOfItsOwn() {
        Element article = find("<table role=presentation width=600>" + emailBlock(paragraphs("the letter", 3))
                + emailBlock("<img src=/ferry.jpg width=600>")
                + emailBlock("The first ferry of the season at the pier on Tuesday morning.")
                + emailBlock("<h2>Timetable</h2><p>From May, the late boat runs on Fridays again, which the island's "
                        + "commuters had asked for since the winter schedule began.</p>")
                + emailBlock(paragraphs("the harbour", 2))
                + "</table>");
        assertTrue(article.text().contains("about the letter"));
        assertTrue(article.text().contains("about the harbour"), article.html());
        assertTrue(article.text().contains("the late boat runs on Fridays"));
        assertTrue(article.text().contains("The first ferry of the season"));
        assertTrue(article.selectFirst("img[src=/ferry.jpg]") != null);
    }

    @Test
    void fallsBackToTheWholeBodyWhenNothingScores() {
        Element article = find("<span>tiny</span>");
        assertTrue(article.text().contains("tiny"));
    }

    @Test
    void emptiesAButtonButLeavesItWhereItStoodForTheStagesThatReadTheBoxesAroundIt() {
        Element article = find("<div id=a>" + paragraphs("ferries", 5) + "<div class=box><p>Our app tells you when"
                + " the ferry leaves.</p><button class=cta>Get the app</button></div></div>");
        Element button = article.selectFirst("div.box > button");
        assertTrue(button != null && button.text().isEmpty() && button.attributesSize() == 0, article.html());
        assertFalse(article.text().contains("Get the app"));
    }

    @Test
    void aLongListingsOwnBoxIsNotTheArticleAroundIt() {
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            listing.append("const part").append(i).append(" = header.split(\",\")[").append(i).append("];\n");
        }
        Element article = find("<div class='docs markdown'><h1>Webhooks</h1>" + paragraphs("signatures", 2)
                + "<ol><li>Read the raw body exactly as it was received.</li><li>Compare the digests in constant time."
                + "</li></ol><div class=codeBlockContent><pre>" + listing + "</pre><button>Copy</button></div>"
                + paragraphs("secrets", 1) + "</div><nav class=pagination>Next page</nav>");
        assertTrue(article.text().contains("Read the raw body"), article.text());
        assertTrue(article.text().contains("about signatures"), article.text());
    }
}
