package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CallCardsTest {

    private static final String PROSE = "<p>The harbour board approved the new breakwater on Thursday, after three "
            + "years of surveys, two public hearings and a long argument about who pays for the dredging.</p>";

    private static String cleaned(String html) {
        Document page = Jsoup.parse("<body><div class=story>" + html + "</div></body>",
                "https://www.harbour.example/news/breakwater");
        CallCards.removeFrom(page.body(), new RemovalLog());
        return page.body().text();
    }

    @Test
    void removesACardThatSpeaksToTheReaderAboveAButtonWhateverItsMarkup() {
        String calendar = cleaned(PROSE + "<pb-fixtures><h3 slot=title>Keine Regatta mehr verpassen</h3><p>Tragen Sie "
                + "den Spielplan der ganzen Saison in Ihren Kalender ein, wir melden jede Verschiebung.</p><button "
                + "slot=cta type=button>Spielplan in den Kalender</button></pb-fixtures>" + PROSE);
        assertFalse(calendar.contains("Spielplan der ganzen Saison"), calendar);
        assertTrue(calendar.contains("breakwater"), calendar);
        String follow = cleaned(PROSE + "<div class=x9><img src=/a/ines.jpg alt=\"\" width=48><div><p>Get a note when "
                + "Ines Baur writes about the harbour again. We send you one e-mail a day at most.</p></div><button "
                + "type=button>"
                + "+ Follow the writer</button></div>" + PROSE);
        assertFalse(follow.contains("Ines Baur writes"), follow);
        String onboarding = cleaned(PROSE + "<div class=sc-a1><div class=sc-b2><h3>\u6c17\u306b\u306a\u308b\u30c6"
                + "\u30fc\u30de\u3092\u9078\u3093\u3067\u3001\u81ea\u5206\u3060\u3051\u306e\u30cb\u30e5\u30fc\u30b9"
                + "\u6b04\u3092</h3><p>\u3042\u306a\u305f\u304c\u9078\u3093\u3060\u30c6\u30fc\u30de\u306e\u8a18\u4e8b"
                + "\u3092\u30c8\u30c3\u30d7\u30da\u30fc\u30b8\u306e\u4e00\u756a\u4e0a\u306b\u8868\u793a\u3057\u307e"
                + "\u3059\u3002</p></div><div "
                + "class=sc-c3><button>\u30c6\u30fc\u30de\u3092\u9078\u3093\u3067\u767b\u9332\u3059\u308b</button>"
                + "<button>\u4eca\u306f\u30b9\u30ad\u30c3\u30d7\u3059\u308b</button></div></div>" + PROSE);
        assertFalse(onboarding.contains("\u9078\u3093\u3060\u30c6\u30fc\u30de"), onboarding);
    }

    @Test
    void takesTheWholeCardPastARowOfCallsAndTheWrappersAroundIt() {
        String text = cleaned(PROSE + "<app-referral><aside class=card><h4>Give a friend a month</h4><p>Send your "
                + "personal link to up to five friends and get a free month for each who joins.</p><div class=row>"
                + "<button>Copy my personal link</button> <a href=/referral/terms>See the terms</a></div></aside>"
                + "</app-referral>" + PROSE);
        assertFalse(text.contains("Give a friend"), text);
        assertFalse(text.contains("See the terms"), text);
        assertTrue(text.contains("breakwater"), text);
    }

    @Test
    void keepsWhatTheReaderOpensOneWordButtonsAndBoxesOfTheStory() {
        String spoiler = cleaned(PROSE + "<div class=quiz><p>Which year did the old breakwater first breach in a "
                + "storm?</p><button aria-expanded=false aria-controls=a1>Show the answer</button><p id=a1>In 1953, "
                + "during the great flood.</p></div>" + PROSE);
        assertTrue(spoiler.contains("old breakwater first breach"), spoiler);
        String copy = cleaned(PROSE + "<div class=snippet><p>Survey data for the dredging plan is published under an "
                + "open licence.</p><button>Copy</button></div>" + PROSE);
        assertTrue(copy.contains("open licence"), copy);
        String recipe = cleaned(PROSE + "<div class=card><h3>Harbour fish stew</h3><ul><li>500 g white fish</li>"
                + "<li>2 onions</li></ul><p>Simmer for twenty minutes and serve with bread.</p><button>Print the "
                + "recipe</button></div>" + PROSE);
        assertTrue(recipe.contains("Simmer for twenty minutes"), recipe);
        String quoted = cleaned(PROSE + "<blockquote><p>Add the tide table to your phone so you never miss high "
                + "water again.</p><button>Add tide table</button></blockquote>" + PROSE);
        assertTrue(quoted.contains("tide table to your phone"), quoted);
    }

    @Test
    void keepsABoxThatTellsOfOthersBesideItsButton() {
        String festival = cleaned(PROSE + "<div class=event><p>The harbour festival runs from Friday to Sunday on the "
                + "north quay, with boat trips every hour.</p><button>Add to calendar</button></div>" + PROSE);
        assertTrue(festival.contains("harbour festival runs"), festival);
    }

    @Test
    void keepsAQuizsAnswersAnFaqsQuestionATextCutShortAndFigures() {
        String named = cleaned(PROSE + "<div class=q><p>Which harbour is older, Port Ellis or Saltmarsh Bay, if you "
                + "count from the first quay?</p><button>Port Ellis</button><button>Saltmarsh Bay</button></div>"
                + PROSE);
        assertTrue(named.contains("Which harbour is older"), named);
        String quiz = cleaned(PROSE + "<div class=q><p>Question 3: which town built the first breakwater on this "
                + "coast?</p><button>Port Ellis</button><button>Saltmarsh Bay</button></div>" + PROSE);
        assertTrue(quiz.contains("which town built"), quiz);
        String faq = cleaned(PROSE + "<div class=faq><button>Will the ferry stay free for residents?</button><div><p>"
                + "Yes. The board confirmed that residents keep free crossings until the works end.</p></div></div>"
                + PROSE);
        assertTrue(faq.contains("residents keep free crossings"), faq);
        String truncated = cleaned(PROSE + "<div class=statement><p>In a statement, the engineering firm said the "
                + "delays were caused by the storms of January and by the late delivery of\u2026</p><button>Show "
                + "more</button></div>" + PROSE);
        assertTrue(truncated.contains("engineering firm said"), truncated);
        String score = cleaned(PROSE + "<div class=match><p>Full time at the harbour ground: Rovers 2, Albion 1, "
                + "after a late winner from the captain.</p><button>Match centre</button></div>" + PROSE);
        assertTrue(score.contains("late winner"), score);
        String bootstrap = cleaned(PROSE + "<div class=hint><p>Which two materials did the engineers test for the "
                + "new wall this spring?</p><button data-bs-toggle=collapse>See the answer</button></div>" + PROSE);
        assertTrue(bootstrap.contains("two materials"), bootstrap);
    }

    @Test
    void keepsBoxesWhoseButtonLeadsOutOrShowsAPicture() {
        String official = cleaned(PROSE + "<aside><p>The consultation on the breakwater closes on 20 April and the "
                + "form takes five minutes.</p><a role=button href=https://consult.gov.example/breakwater>Respond on "
                + "the official site</a></aside>" + PROSE);
        assertTrue(official.contains("consultation on the breakwater"), official);
        String wrapped = cleaned(PROSE + "<aside><p>You can respond to the consultation until 20 April; the form takes "
                + "five minutes.</p><a href=https://consult.gov.example/breakwater><button>Respond to the consultation"
                + "</button></a></aside>" + PROSE);
        assertTrue(wrapped.contains("You can respond"), wrapped);
        String gallery = cleaned(PROSE + "<div class=gallery><img src=/g/pier.jpg alt=\"The cracked second pier\"><p>"
                + "Engineers inspect the cracked second pier at low tide. Photo: Anna Berg</p><button>Open the "
                + "gallery</button></div>" + PROSE);
        assertTrue(gallery.contains("Engineers inspect"), gallery);
    }

    @Test
    void keepsAButtonInsideASentenceAndACardOutsideTheRunningText() {
        String sentence = cleaned(PROSE + "<div class=howto><p>On the board's site, press <button>Book a slot"
                + "</button> and choose a day for the public viewing of the plans at the town hall.</p></div>" + PROSE);
        assertTrue(sentence.contains("choose a day for the public viewing"), sentence);
        String bare = cleaned(PROSE + "<div class=note>If your street is flooded, press <button>Report a problem"
                + "</button> at the foot of any council page and choose the street from the list.</div>" + PROSE);
        assertTrue(bare.contains("If your street is flooded"), bare);
        String spanned = cleaned(PROSE + "<div class=note><p>If your street is flooded, you can press</p> <span>"
                + "<button>Report a problem</button></span> at the foot of any council page.</div>" + PROSE);
        assertTrue(spanned.contains("If your street is flooded"), spanned);
        Document page = Jsoup.parse("<body><div class=story>" + PROSE + PROSE + "</div><div class=rail><div class="
                + "box><p>Our app tells you when the ferries are late, with a map of every crossing.</p>"
                + "<button>Get the "
                + "app now</button></div><div class=links><a href=/a>One</a></div></div></body>",
                "https://www.harbour.example/news/breakwater");
        CallCards.removeFrom(page.body(), new RemovalLog());
        assertTrue(page.body().text().contains("ferries are late"), "no prose beside it: another stage's box");
    }

    @Test
    void keepsOneOfARowOfCardsAndCardsThatSayMoreThanAPitch() {
        String posts = cleaned(PROSE + "<div class=\"post key\"><p>The first crane has arrived at the north end, our "
                + "reporter says, and lifts the blocks from Monday.</p><button>Share this post</button></div><script>"
                + "{}</script><div class=post><p>Divers checked the old wall and found no new cracks this morning.</p>"
                + "<button>Share "
                + "this post</button></div>" + PROSE);
        assertTrue(posts.contains("first crane has arrived"), posts);
        String grid = cleaned(PROSE + "<div class=product><h3>Deck shoe</h3><p>Grips wet wood so you stay upright, "
                + "in four colours.</p><button>Add to basket</button></div><div class=product><h3>Rain jacket</h3><p>"
                + "Packs into your pocket and weighs very little.</p><button>Add to basket</button></div>" + PROSE);
        assertTrue(grid.contains("Grips wet wood"), grid);
        assertTrue(grid.contains("Packs into your pocket"), grid);
        String longBox = cleaned(PROSE + "<div class=box><p>" + "The survey measured the seabed every ten metres "
                + "along the line of the new wall, and the engineers compared it with the charts of 1961. ".repeat(3)
                + "</p><button>Open the survey map</button></div>" + PROSE);
        assertTrue(longBox.contains("charts of 1961"), longBox);
    }

    @Test
    void countsAWebComponentsOwnButtonAsAButtonButNotAsACallToAnotherSite() {
        String restock = cleaned(PROSE + "<shop-restock-card><h4 slot=heading>Sold out for now: we will tell you when "
                + "it is back</h4><p>Put a watch on the jacket in your size and we send you a text as soon as it is in "
                + "stock again.</p><sl-button variant=primary href=/watch/new?sku=JK-4471-M>Watch size M</sl-button>"
                + "</shop-restock-card>" + PROSE);
        assertFalse(restock.contains("Put a watch on the jacket"), restock);
        String elsewhere = cleaned(PROSE + "<info-card><h4>Check your flood risk</h4><p>Enter your postcode on the "
                + "agency's map and you see the risk for your street.</p><md-filled-button "
                + "href=https://flood.agency.example/map>Open the flood map</md-filled-button></info-card>" + PROSE);
        assertTrue(elsewhere.contains("Enter your postcode"), elsewhere);
    }
}
