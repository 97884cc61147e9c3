package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.page.DeclaredLines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ChromeRemoverTest {

    private static final ChromeRemover REMOVER = new ChromeRemover();
    private static final String PROSE = "<p>" + "Engineers inspected the bridge on Friday and found, to general "
            + "relief, that the cracks were only in the paint and not in the steel beneath it. ".repeat(3) + "</p>";

    private static String textAfter(String body, boolean classWords) {
        Document document = Jsoup.parse("<body>" + body + "</body>", "https://news.example/");
        REMOVER.removeFrom(document.body(), classWords);
        return document.body().text();
    }

    @Test
    void removesNavigationAsideAndSiteHeaderAndFooter() {
        String text = textAfter("<header>Site header</header><nav>Menu links</nav><article><header>Article head"
                + "</header>" + PROSE + "</article><aside>Side box</aside><footer>Site footer</footer>", true);
        assertFalse(text.contains("Site header"));
        assertFalse(text.contains("Menu links"));
        assertFalse(text.contains("Side box"));
        assertFalse(text.contains("Site footer"));
        assertTrue(text.contains("Article head"));
    }

    @Test
    void aNameEveryModuleOfThePageBearsSaysNothingOfEach() {
        String letter = "<p>The harbour board met on Monday and agreed, after a long debate, to keep the night ferry "
                + "running through the winter months.</p>";
        String text = textAfter(("<div class='hs_cos_wrapper hs_cos_wrapper_widget'>" + letter + "</div>").repeat(3)
                + "<div class='sidebar widget'><p>Popular this week</p></div>", true);
        assertEquals(3, text.split("The harbour board met", -1).length - 1, text);
        assertFalse(text.contains("Popular this week"));
        String oneWidget = textAfter(letter.repeat(3) + "<div class=widget><p>Our partner's offer, which a widget "
                + "shows beside the letter, goes on for a sentence.</p></div>", true);
        assertFalse(oneWidget.contains("Our partner's offer"), oneWidget);
        // a page builder adds each module's id to the name; a word of a box's own without a digit still names it
        StringBuilder modules = new StringBuilder();
        for (String id : new String[] {"1dd7bd7", "3515880", "b991754"}) {
            modules.append("<div class='elementor-element elementor-element-").append(id)
                    .append(" elementor-widget elementor-widget-text-editor'>").append(letter).append("</div>");
        }
        String built = textAfter(modules + "<div class='elementor-element elementor-element-523e7e3 elementor-widget "
                + "elementor-widget-text-editor sponsor-row'><p>Our partner's offer goes on for a sentence.</p></div>",
                true);
        assertEquals(3, built.split("The harbour board met", -1).length - 1, built);
        assertFalse(built.contains("Our partner's offer"), built);
    }

    @Test
    void aModuleSetAmongTheTextsModulesThatOnlyTheFrameworksWordsNameIsTheArticles() {
        String paragraphs = "<p>The harbour board met on Monday and agreed, after a long debate, to keep the night "
                + "ferry running through the winter months.</p><p>The vote was close, and the board asked the port "
                + "to report on the costs again before the spring timetable goes to print.</p>";
        String page = module("1dd7bd7", "text-editor", paragraphs)
                + module("334389d", "image", "<figure class=wp-caption><img src=ferry.jpg width=1024>"
                        + "<figcaption class='widget-image-caption wp-caption-text'>The night ferry at the quay"
                        + "</figcaption></figure>")
                + module("7b1c3d2", "counter", "<div class=elementor-counter><span>87</span><div>crossings a "
                        + "winter</div></div>")
                + module("52a9e11", "share-buttons", "<a href='https://social.example/share'>Share on Social</a>")
                + module("b991754", "text-editor", paragraphs)
                + module("f3c2a10", "counter", "<div class=elementor-counter><span>1200</span><div>readers "
                        + "served</div></div>");
        String text = textAfter(page, true);
        assertTrue(text.contains("The night ferry at the quay"), text);
        assertTrue(text.contains("crossings a winter"), text);
        assertFalse(text.contains("Share on Social"), text); // its own word names it: "share-buttons"
        assertFalse(text.contains("readers served"), text); // beside the text's modules, not among them
    }

    @Test
    void readsATextModuleWithModifiersAsTheTextsAndKeepsThePictureAfterItsLastModule() {
        String paragraphs = "<p>The harbour board met on Monday and agreed, after a long debate, to keep the night "
                + "ferry running through the winter months.</p><p>The vote was close, and the board asked the port "
                + "to report on the costs again before the spring timetable goes to print.</p>";
        String page = "<div class=column>" + module("1dd7bd7", "text-editor elementor-drop-cap-yes", paragraphs)
                + module("3c0a9e2", "heading", "<h2>What the board asked</h2>")
                + module("b991754", "text-editor", paragraphs)
                + module("334389d", "image", "<figure class=wp-caption><img src=quay.jpg width=1024>"
                        + "<figcaption class='widget-image-caption wp-caption-text'>The quay at dawn</figcaption>"
                        + "</figure>")
                + module("f3c2a10", "counter", "<div class=elementor-counter><span>1200</span><div>readers "
                        + "served</div></div>") + "</div><div class=notes>" + paragraphs + paragraphs.substring(0,
                        paragraphs.indexOf("</p>") + 4) + "</div>";
        String text = textAfter(page, true);
        assertTrue(text.contains("What the board asked"), text);
        assertTrue(text.contains("The quay at dawn"), "the picture after the text's last module: " + text);
        assertFalse(text.contains("readers served"), text);
        String banner = textAfter(page.replace("<img src=quay.jpg width=1024>", "<a href=/shop/hedging><img "
                + "src=quay.jpg width=1024></a>"), true);
        assertFalse(banner.contains("The quay at dawn"), "a banner that leads to a shop's page: " + banner);
    }

    private static String module(String id, String type, String html) {
        return "<div class='elementor-element elementor-element-" + id + " elementor-widget elementor-widget-" + type
                + "'><div class=elementor-widget-container>" + html + "</div></div>";
    }

    @Test
    void removesAnOutstreamVideoAdSetInTheTextButNotTheStorysPlayer() {
        String text = textAfter("<article>" + PROSE + "<div id=primis_container_div><div class=primis-vp-title>Ten"
                + " sunsets in ninety seconds</div><video src='blob:https://news.example/1'></video></div>"
                + "<div class=exco-wrapper><span class=exco-header-title>Weather for the weekend</span></div>"
                + "<figure class=video><iframe src='https://www.youtube.com/embed/b1'></iframe><figcaption>The"
                + " bridge at dawn</figcaption></figure>" + PROSE + "</article>", true);
        assertFalse(text.contains("Ten sunsets"), text);
        assertFalse(text.contains("Weather for the weekend"), text);
        assertTrue(text.contains("The bridge at dawn"), text);
    }

    @Test
    void leavesDeclaredLinesAndTheBoxesThatHoldThem() {
        String ingredients = "<aside class=sidebar><h3>Ingredients</h3><ul><li " + DeclaredLines.ATTRIBUTE
                + "=ingredient><span>1/4</span> cup butter</li><li " + DeclaredLines.ATTRIBUTE
                + "=ingredient><span>2</span> eggs</li></ul></aside>";
        String text = textAfter(ingredients + "<article>" + PROSE + "</article>", true);
        assertTrue(text.contains("Ingredients 1/4 cup butter 2 eggs"), text); // "1/4" alone reads as a slide counter
        String unmarked = textAfter(ingredients.replace(DeclaredLines.ATTRIBUTE, "data-x") + "<article>" + PROSE
                + "</article>", true);
        assertFalse(unmarked.contains("butter"), unmarked);
    }

    @Test
    void removesALongCommentThreadUnderAShortStoryButNotABoxSoNamedThatHoldsTheHeadline() {
        String comment = "<div class=post><p>I drove over that bridge every morning for years and never once "
                + "thought about the paint, but the inspectors clearly did, and good for them.</p></div>";
        String story = "<article><h1>Bridge cracks only in the paint</h1><p>Engineers found the cracks were only in "
                + "the paint.</p></article>";
        String text = textAfter(story + "<div id=comments>" + comment.repeat(8) + "</div>", true);
        assertTrue(text.contains("only in the paint"), text);
        assertFalse(text.contains("I drove over that bridge"), text);
        String misnamed = textAfter("<div class=comments-open><h1>Bridge cracks only in the paint</h1>"
                + comment.repeat(8) + "</div>", true);
        assertTrue(misnamed.contains("I drove over that bridge"), misnamed);
        String opinion = textAfter("<div class=page-header><h1>Bridge cracks only in the paint</h1></div><div "
                + "class=\"story tone-comment\">" + comment.repeat(8) + "</div>", true);
        assertTrue(opinion.contains("I drove over that bridge"), opinion);
        String declared = textAfter(story + "<div id=comments>" + comment.repeat(8) + "<ul><li "
                + DeclaredLines.ATTRIBUTE + "=ingredient>2 cans of primer</li></ul></div>", true);
        assertTrue(declared.contains("2 cans of primer"), declared);
        String headed = "<p %s>Read more: primer tips</p><ul><li><a href=/a>Primer one</a></li><li><a href=/b>Primer "
                + "two</a></li></ul>";
        assertFalse(textAfter(PROSE + headed.formatted("") + PROSE, true).contains("primer tips"));
        String marked = textAfter(PROSE + headed.formatted(DeclaredLines.ATTRIBUTE + "=step") + PROSE, true);
        assertTrue(marked.contains("primer tips"), marked);
    }

    @Test
    void readsNoClassWordsInCodeWhereAHighlighterNamesItsTokens() {
        String text = textAfter("<article>" + PROSE + "<pre class=language-python><code><span class=\"token comment\">"
                + "# read the gauge every ten minutes</span>\nINTERVAL = 10</code></pre><p>Then <code>"
                + "read_level()</code> returns the level.</p>" + PROSE + "<pre class=share-embed-code>&lt;iframe "
                + "src=//news.example/embed/1&gt;</pre></article><div class=comments><p>Nice post"
                + "</p></div>", true);
        assertTrue(text.contains("# read the gauge every ten minutes"), text);
        assertTrue(text.contains("read_level()"), text);
        assertFalse(text.contains("Nice post"), text);
        assertFalse(text.contains("iframe"), text);
    }

    @Test
    void keepsAQuizFormAmongTheArticlesParagraphsButNotASidebarPollOrASearchForm() {
        String quiz = "<form class=quiz><fieldset><legend>Which span of the bridge was repainted first?</legend>"
                + "<label><input type=radio name=q> The eastern span</label><label><input type=radio name=q> The "
                + "western span</label></fieldset><button>Check answer</button></form>";
        String text = textAfter("<article>" + PROSE + quiz + PROSE + "</article><div class=sidebar><form><p>How did "
                + "you find us?</p><label><input type=radio name=p> Search</label><label><input type=radio name=p> "
                + "A friend</label><button>Vote</button></form><form><input type=search><button>Search the site"
                + "</button></form></div>", true);
        assertTrue(text.contains("Which span of the bridge was repainted first?"), text);
        assertFalse(text.contains("How did you find us?"), text);
        assertFalse(text.contains("Search the site"), text);
    }

    @Test
    void keepsAFactBoxAsideSetBetweenProseParagraphs() {
        String text = textAfter("<article>" + PROSE + "<aside class=infobox><h4>The bridge in figures</h4><ul><li>"
                + "Length: 1,240 metres, 420 of them above the valley floor</li><li>Cost: about 610 million, shared by "
                + "the state and the region</li><li>Opening planned for the autumn of 2028</li></ul></aside>" + PROSE
                + "</article><aside>Side box beside the article</aside>", true);
        assertTrue(text.contains("420 of them above the valley floor"));
        assertFalse(text.contains("Side box beside the article"));
    }

    @Test
    void keepsASidenoteThatOpensASectionUnderItsHeadingButNotAPitchThere() {
        String note = "<aside class=sidenote role=note><p>The parish ledger of 1611 lists nine ferry households on "
                + "the island, paying their dues in dried fish and rope.</p></aside>";
        String pitch = "<aside class=sidenote><p>Stories like this one take our reporters months, and our readers "
                + "pay for every one of them. <a href=/support>Support our journalism</a></p></aside>";
        String text = textAfter("<article><section>" + PROSE + "</section><section><h2>Four centuries of ferries</h2>"
                + note + PROSE + "</section><section><h2>What comes next</h2>" + pitch + PROSE + "</section>"
                + "</article>", true);
        assertTrue(text.contains("nine ferry households"), text);
        assertFalse(text.contains("take our reporters months"), text);
        // under the headline, before the text, a box is a sidebar
        String underHeadline = textAfter("<article><h1>Ferries</h1>" + note + PROSE + "</article>", true);
        assertFalse(underHeadline.contains("nine ferry households"), underHeadline);
    }

    @Test
    void aPostsCategoryAndTagClassesNameItsTopicsNotItsBox() {
        String text = textAfter("<div class='post type-post category-commenti tag-advertising hentry'><h1>Il ponte"
                + "</h1>" + PROSE + PROSE + "</div>", true);
        assertTrue(text.contains("Engineers inspected"), text);
    }

    @Test
    void keepsABoxAfterTheStorysListsAndTablesButNotAPitchThere() {
        String steps = "<ol><li>Open the city's portal and sign in with your identity card</li><li>Choose the grant "
                + "for young tenants and fill in the form</li></ol>";
        String table = "<table><tr><td>Under 25</td><td>250 euros</td></tr><tr><td>25 to 35</td><td>200 euros</td>"
                + "</tr></table>";
        String box = "<aside class=box><h4>Without a digital certificate</h4><p>Any citizens' office will help you "
                + "file the form in person; appointments are free and can be booked by phone.</p></aside>";
        String pitch = "<aside class=box><h4>Before you go</h4><p>Our reporting on housing is free for everyone. "
                + "Become a member from 5 euros a month and support independent journalism.</p></aside>";
        // past the story's list of steps, a heading and its table, whether the text goes on after it or not
        String text = textAfter("<article>" + PROSE + steps + "<h2>How much</h2>" + table + box + PROSE + "</article>",
                true);
        assertTrue(text.contains("Any citizens' office will help you"), text);
        text = textAfter("<article>" + PROSE + steps + "<h2>How much</h2>" + table + box + "<ul><li>Tags</li></ul>"
                + "</article>", true);
        assertTrue(text.contains("Any citizens' office will help you"), text);
        // so far from the paragraph, a box that names a nag phrase stands in the text only when it goes on after it
        text = textAfter("<article>" + PROSE + steps + "<h2>How much</h2>" + table + pitch + "</article>", true);
        assertFalse(text.contains("Become a member"), text);
        // nor one that links into the site or names it: a house ad, the paper's standards note
        String houseAd = "<aside class=box><h4>News Example reader trips</h4><p>Eight days on the Amalfi coast with "
                + "one of the paper's editors, flights from Frankfurt and excursions to Capri included.</p></aside>";
        text = textAfter("<article>" + PROSE + steps + "<h2>How much</h2>" + table + houseAd + "</article>", true);
        assertFalse(text.contains("Eight days on the Amalfi coast"), text);
        String bio = "<aside class=box><h4>About the writer</h4><p>Ada Roe has covered housing since 2019 and lives by "
                + "the river with two cats. <a href=/authors/ada-roe>All her stories</a></p></aside>";
        text = textAfter("<article>" + PROSE + steps + "<h2>How much</h2>" + table + bio + "</article>", true);
        assertFalse(text.contains("has covered housing since 2019"), text);
        // and a sidebar before the text is still no part of it
        text = textAfter("<div class=page>" + box + "<h1>Grants</h1>" + PROSE + PROSE + "</div>", true);
        assertFalse(text.contains("Any citizens' office will help you"), text);
    }

    @Test
    void keepsAShortListOfFiguresWithoutALinkAfterAParagraphButNotAShortTeaserOrLine() {
        String text = textAfter("<article>" + PROSE + "<aside class=factbox><h3>Stolen accounts</h3><ul><li>2024: 8,600"
                + " reports</li><li>2025: 12,040 reports</li></ul></aside>" + PROSE + "<aside><h3>Ferry strike</h3><ul>"
                + "<li><a href=/news/ferry-strike>Crews walk out on Monday</a> as talks stall</li></ul></aside>" + PROSE
                + "<aside><p>The bridge will stand for a century and more.</p></aside><aside><h3>The bridge podcast</h3>"
                + "<ul><li>A new episode every Friday</li><li>Guests from the works</li></ul><button>Play</button>"
                + "</aside>" + PROSE + "</article>", true);
        assertTrue(text.contains("2025: 12,040 reports"), text);
        assertFalse(text.contains("Crews walk out on Monday"), text);
        assertFalse(text.contains("The bridge will stand for a century"), text);
        assertFalse(text.contains("A new episode every Friday"), text);
    }

    @Test
    void keepsTheKeyPointsThatOpenTheTextButNotLinksThatOpenIt() {
        String keyPoints = "<aside><h3>Key points</h3><ul><li>The app works again since 16:30</li><li>Cash machines"
                + " were never affected</li></ul></aside>";
        String text = textAfter("<div class=body>" + keyPoints + PROSE + PROSE + "</div>", true);
        assertTrue(text.contains("The app works again since 16:30"), text);
        // a live blog's entries hold the prose a level or two down
        String entry = "<div class=entry><div class=meta><time>16:40</time></div><div class=text>" + PROSE
                + "</div></div>";
        String live = textAfter("<div class=live>" + keyPoints + entry + entry + "</div>", true);
        assertTrue(live.contains("The app works again since 16:30"), live);
        String linked = textAfter("<div class=body>" + keyPoints.replace("<li>The app", "<li><a href=/news/app>The app")
                .replace("16:30</li>", "16:30</a></li>") + PROSE + PROSE + "</div>", true);
        assertFalse(linked.contains("Cash machines were never affected"), linked);
        String contents = textAfter("<div class=body><aside><h3>In this story</h3><ul><li>Background</li><li>What "
                + "changes</li><li>Who pays</li><li>Reactions so far</li><li>Next steps</li></ul></aside>" + PROSE + PROSE + "</div>", true);
        assertFalse(contents.contains("What changes"), contents);
    }

    @Test
    void keepsATitledTipAfterARecipesStepsButNotAnUntitledLineATeaserOrAPitchSoShort() {
        // the card's text ends in its steps, a list whose last item holds the paragraph: section, list, item, p
        String card = "<div class=recipe><h2>Smoky bean soup</h2><ul class=ingredients><li>2 cans black beans</li>"
                + "<li>1 chipotle in adobo</li></ul><div class=body><section class=steps><h3>Method</h3><ol><li>"
                + "<span>1</span> <p>Simmer the beans with the stock and the chipotle for twenty minutes, stirring now "
                + "and then so nothing catches.</p></li></ol></section></div>";
        String tip = "<aside class=recipe-tip><h3>Tip</h3><p>The soup keeps for three days in the fridge.</p></aside>";
        String text = textAfter(card + tip + "</div>", true);
        assertTrue(text.contains("The soup keeps for three days"), text);
        // a recipe plugin writes each step as a <div> of text alone
        String plugin = card.replace("<p>Simmer", "<div class=step-text>Simmer").replace("catches.</p>",
                "catches.</div>");
        text = textAfter(plugin + tip + "</div>", true);
        assertTrue(text.contains("The soup keeps for three days"), text);
        // a box that speaks as the house stands in the text only right after a paragraph, one wrapper down at most
        String house = "<aside><h3>About us</h3><p>We are a family of four cooking in a small flat in Leeds, and we "
                + "test every recipe twice before it goes up here.</p></aside>";
        text = textAfter("<div class=site><div class=entry><div class=text><div class=body>" + PROSE
                + "</div></div></div>" + house + "</div>", true);
        assertFalse(text.contains("family of four"), text);
        // a site's box after the article's wrappers stands beside the text, not in it
        String about = "<aside><h3>About this kitchen</h3><p>Recipes tested twice in a small flat in Leeds, with a "
                + "two-ring hob, one oven and far too many jars of chilli.</p></aside>";
        text = textAfter("<div class=site><article><div class=entry><div class=text>" + PROSE
                + "</div></div></article>" + about + "</div>", true);
        assertFalse(text.contains("Recipes tested twice"), text);
        // but a box of links is no text, however long
        String menu = "<div class=menu><ul><li><a href=/soups>Soups and stews for the cold months</a></li><li><a "
                + "href=/bakes>Bakes, breads and everything with yeast in it</a></li></ul></div>";
        text = textAfter("<div class=page>" + menu + tip + "</div>", true);
        assertFalse(text.contains("The soup keeps for three days"), text);
        // a line without a title of its own is no note
        text = textAfter(card + tip.replace("<h3>Tip</h3>", "") + "</div>", true);
        assertFalse(text.contains("The soup keeps for three days"), text);
        text = textAfter(card + tip.replace("<h3>Tip</h3>", "<span class=icon></span>") + "</div>", true);
        assertFalse(text.contains("The soup keeps for three days"), text); // nor is an icon a title
        // a teaser's headline under its label ends without a stop
        text = textAfter(card + "<aside><h3>From the archive</h3><p>The winter the river froze over at the old mill "
                + "and the soup kitchen</p></aside></div>", true);
        assertFalse(text.contains("The winter the river froze"), text);
        text = textAfter(card + "<aside><h3>The winter the river froze over at the old mill and the soup kitchen."
                + "</h3></aside></div>", true);
        assertFalse(text.contains("The winter the river froze"), text); // a headline alone
        // a pitch speaks as the house
        text = textAfter(card + "<aside><h3>Tip</h3><p>Get our soups by mail every Friday, for free.</p></aside>"
                + "</div>", true);
        assertFalse(text.contains("Get our soups by mail"), text);
    }

    @Test
    void keepsAKeyFigureUnderItsLabelButNotASponsorsBoxOrAPullQuoteWithItsSpeaker() {
        String figure = "<aside class=pullout><p>Key figure</p><p>$2.75</p><p>The adult single fare, which stays "
                + "unchanged until January.</p></aside>";
        String text = textAfter("<article>" + PROSE + figure + PROSE + "</article>", true);
        assertTrue(text.contains("The adult single fare"), text);
        // an ad's label titles no note of the story's
        String sponsored = "<aside class=pullout><p>Sponsored</p><p>Ferro pans: a third off all cast iron until "
                + "Sunday.</p></aside>";
        text = textAfter("<article>" + PROSE + sponsored + PROSE + "</article>", true);
        assertFalse(text.contains("Ferro pans"), text);
        // a "Pin" button over a figure's picture goes, the picture stays; a label over an icon goes with it
        text = textAfter("<article>" + PROSE + "<figure><div class=pin-wrap><span><a href=/pin>Pin</a></span><img "
                + "src=/mirador-1024.jpg width=1024></div><figcaption>The lookout at dusk.</figcaption></figure>"
                + "<div class=tools><svg></svg> Pin</div>" + PROSE + "</article>", true);
        assertFalse(text.contains("Pin"), text);
        Document page = Jsoup.parse("<article>" + PROSE + "<figure><div class=pin-wrap><span><a href=/pin>Pin</a>"
                + "</span><img src=/mirador-1024.jpg width=1024></div></figure>" + PROSE + "</article>");
        REMOVER.removeFrom(page.body(), true);
        assertNotNull(page.selectFirst("img[src=/mirador-1024.jpg]"), "the picture");
        // an ad's linked banner, a pin icon inside a figure; an old page's centred pictures with a label beside them
        text = textAfter("<article>" + PROSE + "<div><span>Ad</span><br><a href=https://track.example/c><img "
                + "src=/banner-300x250.jpg width=300 height=250></a></div><figure><img src=/quay-1024.jpg width=1024>"
                + "<div><img src=/icons/pin.png width=20> Pin it</div><figcaption>The quay.</figcaption></figure>"
                + PROSE + "</article>", true);
        assertFalse(text.contains("Pin it"), text);
        page = Jsoup.parse("<article>" + PROSE + "<div id=ad><span>Ad</span><br><a href=https://track.example/c>"
                + "<img src=/banner.jpg width=300></a></div><center><a href=/mill-big.jpg><img src=/mill.jpg></a><br>"
                + "Enlarge</center>" + PROSE + "<center><img src=/weir.jpg><br>Back to top</center></article>");
        REMOVER.removeFrom(page.body(), true);
        assertNull(page.getElementById("ad"), "an ad's label takes its banner");
        assertEquals(2, page.select("img[src~=(mill|weir).jpg]").size(), page.body().html());
        // a poll under its title goes, and an author's card after the text
        text = textAfter("<article>" + PROSE + "<div class=box><p>Umfrage</p><p>Fahren Sie mit der neuen Tram?</p>"
                + "<form><label><input type=radio name=a> Ja</label><label><input type=radio name=a> Nein</label>"
                + "<button>Abstimmen</button></form></div>" + PROSE + "<div class=gh-author-card><h4>Ann Lee</h4><p>Ann "
                + "writes about the harbour and its ferries.</p></div></article>", true);
        assertFalse(text.contains("neuen Tram"), text);
        assertFalse(text.contains("writes about the harbour"), text);
        // an old page's ad, centred
        text = textAfter("<article>" + PROSE + "<center><span>ADVERTISEMENT</span><br><a href=/subscribe><img "
                + "src=/house/subscribe.gif></a><br><font size=2>Get the Gazette delivered from just £2.50 a week."
                + "</font></center>" + PROSE + "</article>", true);
        assertFalse(text.contains("Gazette delivered"), text);
        // a label that titles no ad still makes no note of the story's
        text = textAfter("<article>" + PROSE + sponsored.replace("Sponsored", "Recommended") + PROSE + "</article>",
                true);
        assertFalse(text.contains("Ferro pans"), text);
        // a short quotation is a sentence, no label
        text = textAfter("<article>" + PROSE + "<aside class=pullout><p>\u201cWe will rebuild.\u201d</p><p>Alma "
                + "Quiroga, the mayor, at the council on Tuesday night.</p></aside>" + PROSE + "</article>", true);
        assertFalse(text.contains("at the council on Tuesday night"), text);
        // a quotation's words are no label, however its speaker follows them
        String quote = "<aside class=pullout><p>The ferries will keep running whatever it costs the city</p>"
                + "<p>Alma Quiroga, transit director.</p></aside>";
        text = textAfter("<article>" + PROSE + quote + PROSE + "</article>", true);
        assertFalse(text.contains("The ferries will keep running"), text);
    }

    @Test
    void keepsAnAsideInTheRunningTextWhenAFigureOrAnotherBoxStandsBetweenItAndTheParagraphs() {
        String glossary = "<aside><h4>Words on the bill</h4><dl><dt>Standing charge</dt><dd>The fixed part of the bill, "
                + "set by the contracted power and not by use.</dd><dt>Unit rate</dt><dd>What each kilowatt hour used "
                + "in the period costs.</dd></dl></aside>";
        String text = textAfter("<article>" + PROSE + "<figure><img src=/meter.jpg><figcaption>The meter</figcaption>"
                + "</figure>" + glossary + "<div class=slot></div>" + PROSE + "</article>", true);
        assertTrue(text.contains("set by the contracted power"));
    }

    @Test
    void keepsTheInfoboxThatOpensAWikiArticleAfterItsNotesButNotASidebarOfLinks() {
        String infobox = "<aside class=portable-infobox><h2>The Old Tide Mill</h2><section><h3>Built</h3><div>1822, "
                + "by the harbour board</div></section><section><h3>River</h3><div><a href=/wiki/Wen>Wen</a> estuary"
                + "</div></section><section><h3>Role</h3><div>Grinding corn on the ebb tide, later a store</div>"
                + "</section></aside>";
        String text = textAfter("<div class=wiki-text><table><tr><td><b>Note:</b> this page covers the building "
                + "only.</td></tr></table>" + infobox + PROSE + PROSE + "</div>", true);
        assertTrue(text.contains("Grinding corn on the ebb tide"), text);
        String sidebar = infobox.replace("<div>", "<div><a href=/wiki/x>").replace("</div>", "</a></div>");
        assertFalse(textAfter("<div class=wiki-text>" + sidebar + PROSE + PROSE + "</div>", true)
                .contains("Grinding corn"));
    }

    @Test
    void keepsAKeyFactsAsideAfterTheLastParagraphButNotASidebarBeforeTheText() {
        String facts = "<ul><li>Households paid 14 percent more for power this winter than last</li><li>Prices are "
                + "set again in April by the regulator</li><li>One in five homes now has a smart meter</li></ul>";
        // a sidebar before the text links to the section's pages; a list of facts without a link that opens the
        // text is its key points (keepsTheKeyPointsThatOpenTheTextButNotLinksThatOpenIt)
        String text = textAfter("<div class=page><aside><h4>In this section</h4>"
                + facts.replace("14", "15").replace("<li>", "<li><a href=/energy/bills>").replace("</li>", "</a></li>")
                + "</aside>" + PROSE + PROSE + "<aside><h4>Key facts</h4>" + facts + "</aside></div>", true);
        assertTrue(text.contains("paid 14 percent more"), text);
        assertFalse(text.contains("paid 15 percent more"), text);
        // the text may run in a wrapper of its own, the aside beside it
        String wrapped = textAfter("<article><header><h1>Power bills</h1></header><div class=body>" + PROSE + PROSE
                + "</div><aside><h4>Key facts</h4>" + facts + "</aside></article>", true);
        assertTrue(wrapped.contains("paid 14 percent more"), wrapped);
    }

    @Test
    void removesATeaserAsideWhoseHeadingLinksToAnotherStory() {
        String text = textAfter("<article>" + PROSE + PROSE + "<aside><p>Next in this series</p><h3><a href=/bus-lanes>"
                + "Why the city keeps painting bus lanes</a></h3><p>Planners say the lanes cut journey times by a "
                + "fifth, but drivers and shopkeepers on the high street are not convinced.</p></aside></article>",
                true);
        assertFalse(text.contains("Planners say"), text);
    }

    @Test
    void keepsTheFooterThatAttributesAQuotation() {
        String text = textAfter("<div class=story>" + PROSE + "<blockquote><p>We landed four hours late and nobody "
                + "told us anything about the luggage.</p><footer>\u2014 Ines Carvalhal, 3 January 2026</footer>"
                + "</blockquote>" + PROSE + "</div><footer>Site footer</footer>", true);
        assertTrue(text.contains("Ines Carvalhal, 3 January 2026"));
        assertFalse(text.contains("Site footer"));
    }

    @Test
    void removesPullQuoteAndStoryTeaserAsidesEvenInTheRunningText() {
        String quote = "the cracks were only in the paint and not in the steel beneath it";
        String text = textAfter("<article>" + PROSE + "<aside class=pull>\u201c" + quote + ", and the engineers "
                + "were relieved by what they found on the inspection.\u201d</aside>" + PROSE + "<aside><div class=img>"
                + "</div>Ferry fares rise again as fuel costs climb<div>Read more</div><a href=/fares></a></aside>"
                + PROSE + "</article>", true);
        assertFalse(text.contains("engineers were relieved by what they found"));
        assertFalse(text.contains("Ferry fares rise again"));
    }

    @Test
    void removesTextOnlyScreenReadersReadUnlessItSaysWhatNothingVisibleSays() {
        String text = textAfter("<div class='infobox'><span class='label hideCompletely'>More information</span>"
                + "<a href=/a>Opening hours<span class=visuallyhidden> (opens a new page)</span></a>"
                + "<span class=u-hidden-visually>Photo:</span> Ann Lee</div>"
                + "<div class=stars>★★★★☆<span class=sr-text>Rated 4 out of 5</span></div>"
                + "<figure><canvas></canvas><figcaption>Ferries a year</figcaption><table class=visuallyhidden>"
                + "<tr><td>2023</td><td>41 ferries</td></tr></table></figure>"
                + "<div class=chart><canvas></canvas><div class=sr-only>Crossings: 2022, 118 000; 2023, 131 500.</div>"
                + "<p>Source: harbour office</p></div><div class=offscreen><p>Second slide: the pier at dawn</p></div>" + PROSE, true);
        assertFalse(text.contains("More information"));
        assertFalse(text.contains("opens a new page"));
        assertFalse(text.contains("Photo:"));
        assertTrue(text.contains("Opening hours"));
        assertTrue(text.contains("Ann Lee"));
        assertTrue(text.contains("Rated 4 out of 5"));
        assertTrue(text.contains("41 ferries"));
        assertTrue(text.contains("2023, 131 500"));
        assertTrue(text.contains("the pier at dawn"));
        // a framework's prefix before the class; a picture's link says what it opens, the picture what it shows
        String prefixed = textAfter("<p>Fares<span class=govuk-visually-hidden> for the night ferry</span></p>"
                + "<div class=gallery><a href=/img/quay.jpg><span class=v6-visually-hidden>View full size</span>"
                + "<img src=/img/quay-thumb.jpg></a></div>" + PROSE, true);
        assertFalse(prefixed.contains("for the night ferry"), prefixed);
        assertFalse(prefixed.contains("View full size"), prefixed);
        assertTrue(textAfter("<p><span class=not-sr-only>Shown again</span></p>" + PROSE, true)
                .contains("Shown again"));
        // a spinner's or a skeleton's words say what a script is doing, not what the article says
        String loading = textAfter("<div class=player aria-busy=true><div class=skeleton></div><span class=sr-only>"
                + "Loading the video</span></div><div class=spinner-border role=status><span class=visually-hidden>"
                + "Loading...</span></div>" + PROSE, true);
        assertFalse(loading.contains("Loading"), loading);
        String app = textAfter("<div id=root aria-busy=true><div class=stars>★★★★☆<span class=sr-only>Rated 4 out of "
                + "5</span></div>" + PROSE + "</div>", true);
        assertTrue(app.contains("Rated 4 out of 5"), "an app's root, busy as a whole, is no status box: " + app);
    }

    @Test
    void removesShareBarsAndAdSlotsByClassWords() {
        String text = textAfter("<div class=share-buttons>Share on Mastodon</div><div id=div-gpt-ad-3>ad</div>"
                + "<div class=post-ad_slot>Slot</div>" + "<div class=dfp-container><small>Advertisement</small>"
                + "<div class=dfp-native><h4>Harbour Furniture</h4><p>Handmade chairs delivered free to your door all "
                + "month.</p></div></div>" + PROSE, true);
        assertFalse(text.contains("Share on Mastodon"));
        assertFalse(text.contains("Slot"));
        assertFalse(text.contains("Handmade chairs"));
    }

    @Test
    void removesTheCopiesOfSlidesACarouselAddsForItsLoopButNotItsSlides() {
        String slide = "<div class=\"%s\"><figure><img src=/%s.jpg><figcaption>%s</figcaption></figure></div>";
        Document document = Jsoup.parse("<body>" + PROSE + "<div class=slick-track>"
                + slide.formatted("slick-slide slick-cloned", "fountain", "The fountain at the shallow end.")
                + slide.formatted("slick-slide slick-current", "swimmer", "The first length at 7am.")
                + slide.formatted("slick-slide", "fountain", "The fountain at the shallow end.")
                + "</div><div class=swiper-wrapper>"
                + slide.formatted("swiper-slide swiper-slide-duplicate", "ferry", "The ferry at dawn.")
                + slide.formatted("swiper-slide", "ferry", "The ferry at dawn.") + "</div>", "https://news.example/");
        REMOVER.removeFrom(document.body(), true);
        assertEquals(2, document.select("img[src=/fountain.jpg], img[src=/ferry.jpg]").size());
        assertEquals(1, document.select("img[src=/swimmer.jpg]").size());
    }

    @Test
    void readsTheComponentNamesOfHashedMarkupAsClassWords() {
        String text = textAfter(PROSE + "<div class=_3Yq8r data-widget=ai-summary-upsell><p>Resumo em três pontos "
                + "só para assinantes premium.</p><button>Desbloquear</button></div><section class=css-1x9f2ab "
                + "data-testid=share-tools><p>Partilhar esta notícia</p></section><div class=_9tQ data-component=body>"
                + "<p>The repairs will close one lane of the bridge until the end of the month.</p></div>", true);
        assertFalse(text.contains("Resumo em três pontos"), text);
        assertFalse(text.contains("Partilhar esta notícia"), text);
        assertTrue(text.contains("close one lane of the bridge"), text);
    }

    @Test
    void keepsATableOfDataWhateverTheBoxAroundItIsNamed() {
        String table = "<table><tr><th>Date</th><th>Close</th></tr><tr><td>5 Mar</td><td>214.0</td></tr>"
                + "<tr><td>6 Mar</td><td>212.6</td></tr></table>";
        String text = textAfter(PROSE + "<div class=share-price-chart>" + table + "</div><share-price-widget>"
                + table.replace("214.0", "198.5") + "</share-price-widget><div class=share-tools><a href=/s>Share"
                + "</a></div>" + PROSE, true);
        assertTrue(text.contains("214.0"), text);
        assertTrue(text.contains("198.5"), text);
        assertFalse(text.contains("Share"), text);
        // a row of cells lays an ad out, and a table beside a box's pitch is not what the box says
        String laidOut = textAfter(PROSE + "<div class=ad-slot><table><tr><td><img src=/f.jpg></td><td>Cheap flights "
                + "to the islands all winter</td></tr></table></div>" + PROSE, true);
        assertFalse(laidOut.contains("Cheap flights"), laidOut);
    }

    @Test
    void readsACustomElementsTagAsItsComponentName() {
        String text = textAfter(PROSE + "<promo-slot data-slot=mid-2><div class=\"grid gap-4 p-5\"><div>Neue "
                + "Online-Werkstatt: sechs Wochen Investieren für Einsteiger.</div><a href=/akademie>Jetzt buchen</a>"
                + "</div></promo-slot><story-body><p>The repairs will close one lane of the bridge until the end of the "
                + "month.</p></story-body>", true);
        assertFalse(text.contains("Neue Online-Werkstatt"), text);
        assertTrue(text.contains("close one lane of the bridge"), text);
    }

    @Test
    void removesPitchBoxesNamedForTheirCallWhateverTheirLanguage() {
        String text = textAfter(PROSE + "<div class=\"wp-block-group jetpack-subscribe-cta\"><p>Les nouveaux "
                + "billets de Lina, chaque dimanche matin, directement chez vous.</p><a href=/abo>Je m'abonne</a></div>"
                + "<div class=gift-article-box><p>Kingi see lugu sõbrale, sul on alles seitse linki.</p></div>"
                + "<div class=donation-appeal><p>Sostieni la redazione con un contributo libero.</p></div>"
                + "<div class=signup-cta><p>Elke vrijdag het beste van de week.</p></div>"
                + "<aside class=support-us><p>Wspieraj nas dowolną kwotą.</p></aside>"
                + "<div class=support-box><h3>Podpořte nezávislou žurnalistiku</h3><p>Každá koruna pomáhá.</p>"
                + "<a href=/podpora>Podpořit</a></div>" + PROSE, true);
        assertFalse(text.contains("Podpořte nezávislou žurnalistiku"), text);
        assertFalse(text.contains("Les nouveaux billets de Lina"), text);
        assertFalse(text.contains("Kingi see lugu"), text);
        assertFalse(text.contains("Sostieni la redazione"), text);
        assertFalse(text.contains("Elke vrijdag"), text);
        assertFalse(text.contains("Wspieraj nas"), text);
        assertTrue(text.contains("Engineers inspected the bridge"), text);
    }

    @Test
    void removesALinkAloneInItsBoxWhoseTextIsALabelButKeepsOneInASentence() {
        String text = textAfter("<div class=card><div><img src=/pie.jpg></div> <a href=/print/7>Print recipe</a> "
                + "<a href=/next>Next post</a></div>" + PROSE + "<p>The survey was <a href=/paper>published</a> in "
                + "spring, and <a href=/print/8>print</a> copies followed later in the year.</p>"
                + "<div><a href=/news>Zurück zur Übersicht</a></div><span class=fav><a href=# class=fav-button><i "
                + "class=icon-heart></i> Aggiungi ai preferiti</a></span><div class='kg-card kg-product-card'><img "
                + "src=/scraper.jpg><h4>Steel dough scraper</h4><a href=https://shop.example/scraper>Buy</a></div>"
                + "<h2>History<span class=mw-editsection>[<a href='/w/index.php?action=edit'>edit source</a>]</span>"
                + "</h2><p class='powerpress_links powerpress_links_mp3'>Podcast: <a href=/ep48.mp3>Play in new "
                + "window</a> | <a href=/ep48.mp3 download>Download</a> (Duration: 52:14)</p><p>Member-only story</p>"
                + "<ol class=notes><li class='note reblog'><a href=https://moss.example/>moss</a> reblogged this and "
                + "added: <blockquote>thinking about this sentence all week</blockquote></li><li class='note like'>"
                + "<a href=https://fern.example/>fern</a> liked this</li></ol><ol class=notes><li>Ledger of 1611, "
                + "page 4.</li></ol>", true);
        assertTrue(text.contains("History"));
        assertFalse(text.contains("edit source"));
        assertFalse(text.contains("Play in new window"));
        assertFalse(text.contains("Member-only story"));
        assertFalse(text.contains("thinking about this sentence"));
        assertTrue(text.contains("Ledger of 1611"));
        assertFalse(text.contains("Aggiungi ai preferiti"));
        assertFalse(text.contains("Steel dough scraper"));
        assertFalse(text.contains("Print recipe"));
        assertFalse(text.contains("Zurück zur Übersicht"));
        assertFalse(text.contains("Next post"));
        assertTrue(text.contains("The survey was published in spring, and print copies followed"));
    }

    @Test
    void removesAnAuthorsBoxTitledAsOneButNotAParagraphAboutAnAuthor() {
        String text = textAfter(PROSE + "<p>Sobre el autor de la novela se sabe poco: vivió en el puerto y escribió "
                + "de noche, después del turno en la lonja.</p><div class=a_ap><span class=a_ap_t>Sobre la firma</span>"
                + "<div><a href=/autor/lucia>Lucía Barandiarán</a></div><p>Crítica gastronómica de la casa desde 2016 "
                + "y cocinera durante una década.</p></div>", true);
        assertTrue(text.contains("Sobre el autor de la novela se sabe poco"), text);
        assertFalse(text.contains("Crítica gastronómica de la casa"), text);
        assertFalse(text.contains("Sobre la firma"), text);
    }

    @Test
    void keepsClassWordsInsideLongerWords() {
        String text = textAfter("<div class=shadow-header><p>Kept heading text</p></div>" + PROSE, true);
        assertTrue(text.contains("Kept heading text"));
    }

    @Test
    void readsACompoundComponentNameByItsHead() {
        String text = textAfter("<article>" + PROSE + "<div class=ArchivePromo_container__9dLqe><p>Every page we have"
                + " printed since 1921, searchable.</p></div><div class=SharePriceChart_table__h7Tq><p>Closing price "
                + "of the rail operator, pence, in March.</p></div><div class=PromoCodeTerms_box__x1><p>The code gives "
                + "ten percent off until April.</p></div><ul class=RelatedPosts_list__q2><li>Ferry fares rise</li>"
                + "</ul><div class=ShareBar_bar__H3sWm><span class=ShareBar_hint__vY5tL>Send it on by messenger or "
                + "copy the link.</span></div>" + PROSE + "</article>", true);
        assertFalse(text.contains("Send it on"), "a share bar: " + text);
        assertFalse(text.contains("Every page we have printed"), "a promo: " + text);
        assertTrue(text.contains("Closing price"), "a chart of a share price: " + text);
        assertTrue(text.contains("ten percent off"), "the terms of a promo code: " + text);
        assertFalse(text.contains("Ferry fares rise"), "related posts: " + text);
        String hashes = textAfter("<article>" + PROSE + "<div class=\"sc-bdnxRM kmXpAd\"><p>The pier opened in 1898 "
                + "and was rebuilt twice.</p></div><ul class=Body_list__kXpAd><li>Length: 400 metres</li></ul>" + PROSE
                + "</article>", true);
        assertTrue(hashes.contains("opened in 1898"), "a styled-components hash: " + hashes);
        assertTrue(hashes.contains("Length: 400 metres"), "a CSS-module hash: " + hashes);
        String bare = textAfter("<article>" + PROSE + "<div class=FRoAd><p>The treasurer said the council would "
                + "borrow half.</p></div><div class=BuvAd><p>Work starts in March.</p></div>" + PROSE + "</article>", true);
        assertTrue(bare.contains("borrow half") && bare.contains("Work starts"), "bare hashes: " + bare);
        String article = textAfter("<article class=Story_hasAds__x9Q>" + PROSE + "</article>", true);
        assertTrue(article.contains("Engineers inspected the bridge"), "the article is never chrome: " + article);
    }

    @Test
    void keepsAnEditorsSidebarSetInTheTextButNotTheSitesSidebar() {
        String profile = "<aside class=\"sidebar profile\"><h3 class=sidebar__title>Who is Dr Ada Roe?</h3><p>Dr Ada "
                + "Roe is a structural engineer at the University of Haverleigh who has inspected the region's bridges "
                + "for the state since 2009.</p></aside>";
        String text = textAfter("<article>" + PROSE + profile + PROSE + "</article><aside class=sidebar><p>About "
                + "this blog: notes on bridges, ferries and the people who keep them running, written since 2011 by "
                + "two retired engineers.</p></aside>", true);
        assertTrue(text.contains("Who is Dr Ada Roe?"), text);
        assertTrue(text.contains("inspected the region's bridges"), text);
        assertFalse(text.contains("About this blog"), text);
        String related = textAfter("<article>" + PROSE + "<div class=\"sidebar related\"><p>Ferry fares rise again "
                + "as fuel costs climb, and the harbour board says more increases may follow in the spring.</p></div>"
                + PROSE + "</article>", true);
        assertFalse(related.contains("Ferry fares rise"), "a related box, whatever its place: " + related);
        String chrome = textAfter("<article>" + PROSE + "<div class=sidebar><h4><a href=/news/ferry-fares>Ferry fares "
                + "rise again</a></h4><p>The harbour board says more increases may follow in the spring, after a "
                + "winter of repairs.</p></div>" + PROSE + "<div class=sidebar><p>Advertisement</p><p>Harbour Marine "
                + "Supplies: ropes, chandlery and engine parts for every boat on the coast, open seven days.</p></div>"
                + PROSE + "</article>", true);
        assertFalse(chrome.contains("more increases may follow"), "a teaser: " + chrome);
        assertFalse(chrome.contains("Harbour Marine Supplies"), "an ad: " + chrome);
        String wrapped = textAfter("<article>" + PROSE + "<div class=sidebar><p><span>Advertisement</span></p><p>"
                + "Harbour Marine Supplies: ropes, chandlery and engine parts for every boat on the coast, open seven "
                + "days.</p></div>" + PROSE + "</article>", true);
        assertFalse(wrapped.contains("Harbour Marine Supplies"), "an ad, its label wrapped: " + wrapped);
        String blog = textAfter("<div id=content>" + PROSE + PROSE + "<div class=sidebar><h3>About this blog</h3><p>"
                + "Notes on bridges, ferries and the people who keep them running, written since 2011 by two "
                + "engineers.</p></div><h3>Archives</h3><ul><li><a href=/2025/02>February 2025</a></li><li><a "
                + "href=/2025/01>January 2025</a></li></ul></div>", true);
        assertFalse(blog.contains("About this blog"), "a blog's sidebar after its last paragraph: " + blog);
    }

    @Test
    void keepsADateThatHeadsAPartOfTheStoryButNotADateLine() {
        String agenda = textAfter("<article>" + PROSE + "<h2>Friday, 8 March</h2><h3>Jazz at the Avenida</h3>" + PROSE
                + "<h2>Saturday, 9 March</h2>" + PROSE + "<p>Updated 9 March 2024</p></article>", true);
        assertTrue(agenda.contains("Friday, 8 March"), "the day of the listings under it: " + agenda);
        assertTrue(agenda.contains("Saturday, 9 March"), agenda);
        assertFalse(agenda.contains("Updated 9 March 2024"), "a date line: " + agenda);
        String lineUp = textAfter("<article>" + PROSE + "<h2>The first names by day</h2><h3>Friday 10 July</h3><ul>"
                + "<li>Velvet Harbour</li><li>Kid Comet</li></ul><h3>Saturday 11 July</h3><ul><li>Grey Area</li><li>Basil "
                + "Boys</li></ul>" + PROSE + "</article>", true);
        assertTrue(lineUp.contains("Friday 10 July") && lineUp.contains("Saturday 11 July"), "a festival's days over "
                + "their acts: " + lineUp);
        String latest = textAfter("<article>" + PROSE + "<h3>Friday 10 July</h3><ul><li><a href=/a>Harbour fest "
                + "opens</a></li><li><a href=/b>Late boats added</a></li></ul><h3>Saturday 11 July</h3><ul><li><a "
                + "href=/c>Rain delays the parade</a></li></ul>" + PROSE + "</article>", true);
        assertFalse(latest.contains("Friday 10 July"), "days over lists of links: " + latest);
        String stamp = textAfter("<article><h1>Bridge reopens</h1><h4>8 March 2024</h4>" + PROSE + "</article>", true);
        assertFalse(stamp.contains("8 March 2024"), "a date under the headline, no prose before it: " + stamp);
        String lone = textAfter("<article>" + PROSE + "<h6>By Ada Roe, 3 May 2025</h6>" + PROSE + PROSE
                + "<h6>\u00a9 2025 Bridge Gazette. All rights reserved.</h6></article>", true);
        assertFalse(lone.contains("By Ada Roe"), "a byline beside a copyright line of its rank: " + lone);
    }

    @Test
    void keepsAnEditorsNoteWhereverItStands() {
        String text = textAfter("<article><div class=body><aside class=\"c-note c-note--update\"><p><strong>Update, "
                + "14 July, 16:40:</strong> This article has been updated with the second round of results.</p></aside>"
                + PROSE + "<div class=c-note><p><strong>Aktualizacja (1 grudnia, 15.20):</strong> Dodaliśmy stanowisko "
                + "zarządu spółki.</p></div>" + PROSE + "<aside class=editors-note><h3>Noot van de redactie</h3><p>In een "
                + "eerdere versie stond dat het toestel geen subsidie krijgt.</p></aside></div></article>", true);
        assertTrue(text.contains("Update, 14 July, 16:40: This article has been updated"), text);
        assertTrue(text.contains("Aktualizacja (1 grudnia, 15.20): Dodaliśmy"), text);
        assertTrue(text.contains("Noot van de redactie In een eerdere versie"), text);
        String notices = textAfter("<article><h1>Harbour wall</h1><aside><p>Update: Get breaking news from the coast "
                + "on your phone. Download the Harbour Times app today.</p></aside>" + PROSE + "<p><strong>Update 3 May:"
                + "</strong> Adds the council's reply to the residents. <span>Photo: Ada Roe</span></p>" + PROSE
                + "</article>", true);
        assertFalse(notices.contains("Download the Harbour Times app"), "an app's notice: " + notices);
        assertTrue(notices.contains("Update 3 May: Adds the council's reply"), notices);
        assertFalse(notices.contains("Photo: Ada Roe"), "a credit inside a note: " + notices);
        String pitches = textAfter("<article><h1>Harbour wall</h1><aside><p>Editor's note: this story is free to all "
                + "readers. Please consider supporting local journalism with a subscription.</p></aside>" + PROSE
                + "<p><strong>Correction:</strong> An earlier version gave the wrong cost.<br><b>Photo:</b> Ada Roe</p>"
                + PROSE + "</article>", true);
        assertFalse(pitches.contains("free to all readers"), "a pitch that opens as a note: " + pitches);
        assertTrue(pitches.contains("Correction: An earlier version gave the wrong cost."), pitches);
        assertFalse(pitches.contains("Photo:"), "a credit's label on the note's next line: " + pitches);
    }

    @Test
    void keepsAnUpdateLineThatSaysWhatChangedButNotADateStamp() {
        String text = textAfter("<article><h1>Tram line approved</h1><p>Updated 9:41 AM</p><div class=body><p><em>"
                + "Updated at 14:05 with a statement from the harbour board.</em></p>" + PROSE + "<div class=note><p>"
                + "<strong>Aktualisiert um 16:40 Uhr:</strong> Das Ergebnis der Abstimmung wurde ergänzt.</p></div>"
                + PROSE + "</div></article>", true);
        assertTrue(text.contains("Updated at 14:05 with a statement from the harbour board."), text);
        assertTrue(text.contains("Aktualisiert um 16:40 Uhr: Das Ergebnis der Abstimmung wurde ergänzt."), text);
        assertFalse(text.contains("9:41"), "a date stamp: " + text);
    }

    @Test
    void keepsTheKeyPointsAfterTheLeadPicture() {
        String text = textAfter("<article><div class=body><figure><img src=/pier.jpg><figcaption>The pier at dawn"
                + "</figcaption></figure><aside class=fact-box><h2>Quick facts: the winners</h2><ul><li>Best in test: "
                + "Polar Parka, 3,999 kronor</li><li>Best buy: Storm Down, 1,899 kronor</li></ul></aside>" + PROSE
                + "</div></article>", true);
        assertTrue(text.contains("Best in test: Polar Parka"), text);
    }

    @Test
    void keepsProseEvenWhenItsClassSaysSidebar() {
        String text = textAfter("<div class=with-sidebar>" + PROSE + PROSE + PROSE + "</div>", true);
        assertTrue(text.contains("Engineers inspected the bridge"));
    }

    @Test
    void removesADisclaimerOfAdviceSetApartButNotAStorysOwnParagraphOrListItem() {
        String quoted = "<p>The regulator warned that a video saying its tips are not financial advice will not "
                + "protect an influencer paid to promote a coin, and it named three accounts it is looking into.</p>";
        String item = "<ul><li>Small funds swing the most.</li><li>Every fund here is not investment advice, only a "
                + "list.</li></ul>";
        String text = textAfter("<article>" + quoted + PROSE.repeat(3) + item + PROSE + "</article><div class=x9Qz>"
                + "<p>This article is not financial advice. Do your own research.</p></div><div class=tags><a "
                + "href=/t/coins>Coins</a></div>", true);
        assertTrue(text.contains("will not protect an influencer"), "a warning the story quotes: " + text);
        assertTrue(text.contains("only a list"), "a list's point: " + text);
        assertFalse(text.contains("Do your own research"), "the small print under the story: " + text);
        String ends = textAfter("<article>" + PROSE.repeat(3) + "<p>Every video ended the same way. \"This is not "
                + "investment advice,\" Pike said.</p><section><h2>When to get help</h2><p>This page is not a "
                + "substitute for professional medical advice: call 999 if a child has a fit.</p></section><div "
                + "class=faq-item><h3>Should I buy them?</h3><p>This is not financial advice, but they suit savers who "
                + "have used their allowance.</p></div></article><div class=tags><a href=/t/coins>Coins</a></div>",
                true);
        assertTrue(ends.contains("Pike said"), "the story's last paragraph, quoting one: " + ends);
        assertTrue(ends.contains("call 999 if a child has a fit"), "the story's last section: " + ends);
        assertTrue(ends.contains("suit savers"), "an answer under its question: " + ends);
    }

    @Test
    void removesTheSitesDisclaimerUnderTheArticleNamedForWhatItIs() {
        String text = textAfter("<article>" + PROSE.repeat(4) + "<p class=article-disclaimer>Le contenu du site est "
                + "informatif et ne remplace pas une consultation.</p></article><div class=\"yasal-uyari c-disclaimer\">"
                + "<p>Les informations publiées ne constituent pas un conseil en investissement.</p></div>", true);
        assertTrue(text.contains("Engineers inspected"), text);
        assertFalse(text.contains("ne remplace pas une consultation"), text);
        assertFalse(text.contains("conseil en investissement"), text);
        String warning = textAfter("<article>" + PROSE.repeat(2) + "<div class=\"boxed-warning disclaimer-box\"><p>"
                + "Taken with opioids, this medicine can slow breathing to a dangerous degree; do not combine the two "
                + "without your doctor's advice.</p></div>" + PROSE.repeat(2) + "</article>", true);
        assertTrue(warning.contains("slow breathing"), "a box so named set in the running text: " + warning);
    }

    @Test
    void removesCommentThreadsEvenThoughTheyAreProse() {
        String comment = PROSE.replace("Engineers", "Commenters");
        String text = textAfter("<article>" + PROSE.repeat(4) + "</article><ol class=comment-list><li>"
                + comment.repeat(3) + "</li></ol>", true);
        assertTrue(text.contains("Engineers inspected"));
        assertFalse(text.contains("Commenters"));
        // a thread named in the site's language
        String named = textAfter("<article>" + PROSE.repeat(4) + "<section class=a_cm id=comentarios><div class=a_cm_i>"
                + comment + "</div></section></article>", true);
        assertTrue(named.contains("Engineers inspected"), named);
        assertFalse(named.contains("Commenters"), named);
        String guestbook = textAfter("<div class=notizia>" + PROSE.repeat(4) + "</div><div class=guestbook><table "
                + "class=messaggio><tr><td>" + comment.repeat(3) + "</td></tr></table></div>", true);
        assertTrue(guestbook.contains("Engineers inspected"), guestbook);
        assertFalse(guestbook.contains("Commenters"), "a guestbook's messages under a club's news");
        String komentar = textAfter("<article>" + PROSE.repeat(4) + "<div class=detail__komentar><h3>Komentar</h3><div "
                + "class=komentar-item>" + comment + "</div></div></article>", true);
        assertFalse(komentar.contains("Commenters"), "a thread named in Indonesian");
    }

    @Test
    void removesAdvertisementLabelWithItsSlot() {
        String text = textAfter(PROSE + "<div><span>Advertisement</span><div></div></div>" + PROSE, false);
        assertFalse(text.contains("Advertisement"));
    }

    @Test
    void removesReadMoreLinkPromos() {
        String text = textAfter(PROSE + "<p><strong>Read more:</strong> <a href=/x>Another headline here</a></p>"
                + "<div><h4>Related</h4><ul><li><a href=/y>Old story</a></li></ul></div>" + PROSE, false);
        assertFalse(text.contains("Another headline here"));
        assertFalse(text.contains("Old story"));
    }

    @Test
    void removesAShortBoxThatALabelTitlesButNotAPicturesFrameOrALongerBox() {
        String text = textAfter(PROSE + "<div class=x1><p>Sponsored</p><p>Ferro pans: a third off all cast iron until "
                + "Sunday.</p><a href=https://ferro.example/>See the offer</a></div><div class=x2><span>Read also</span>"
                + "<p>Why the city keeps painting bus lanes</p><span role=button>Read more</span></div>" + PROSE, false);
        assertFalse(text.contains("Ferro pans"), text);
        assertFalse(text.contains("painting bus lanes"), text);
        String caption = "<p>Two otters on the weir below the old mill, counted by the rangers.</p>";
        text = textAfter(PROSE + "<figure><span>Enlarge</span><a href=/otters-big.jpg><img src=/otters.jpg></a>"
                + "<figcaption>Two otters on the weir.</figcaption></figure><div class=photo><span>Enlarge</span><img "
                + "src=/weir.jpg>" + caption + "</div>" + PROSE, false);
        assertTrue(text.contains("Two otters on the weir."), text);
        assertTrue(text.contains("counted by the rangers"), text);
        String longer = "<div class=x3><h4>Related</h4><p>" + ("The rangers have counted otters on the river since "
                + "1990, and their notes fill a shelf. ").repeat(2) + "</p></div>";
        text = textAfter(PROSE + longer + PROSE, false);
        assertTrue(text.contains("their notes fill a shelf"), text);
        text = textAfter(PROSE + "<div class=x6><strong>Updated</strong><p>This story was updated to add the "
                + "council's reply.</p></div>" + PROSE, false);
        assertTrue(text.contains("updated to add the council's reply"), text); // a label that titles no ad
        text = textAfter(PROSE + "<div class=x4><strong>Anzeige</strong> und Werbung im <em>Stadtrat</em>: die "
                + "Fraktionen streiten über Plakate.</div>" + PROSE, false);
        assertTrue(text.contains("die Fraktionen streiten"), text); // a sentence after a label in bold
    }

    @Test
    void removesARowOfTagsUnderItsLabelAndARowOfHashtagsButNotASentenceOrAnEmbeddedPost() {
        String text = textAfter(PROSE + "<div class=x1><span>Temas:</span> <span>Lectores</span>, "
                + "<span>Gadgets</span>, <span>Análisis</span></div><div class=x2>Topics: <span>Ferries</span> "
                + "<span>Council</span></div><div class=x3><span>#risotto</span> <span>#autumn</span></div>" + PROSE, false);
        assertFalse(text.contains("Lectores"), text);
        assertFalse(text.contains("Ferries Council"), text);
        assertFalse(text.contains("#risotto"), text);
        text = textAfter(PROSE + "<p>Temas: economía, empleo y vivienda</p><p>Topics: <b>fares</b> and <b>boats</b>"
                + "</p><p><span>Topics:</span> <span>the harbour reopens.</span></p><p>#risotto</p><p>#1 #2</p>"
                + "<blockquote><p>#otters #weir</p></blockquote>" + PROSE, false);
        assertTrue(text.contains("Temas: economía, empleo y vivienda"), text);
        assertTrue(text.contains("Topics: fares and boats"), text);
        assertTrue(text.contains("the harbour reopens"), text);
        assertTrue(text.contains("#risotto"), text);
        assertTrue(text.contains("#otters #weir"), text);
        assertTrue(text.contains("#1 #2"), text); // ranks, not tags
        text = textAfter(PROSE + "<div class=x5>Caption: <span>Two otters</span> <span>on the weir</span></div>"
                + PROSE, false);
        assertTrue(text.contains("Two otters on the weir"), text); // a label that heads no row of tags
        text = textAfter(PROSE + "<p><b>Temas:</b> <span>vivienda y empleo juvenil</span></p><h3>Sujets</h3><ol><li>"
                + "La liberté est-elle une illusion ?</li></ol><p>All night the fans posted <span>#GoBlues #WeAreOne"
                + "</span> under every photo.</p><p><code>#main #sidebar</code></p><p>#e63946 #f1faee</p><figure>"
                + "<img src=/risotto.jpg><p>#risotto #autumn</p></figure>" + PROSE, false);
        assertTrue(text.contains("vivienda y empleo juvenil"), text); // one tag in bold is a line
        assertTrue(text.contains("Sujets La liberté"), text); // a word of tag rows alone is no label
        assertTrue(text.contains("posted #GoBlues #WeAreOne under"), text);
        assertTrue(text.contains("#main #sidebar"), text);
        assertTrue(text.contains("#e63946 #f1faee"), text);
        assertTrue(text.contains("#risotto #autumn"), text);
    }

    @Test
    void keepsParagraphThatStartsWithALabelWordButIsProse() {
        String paragraph = "Related research from the same laboratory showed that the effect faded after a week.";
        String text = textAfter(PROSE + "<p>" + paragraph + "</p>", false);
        assertTrue(text.contains(paragraph));
    }

    @Test
    void removesGalleryCounterAndCreditSetBesideBlocksButKeepsARunInASentence() {
        String text = textAfter(PROSE + "<div class=slides><div class=slide><span>Picture 2 of 7</span><figure>"
                + "<img src=/otters.jpg><figcaption>Two otters on the weir.</figcaption></figure></div></div>"
                + "<p>The count is up to <span>3 of 4</span> holts this year, and the rangers are pleased.</p>"
                + "<p>Seen on the weir, as <em>Mara Lind | Getty Images</em> put it.</p>" + PROSE, false);
        assertFalse(text.contains("Picture 2 of 7"));
        assertTrue(text.contains("Two otters on the weir."));
        assertTrue(text.contains("up to 3 of 4 holts"));
        assertTrue(text.contains("as Mara Lind | Getty Images put it"));
    }

    @Test
    void removesACreditCitedAfterItsFigcaptionButKeepsACitedTitleInASentence() {
        String text = textAfter(PROSE + "<figure><img src=/kiln.jpg><span class=meta><figcaption>The old kiln at "
                + "dusk.</figcaption><cite>Ada Roe/Harbour Gazette/Getty Images</cite></span></figure>"
                + "<p>She reread <cite>The Kiln Keepers</cite> before the trip.</p>" + PROSE, true);
        assertFalse(text.contains("Getty Images"));
        assertTrue(text.contains("The old kiln at dusk."));
        assertTrue(text.contains("She reread The Kiln Keepers before the trip."));
    }

    @Test
    void removesACollapsedPanelButKeepsAnOpenOne() {
        String text = textAfter(PROSE + "<div class=collapse id=letter><h5>Our crew</h5><ul><li>Ada Roe</li>"
                + "<li>Tom Vale</li></ul></div><div class='collapse show'><p>Open panel text stays.</p></div>", false);
        assertFalse(text.contains("Our crew"));
        assertFalse(text.contains("Tom Vale"));
        assertTrue(text.contains("Open panel text stays."));
    }

    @Test
    void keepsTheClosedAnswersOfAnAccordion() {
        String text = textAfter(PROSE + "<div id=faq><h3 id=q1>When does the ferry run?</h3><div class=collapse "
                + "aria-labelledby=q1 data-parent=#faq><p>Every hour from six in the morning.</p></div>"
                + "<div class='accordion-collapse collapse'><p>Bikes travel free on weekdays.</p></div></div>", false);
        assertTrue(text.contains("Every hour from six"), text);
        assertTrue(text.contains("Bikes travel free"), text);
    }

    @Test
    void removesTheHeaderAndFooterMeantOnlyForPrint() {
        String text = textAfter("<div class=print-header><img src=/logo.png><span>https://news.example/a/1.php"
                + "</span></div>" + PROSE + "<div class=print_footer>Printed from news.example</div>", true);
        assertFalse(text.contains("https://news.example/a/1.php"));
        assertFalse(text.contains("Printed from"));
        assertTrue(text.contains("Engineers inspected"));
    }

    @Test
    void removesADateSetUnderTheHeadlineBetweenBlocksButKeepsACaptionOpeningWithItsCredit() {
        String text = textAfter("<div><h1>Swifts return to the mill</h1><span class=date>Wednesday, 12 June 2024 "
                + "08:05</span><script>var x = 1;</script>" + PROSE + "<strong>Tags <a href=/t/birds>birds</a>"
                + "</strong></div><span><span><img src=/swift.jpg></span><span><span class=credit-line>© Ada Roe"
                + "</span> Swifts circling the chimney at dusk, seen from the footbridge by the old mill.</span>"
                + "</span>", false);
        assertFalse(text.contains("12 June 2024"));
        assertTrue(text.contains("Swifts circling the chimney at dusk"));
    }

    @Test
    void removesTheCommentsHeadingAndAForeignAdLabel() {
        String text = textAfter(PROSE + "<div><span>Iklan</span><div></div></div><h3>Comments</h3><p><x-count>"
                + "</x-count> comments</p><table><tr><th><p><b>Comment</b></p></th></tr><tr><td>Fits the 2019 "
                + "model</td></tr></table>", false);
        assertFalse(text.contains("Iklan"));
        assertFalse(text.contains("Comments"));
        assertFalse(text.contains("comments"));
        assertTrue(text.contains("Comment Fits the 2019 model"));
    }

    @Test
    void keepsAnAsideInsideAFactBoxWithTheBoxAndJudgesDeepNestsWithTheirOuterAsides() {
        String text = textAfter("<article>" + PROSE + "<aside class=infobox><h4>The bridge in figures</h4><aside>"
                + "<p>Length: 1,240 metres</p></aside><p>Cost: about 610 million, shared by the state and the region, and "
                + "an opening planned for the autumn of 2028.</p></aside>" + PROSE + "</article>", true);
        assertTrue(text.contains("Length: 1,240 metres"), "the inner aside is part of the fact box: " + text);

        StringBuilder nest = new StringBuilder("<article>" + PROSE);
        for (int i = 0; i < 200; i++) {
            nest.append("<aside>").append(PROSE);
        }
        String nested = textAfter(nest.append("</article>").toString(), true);
        assertTrue(nested.contains("the cracks were only in the paint"), nested);
    }

    @Test
    void judgesABoxThatDeclaresTheComplementaryRoleAsAnAside() {
        String facts = "<h3>At a glance</h3><ul><li>Rise: 4.99 percent, two points of it for adult social care</li>"
                + "<li>Band D bill: 2,041 pounds a year</li><li>Bills are posted from 10 March</li></ul>";
        String text = textAfter("<div class=page><div class=rail role=complementary><h4>Most popular</h4><ul><li><a "
                + "href=/ferry-fares>Ferry fares rise again</a></li><li><a href=/school-run>School run chaos</a></li>"
                + "</ul></div><article>" + PROSE + "<div class=fact-box role=complementary>" + facts + "</div>" + PROSE
                + "<aside role=complementary class=box>" + facts.replace("At a glance", "The bill").replace("Band D", "Band E") + "</aside>" + PROSE
                + "</article></div>", true);
        assertTrue(text.contains("Band D bill"), "a fact box among the paragraphs: " + text);
        assertTrue(text.contains("Band E bill"), "an aside that declares its own role: " + text);
        assertFalse(text.contains("Ferry fares rise again"), "a sidebar beside the text: " + text);
        String bio = textAfter("<article>" + PROSE + "<div role=complementary><h4>About the author</h4><p>Ada Roe has "
                + "covered the county council for our newsroom since 2019 and writes the Monday politics column.</p>"
                + "</div>" + PROSE + "</article>", true);
        assertFalse(bio.contains("Ada Roe has covered"), "the role's box speaks of the house: " + bio);
    }

    @Test
    void judgesAnAsideWhereTheComponentThatWrapsItStands() {
        String text = textAfter("<article>" + PROSE + "<app-fact-box><div><aside><h4>The bridge in figures</h4><ul><li>"
                + "Length: 1,240 metres, 420 of them above the valley floor</li><li>Opening planned for the autumn of "
                + "2028</li></ul></aside></div></app-fact-box>" + PROSE + "</article><app-rail><aside>Side box beside "
                + "the article</aside></app-rail>", true);
        assertTrue(text.contains("420 of them above the valley floor"), text);
        assertFalse(text.contains("Side box beside the article"), text);
    }

    @Test
    void keepsKeyPointsThatOpenTheTextAndLinkOnlyToDocumentsButNotOnesThatLinkIntoTheSite() {
        String points = "<ul><li>You must be registered to vote by 11 April.</li><li>Bring accepted photo ID to the "
                + "polling station.</li><li>You can only vote at the polling station shown on your card.</li></ul>";
        String text = textAfter("<div class=body><aside><h3>What you need to know</h3>" + points + "<div class=cta>"
                + "<a class=button href=/media/voter-guide-2025.pdf>Download the voter guide (PDF)</a> <a class=button "
                + "href=mailto:elections@council.example>elections@council.example</a></div></aside>" + PROSE + PROSE
                + "</div>", true);
        assertTrue(text.contains("Bring accepted photo ID"), text);
        assertTrue(text.contains("Download the voter guide (PDF)"), text);
        String section = textAfter("<div class=body><aside><h3>In this section</h3>" + points + "<a class=button "
                + "href=/elections/all-stories>More on the election</a></aside>" + PROSE + PROSE + "</div>", true);
        assertFalse(section.contains("Bring accepted photo ID"), "a box that leads into the site: " + section);
        String house = textAfter("<div class=body><aside><ul><li>Read today's paper in our <a href=/epaper/today.pdf>"
                + "digital edition (PDF)</a></li><li>This week's puzzles are in our <a href=/puzzles/week-14.pdf>puzzle "
                + "supplement (PDF)</a></li></ul></aside>" + PROSE + PROSE + "</div>", true);
        assertFalse(house.contains("puzzle supplement"), "the house's files in its voice: " + house);
    }

    @Test
    void removesAnAsideThatSellsTheHouseButNotOneThatTellsOfAServicesSignUp() {
        String offer = textAfter("<article>" + PROSE + "<aside><p>This article is free to read, so register to keep "
                + "access.</p><p>Create a free profile in under a minute and we will remember where you left off on any "
                + "device.</p><a href=/register>Register for free</a></aside>" + PROSE + "</article>", true);
        assertFalse(offer.contains("Create a free profile"), offer);
        String service = textAfter("<article>" + PROSE + "<aside><h3>How to get flood warnings</h3><p>The city sends "
                + "river level and evacuation warnings by app and text message. Signing up is free and can be ended at "
                + "any time.</p><p><a class=button href=/service/warnings>Sign up for the warnings</a></p></aside>"
                + PROSE + "</article>", true);
        assertTrue(service.contains("The city sends river level"), service);
    }

    @Test
    void keepsTheDatesThatOpenATimelinesEntries() {
        String text = textAfter("<article>" + PROSE + "<section><h2>The switch in steps</h2><ol><li><p><time>1 July "
                + "2023</time></p><h3>The law takes effect</h3><p>Funds start planning the move.</p></li><li><time>1 "
                + "January 2026</time><h3>Most funds switch</h3><p>About eight million members move.</p></li></ol>"
                + "</section>" + PROSE + "<p>Updated 9 March 2024</p></article>", true);
        assertTrue(text.contains("1 July 2023"), text);
        assertTrue(text.contains("1 January 2026"), text);
        assertFalse(text.contains("Updated 9 March 2024"), "a date line: " + text);
    }

    @Test
    void leavesTheTokensOfACodeBlockThatSpellChromeLabels() {
        String text = textAfter("<article>" + PROSE + "<pre><code><span class=nt>share</span>: <span class=l>true"
                + "</span>\n<span class=nb>print</span>(<span class=s>'Advertisement'</span>)\n<span class=c1># "
                + "Related</span></code></pre>" + PROSE + "</article>", true);
        assertTrue(text.contains("share: true"), text);
        assertTrue(text.contains("print('Advertisement')"), text);
        assertTrue(text.contains("# Related"), text);
    }

    @Test
    void aReferenceWorksFurtherReadingListStaysWhereAReadAlsoBoxGoes() {
        String text = textAfter("<article>" + PROSE + "<section><h2>Đọc thêm</h2><ul><li>Đào Duy Anh, Từ điển Truyện "
                + "Kiều, 1974.</li><li>Hoài Thanh, Thi nhân Việt Nam, 1942.</li></ul></section></article>", true);
        assertTrue(text.contains("Thi nhân Việt Nam"), text);
        String box = textAfter("<article>" + PROSE + "<div><p><strong>Baca juga:</strong></p><p>Karang di Lima "
                + "Provinsi Memutih</p></div>" + PROSE + "</article>", true);
        assertFalse(box.contains("Karang di Lima"), box);
    }

    @Test
    void aGallerysCounterGoesByItsNameInWhateverWordsItCounts() {
        String text = textAfter("<article>" + PROSE + "<figure><img src=/diner-3.jpg><figcaption>The counter at "
                + "Moe's, 1958</figcaption></figure><p class=slide-counter aria-live=polite>You are viewing slide 3 "
                + "of 12 in this gallery</p><div class=gallery-counter>Galerideki 10 fotoğrafın 1. fotoğrafı</div>"
                + PROSE + "</article>", true);
        assertFalse(text.contains("You are viewing"), text);
        assertFalse(text.contains("Galerideki"), text);
        assertTrue(text.contains("The counter at Moe's"), text);
        // a counter of something else is named so too: a recipe's servings, a paper's numbered references
        String kept = textAfter("<article>" + PROSE + "<div class=recipe-counter>Serves 4</div><ol><li><span "
                + "class=c-article-references__counter>1.</span> Reed, A. Harbour walls. 2019.</li></ol></article>",
                true);
        assertTrue(kept.contains("Serves 4"), kept);
        assertTrue(kept.contains("Harbour walls"), kept);
    }

    @Test
    void anAdNetworksPlayerGoesWithItsTitle() {
        String text = textAfter("<article>" + PROSE + "<div class='adthrive-video-player in-post'><div "
                + "class=adthrive-player-title>Watch: Three Soups for a Cold Week</div><div class=jwplayer><video>"
                + "</video></div></div>" + PROSE + "</article>", true);
        assertFalse(text.contains("Three Soups"), text);
    }
}
