package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.page.BrowserHints;
import app.gleaner.extract.page.StyleRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DisclosuresTest {

    private static final ChromeRemover CHROME = new ChromeRemover();
    private static final Disclosures DISCLOSURES = new Disclosures(new NagPhrases());

    private static Document opened(String body) {
        return opened("", body);
    }

    private static Document opened(String styleSheet, String body) {
        Document page = Jsoup.parse("<head><style>" + styleSheet + "</style></head><body>" + body + "</body>");
        DISCLOSURES.open(page, new StyleRules(page));
        return page;
    }

    private static boolean isOpen(Element panel) {
        return Disclosures.isOpened(panel) && !panel.hasAttr("hidden") && !panel.hasAttr(BrowserHints.HIDDEN)
                && !panel.hasAttr("style");
    }

    @Test
    void opensTheAnswersOfAnAccordionHoweverThePageHidesThem() {
        Document page = opened(".is-collapsed{display:none}",
                "<h3><button aria-expanded=false aria-controls=a1>Do old tickets work?</button></h3>"
                + "<div id=a1 hidden><p>Until March.</p></div>"
                + "<button aria-expanded=false aria-controls=a2>Show answer</button>"
                + "<div id=a2 class=is-collapsed><p>Two euros.</p></div>"
                + "<button aria-expanded=false aria-controls=a3>Read more</button>"
                + "<div id=a3 style='display:none'><p>The rest of the story.</p></div>"
                + "<button aria-expanded=false aria-controls=a4>Show transcript</button>"
                + "<div id=a4 data-gleaner-hidden=1 aria-hidden=true><p>Host: welcome back.</p></div>");
        for (String id : new String[] {"a1", "a2", "a3", "a4"}) {
            Element panel = page.getElementById(id);
            assertTrue(isOpen(panel), id);
            assertFalse(panel.hasAttr("aria-hidden"), id);
        }
        assertEquals("Until March.", page.getElementById("a1").text(), "the panel's content is left as it is");
    }

    @Test
    void opensEveryPanelOfTabsAndEveryPanelAControlNames() {
        Document page = opened("<div role=tablist><button role=tab aria-selected=true aria-controls=t1>Ingredients"
                + "</button><button role=tab aria-selected=false aria-controls=t2>Method</button></div>"
                + "<div id=t1 role=tabpanel><ul><li>Flour</li></ul></div>"
                + "<div id=t2 role=tabpanel hidden><ol><li>Mix the flour.</li></ol></div>"
                + "<button aria-expanded=false aria-controls='n1 n2'>Show notes</button>"
                + "<p id=n1 hidden>First note.</p><p id=n2 hidden>Second note.</p>");
        assertTrue(isOpen(page.getElementById("t2")));
        assertTrue(isOpen(page.getElementById("n1")));
        assertTrue(isOpen(page.getElementById("n2")));
        assertEquals("tabpanel", page.getElementById("t1").attr("role"), "a panel in view stays as it is");
    }

    @Test
    void headsEachPanelOfATabSetWithItsTabsWordsUnlessItHasAHeading() {
        Document page = opened("<div role=tablist><button role=tab aria-selected=true aria-controls=w1>This week"
                + "</button><button role=tab aria-selected=false aria-controls=w2>Next week</button>"
                + "<button role=tab aria-selected=false aria-controls=w3>Tide tables</button></div>"
                + "<div id=w1 role=tabpanel><p>High water 6:02.</p></div>"
                + "<div id=w2 role=tabpanel hidden><p>High water 7:15.</p></div>"
                + "<div id=w3 role=tabpanel hidden><h4>All tides</h4><p>Monday 6:02.</p></div>"
                + "<div role=tablist><button role=tab aria-selected=true aria-controls=x1>Map</button></div>"
                + "<div id=x1 role=tabpanel><p>The quay.</p></div>");
        assertEquals("<h3>This week</h3>", page.getElementById("w1").child(0).outerHtml(), "the panel in view too");
        assertEquals("<h3>Next week</h3>", page.getElementById("w2").child(0).outerHtml());
        assertEquals("All tides", page.getElementById("w3").child(0).text(), "a panel with a heading of its own");
        assertEquals("p", page.getElementById("x1").child(0).tagName(), "a tab set with nothing opened stays as it is");
    }

    @Test
    void leavesMenusFormsDialogsAndListsOfLinksAsThePageHasThem() {
        Document page = opened("<button aria-expanded=false aria-controls=menu>Menu</button>"
                + "<nav id=menu hidden><a href=/a>News</a> <a href=/b>Sport</a></nav>"
                + "<button aria-expanded=false aria-controls=share>Share</button>"
                + "<ul id=share hidden><li><a href=/x>Post it</a></li><li><a href=/f>Send it</a></li></ul>"
                + "<button aria-expanded=false aria-controls=login>Log in</button>"
                + "<div id=login hidden><p>Welcome back.</p><input name=email><button>Sign in</button></div>"
                + "<button aria-expanded=false aria-controls=letter>Get the letter</button>"
                + "<div id=letter hidden><p>Every Friday.</p><form action=/join><button>Join</button></form></div>"
                + "<div role=dialog><button aria-expanded=false aria-controls=purposes>Show purposes</button>"
                + "<div id=purposes hidden><p>Measure how the site is used.</p></div></div>"
                + "<button aria-expanded=false aria-haspopup=dialog aria-controls=pop>Settings</button>"
                + "<div id=pop hidden><p>Text size and theme.</p></div>"

                + "<div id=tip popover><p>A footnote.</p></div>");
        for (String id : new String[] {"menu", "share", "login", "letter", "purposes", "pop"}) {
            assertTrue(page.getElementById(id).hasAttr("hidden"), id);
        }
        assertTrue(page.getElementById("tip").hasAttr("popover"), "a popover floats: not opened");
    }

    @Test
    void leavesAHiddenBlockNoControlNamesAndAControlsOwnContainer() {
        Document page = opened("<div id=track hidden><button aria-expanded=false aria-controls=track>Next</button>"
                + "<p>Slide two.</p></div><div id=spare hidden><p>Kept out of view for a script.</p></div>"
                + "<button aria-controls=nowhere aria-expanded=false>Open</button>");
        assertTrue(page.getElementById("track").hasAttr("hidden"));
        assertTrue(page.getElementById("spare").hasAttr("hidden"));
    }

    @Test
    void marksWhatItOpensSoThatAChromeBoxIsNotKeptForProseBehindAClick() {
        String letter = "<p>We answer every question readers send us, and we check each claim as fast as we can.</p>";
        String story = "<p>The council voted on Tuesday to keep the ferry running all winter, after a long debate.</p>";
        Document page = opened("<article>" + story.repeat(7) + "</article>"
                + "<div class=widget><p>A word to our readers.</p>"
                + "<button aria-expanded=false aria-controls=letter>Read the letter</button>"
                + "<div id=letter class=collapse>" + letter.repeat(3) + "</div></div>"
                + "<div class=widget id=shown>" + letter.repeat(3) + "</div>"
                + "<div class=widget id=faq><h3><button aria-expanded=false aria-controls=q1>Who checks?</button></h3>"
                + "<div id=q1 hidden>" + letter.repeat(2) + "</div><h3><button aria-expanded=false aria-controls=q2>"
                + "How fast?</button></h3><div id=q2 hidden>" + letter + "</div></div>");
        assertTrue(Disclosures.isOpened(page.getElementById("letter")));
        assertFalse(Disclosures.isOpened(page.getElementById("shown")));
        CHROME.removeFrom(page.body(), true);
        assertFalse(page.body().text().contains("A word to our readers"), "named chrome, its prose behind a click");
        assertTrue(page.getElementById("shown") != null, "named chrome, but it shows its prose");
        assertTrue(page.getElementById("faq") != null, "named chrome, but its accordion's answers are its text");
    }

    @Test
    void leavesAnOpenedPanelToTheChromeStageAsIfTheReaderHadClickedButNotToTheClassesThatHideIt() {
        Document page = opened("<p>The council met on Tuesday.</p>"
                + "<button aria-expanded=false aria-controls=comments>Show 3 comments</button>"
                + "<div id=comments class=comments hidden><p>Well said, and about time.</p></div>"
                + "<button aria-expanded=false aria-controls=more>Show all rows</button>"
                + "<div id=more class='collapse d-none'><p>Row nine: 14 votes.</p></div>");
        CHROME.removeFrom(page.body(), true);
        assertFalse(page.body().text().contains("Well said"), "a panel named as comments");
        assertTrue(page.body().text().contains("Row nine: 14 votes."), "a panel hidden by utility classes");
    }

    @Test
    void opensOnlyTheHiddenPanelsControlsNameNotWhatHidesInsideThemNorAPanelInView() {
        Document page = opened("<button aria-expanded=false aria-controls=outer>Show the timeline</button>"
                + "<div id=outer hidden><p>1990: the bridge opens.</p>"
                + "<button aria-expanded=false aria-controls=inner>More on 1990</button>"
                + "<div id=inner hidden><p>The first toll was ten pence.</p></div>"
                + "<p>The toll is 160<span data-gleaner-hidden=1>F</span>C higher.</p></div>"
                + "<button aria-expanded=false aria-controls=rail>Related</button>"
                + "<aside id=rail role=complementary><p>More stories about bridges.</p></aside>"
                + "<span role=tooltip id=tip hidden>A listed building.</span>"
                + "<button aria-expanded=false aria-controls=tip>Grade II</button>");
        assertTrue(isOpen(page.getElementById("outer")));
        assertTrue(isOpen(page.getElementById("inner")), "a panel inside a panel, named by its own control");
        assertTrue(page.selectFirst("span[data-gleaner-hidden]") != null, "a hidden part stays hidden");
        assertFalse(Disclosures.isOpened(page.getElementById("rail")), "in view already: nothing to open");
        assertTrue(page.getElementById("tip").hasAttr("hidden"), "a tooltip would split its sentence");
    }

    @Test
    void opensTheHiddenRowsOfATableInViewWhoseControlSaysItIsCollapsed() {
        Document page = opened(".is-hidden{display:none}", "<table id=cuts><tr><td>Harbour</td><td>9:00</td></tr>"
                + "<tr class=is-hidden><td>Quay</td><td>11:00</td></tr><tr data-gleaner-hidden=1><td>Mill</td>"
                + "<td>13:00</td></tr><tr hidden><td colspan=2>No stop matches your search.</td></tr></table>"
                + "<button aria-expanded=false aria-controls=cuts>Show all rows</button>"
                + "<ul id=menu><li><a href=/a>News</a></li><li hidden><a href=/b>Sport</a></li></ul>"
                + "<button aria-expanded=false aria-controls=menu>More sections</button>");
        for (Element row : page.select("#cuts tr:not([hidden])")) {
            assertFalse(row.hasAttr(BrowserHints.HIDDEN), row.text());
        }
        assertTrue(page.selectFirst("#cuts tr[hidden]").text().startsWith("No stop"), "a row unlike the others");
        assertTrue(Disclosures.isOpened(page.selectFirst("tr.is-hidden")), "spared by the rule that hid it");
        assertTrue(page.selectFirst("#menu li[hidden]") != null, "a link is no row of content");
    }

    @Test
    void leavesClosedAPanelWhoseBoxPitchesWhereTheReaderSeesItButNotTheRestOfAStory() {
        Document page = opened("<article>" + "<p>The council met on Tuesday and agreed, after a long debate, to "
                + "rebuild the old harbour wall before the winter storms.</p>".repeat(4)
                + "<div class=box><h3>The Courier Morning Brief</h3><p>Get the top stories straight to your inbox.</p>"
                + "<button aria-expanded=false aria-controls=inside>What's in it</button>"
                + "<div id=inside hidden><p>Every weekday at seven our editors pick the stories you need, from the "
                + "council chamber to the harbour, the schools and the courts, with the weather and the tides, "
                + "and a quiz on Fridays that readers have come to love, all of it written by our own reporters "
                + "and free for everyone who signs up.</p></div></div>"
                + "<div class=more><div id=rest hidden>"
                + "<p>Work on the wall begins in March and will take two years, the council said.</p>"
                + "<p>Engineers will first drive steel piles in front of the old stones, then fill the gap with "
                + "concrete, so that the wall keeps its face and the harbour its look.</p>".repeat(3)
                + "<p><a href=/subscribe>Subscribe now</a> for unlimited access.</p></div>"
                + "<button aria-expanded=false aria-controls=rest>Continue reading</button></div></article>");
        assertTrue(page.getElementById("inside").hasAttr("hidden"), "it goes with its box");
        assertTrue(isOpen(page.getElementById("rest")), "a call for a control says nothing around its panel");
        new OverlayRemover().removeFrom(page, new RemovalLog());
        String text = page.body().text();
        assertFalse(text.contains("Morning Brief"), "a sign-up box");
        assertFalse(text.contains("Every weekday at seven"));
        assertTrue(text.contains("Work on the wall begins in March"), "the rest of the story");
        assertFalse(text.contains("Subscribe now"), "a call among the paragraphs behind the click");
    }

    @Test
    void opensATabsTranscriptBesideAPitchInTheTabInViewOrANewsletterBoxUnderTheHeadline() {
        Document page = opened("<article><h1>Why the island ferry keeps breaking down</h1>"
                + "<div role=tablist><button role=tab aria-selected=true aria-controls=read>Read</button>"
                + "<button role=tab aria-selected=false aria-controls=transcript>Transcript</button></div>"
                + "<div id=read role=tabpanel><p>The ferry has been out of service for 41 days this year.</p>"
                + "<aside><p>Local journalism needs you. Subscribe for $1 a week.</p></aside></div>"
                + "<div id=transcript role=tabpanel hidden>" + "<p>HOST: Good morning, this is the daily show, and "
                + "today we ride the backup barge with the mechanics.</p>".repeat(3)
                + "<div class=lang><label for=l>Language</label><select id=l><option>English</option></select></div>"
                + "</div><section><h2>The daily show, in your inbox</h2><p>Sign up for our newsletter.</p>"
                + "<form><input type=email><button>Sign up</button></form></section></article>");
        assertTrue(isOpen(page.getElementById("transcript")),
                "the pitch is the tab in view's, the newsletter box the article's, the picker asks for no reply");
        Document gift = opened("<article><header><h1>Council debates road budget</h1><div><a href=/subscribe>"
                + "Subscribe</a> <button aria-controls=gift aria-expanded=false>Gift this article</button></div>"
                + "</header><div id=gift hidden><p>Give this article to anyone, even without an account.</p></div>"
                + "<p>The committee met on Tuesday.</p></article>");
        assertTrue(gift.getElementById("gift").hasAttr("hidden"), "a pitch beside its control, under the headline");
        Document rest = opened("<article><h1>Harbour plan splits the council</h1><p>Readers can find the plan in our "
                + "newsletter.</p><button aria-controls=rest aria-expanded=false>Continue reading</button>"
                + "<div id=rest hidden><p>In the end the vote was postponed.</p></div></article>");
        assertTrue(isOpen(rest.getElementById("rest")), "the story's own words name a newsletter, its button nothing");
        Document settings = opened("<article><h1>Road budget</h1><button aria-controls=ts aria-expanded=false>Aa"
                + "</button><div id=ts hidden><p>Adjust how this article looks on your device.</p><label>Text size "
                + "<select><option>Small</option><option>Large</option></select></label></div></article>");
        assertTrue(settings.getElementById("ts").hasAttr("hidden"), "a settings panel's pickers and one line");
    }

    @Test
    void opensTheHiddenSlidesOfACarouselWithTheirPhotographsAndCaptions() {
        Document page = opened("<div aria-roledescription=carousel>"
                + "<div aria-roledescription=slide><figure><img src=/1.jpg><figcaption>The gates rise.</figcaption>"
                + "</figure></div><div aria-roledescription=slide hidden><figure><img src=/2.jpg>"
                + "<figcaption>The crowd on the bridge.</figcaption></figure></div>"
                + "<div id=s3 aria-roledescription=slide data-gleaner-hidden=1><img src=/3.jpg></div></div>"
                + "<div id=spare hidden><img src=/4.jpg></div>");
        assertTrue(page.body().text().contains("The crowd on the bridge."));
        assertTrue(isOpen(page.getElementById("s3")), "a slide with only its photograph");
        assertTrue(page.getElementById("spare").hasAttr("hidden"), "a hidden block that is no slide");
        page = opened("<amp-carousel type=slides><div class=i-amphtml-slides-container>"
                + "<div class='i-amphtml-slide-item i-amphtml-slide-item-show'><figure><img src=/1.jpg>"
                + "<figcaption>The gates rise.</figcaption></figure></div><div id=s2 class=i-amphtml-slide-item "
                + "style='visibility: hidden' aria-hidden=true><figure><img src=/2.jpg><figcaption>The crowd on the "
                + "bridge.</figcaption></figure></div></div></amp-carousel>");
        assertTrue(isOpen(page.getElementById("s2")), "a library's slide, by its class");
    }

    @Test
    void opensThePanelAfterADisclosureButtonThatNamesNone() {
        Document page = opened("<div class=faq><button aria-expanded=false>Who supplies the milk?</button>"
                + "<div id=a1 style='display: none'><p>Eighty-six farms.</p></div></div>"
                + "<h3><button aria-expanded=false>Can I vote by post?</button></h3><div id=a2 hidden><p>Ask early.</p>"
                + "</div>"
                + "<button aria-expanded=false>Menu</button><ul id=menu hidden><li><a href=/a>News</a></li></ul>"
                + "<button aria-expanded=false aria-haspopup=true>Account</button><div id=account hidden>"
                + "<p>Your saved stories.</p></div><button aria-expanded=false>Get the letter</button>"
                + "<div id=letter hidden><p>Every Friday.</p><form><input name=email></form></div>");
        assertTrue(isOpen(page.getElementById("a1")));
        assertTrue(isOpen(page.getElementById("a2")), "the panel after the heading the button is set in");
        page.body().append("<button aria-expanded=false>Show 3 responses</button><div id=responses hidden><p>I "
                + "agree with the council.</p></div>");
        DISCLOSURES.open(page, new StyleRules(page));
        for (String id : new String[] {"menu", "account", "letter", "responses"}) {
            assertTrue(page.getElementById(id).hasAttr("hidden"), id);
        }
    }

    @Test
    void opensTheRestOfAStoryOrARecipeThatAButtonNamingNoPanelShows() {
        String story = "<p>The ferry left at dawn, as it has done every morning since the bridge closed in spring, "
                + "with forty cars and a van of bread.</p>";
        Document page = opened(".rest--closed{content-visibility:hidden;height:0}", "<div class=story>"
                + story.repeat(3) + "<div class=promo><p>Get the Saturday read in your inbox</p><a href=/n>Sign up</a>"
                + "</div><div class=more><button onclick=open()>Continue reading the story</button></div>"
                + "<div id=rest class='rest rest--closed'>" + "<p>By noon the harbour was full, the quay lined with "
                + "vans, and the ferry went back for the ones still waiting.</p>".repeat(2) + "</div></div>"
                + "<div class=other><p>" + story.substring(3, story.length() - 4) + "</p><button>Read more</button>"
                + "<div id=copy hidden>" + story + "<p>A copy of the story for small screens, which the page hides on "
                + "large ones and shows on phones.</p></div><button>Read more</button><div id=loading hidden><p>"
                + "Loading the rest of the article, please wait…</p></div></div>"
                + "<div><button>Read more on this story</button><div id=related hidden>"
                + "<p>In August the council said the suspension would save money, a figure the operator disputed. "
                + "<a href=/a>Council votes to suspend ferry</a></p><p>Nurses launched the petition in September, "
                + "saying late shifts would become impossible. <a href=/b>Nurses start ferry petition</a></p></div></div>"
                + "<ol class=steps><li class=step>Heat the oven.</li><li class='step step--hidden' id=step2 "
                + "style='display: none'>Bake for forty minutes.</li></ol><button aria-expanded=false>Alle "
                + "Zubereitungsschritte anzeigen</button>"
                + "<button>Show more</button><div id=comments hidden><p>First!</p></div>"
                + "<button>Read more</button><div id=offer hidden><p>Subscribe for 1 euro.</p><form><input name=mail>"
                + "</form></div>");
        assertTrue(isOpen(page.getElementById("rest")), "the rest after the button's own line, a promo in the text");
        assertTrue(isOpen(page.getElementById("step2")), "a hidden step of the list before the button");
        assertTrue(page.getElementById("comments").hasAttr("hidden"), "a bare 'Show more' loads comments too");
        assertTrue(page.getElementById("copy").hasAttr("hidden"), "a copy of what the reader sees already");
        assertTrue(page.getElementById("loading").hasAttr("hidden"), "a note, no text");
        assertTrue(page.getElementById("related").hasAttr("hidden"), "other stories' summaries with their links");
        Document translated = opened("<html lang=en><body><div class=story>" + story.repeat(3) + "<button lang=fr>"
                + "Lire la suite en français</button><div id=fr lang=fr hidden>" + "<p>Le bac partit à l'aube, comme "
                + "chaque matin depuis la fermeture du pont au printemps, avec quarante voitures.</p>".repeat(2)
                + "</div></div>");
        assertTrue(translated.getElementById("fr").hasAttr("hidden"), "a translation");
        assertTrue(page.getElementById("offer").hasAttr("hidden"), "a form is no text");
    }

    @Test
    void opensTheHiddenFiguresOfAGalleryThatNamesNone() {
        String slide = "<figure class=item style='display:none'><img src=/%s.jpg><figcaption>%s</figcaption></figure>";
        Document page = opened("<div class=gallery><figure class='item is-active'><img src=/1.jpg>"
                + "<figcaption>The gates rise.</figcaption></figure>" + slide.formatted("2", "Soy drying.")
                + slide.formatted("3", "Tofu cut by hand.") + "</div>"
                + "<div id=pair><figure><img src=/wide.jpg></figure><figure style='display:none'><img src=/tall.jpg>"
                + "</figure></div><div id=again><figure><img src=/4.jpg></figure>" + slide.formatted("4", "Again")
                + slide.formatted("5", "Five") + "</div><div id=closed>" + slide.formatted("6", "Six")
                + slide.formatted("7", "Seven") + slide.formatted("8", "Eight") + "</div>");
        page.select(".gallery > figure").forEach(figure -> assertFalse(figure.hasAttr("style"), figure.text()));
        assertTrue(page.getElementById("pair").child(1).hasAttr("style"), "a picture's crop for another screen");
        assertTrue(page.getElementById("again").child(1).hasAttr("style"), "the picture in view again");
        assertTrue(page.getElementById("closed").child(0).hasAttr("style"), "a gallery none of whose slides shows");
        Document crops = opened("<div id=crops><figure><img src=/wide.jpg alt='The quay'></figure>"
                + "<figure style='display:none'><img src=/square.jpg alt='The quay'></figure>"
                + "<figure style='display:none'><img src=/tall.jpg alt='The quay'></figure></div>"
                + "<div id=quotes><div><img src=/a.jpg><p>Brilliant job on our loft.</p></div>"
                + "<div style='display:none'><img src=/b.jpg><p>Five stars.</p></div>"
                + "<div style='display:none'><img src=/c.jpg><p>Prompt and polite.</p></div></div>");
        assertTrue(crops.getElementById("crops").child(1).hasAttr("style"), "one picture's crops for other screens");
        assertTrue(crops.getElementById("quotes").child(1).hasAttr("style"), "a testimonial's slides say more");
    }

    @Test
    void turnsTheQuestionsOfAnAccordionIntoTextButNotItsOtherButtons() {
        Document page = opened("<div class=faq><button aria-expanded=true>Can I vote if I have just moved?</button>"
                + "<div>Only if you registered there by 16 April.</div>"
                + "<h3><button aria-controls=a2>Postal votes</button></h3><div id=a2>Ask the council.</div>"
                + "<button aria-expanded=false>Show more</button><button>Share</button></div>");
        assertEquals("Can I vote if I have just moved?", page.selectFirst("div.faq > p").text());
        assertEquals("<h3>Postal votes</h3>", page.selectFirst("h3").outerHtml());
        assertEquals(2, page.select("button").size(), "Show more, Share: controls");
        // a box playing the button, its words in an anchor with no address (Elementor), and a heading playing it (AMP)
        Document built = opened("<div class=acc><div role=button aria-expanded=true aria-controls=c1><span "
                + "class=icon></span><a class=acc-title tabindex=0>Does the loaf keep?</a></div><div id=c1><p>A week."
                + "</p></div><h3 role=button aria-expanded=false aria-controls=c2>Can I freeze it?</h3>"
                + "<div id=c2 hidden><p>Sliced.</p></div></div>");
        assertEquals("<p><span class=\"icon\"></span>Does the loaf keep?</p>",
                built.selectFirst("div.acc > p").outerHtml());
        assertEquals("Can I freeze it?", built.selectFirst("h3").text(), "a heading stays the heading");
    }
}
