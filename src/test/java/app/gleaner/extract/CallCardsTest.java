package app.gleaner.extract;

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
    void removesACardThatEndsInAButtonWhateverItsLanguageOrMarkup() {
        String calendar = cleaned(PROSE + "<pb-fixtures><h3 slot=title>Ne propustite nijednu regatu</h3><p>Dodajte "
                + "raspored cijele sezone u kalendar na mobitelu, a mi javljamo svaku promjenu termina.</p><button "
                + "slot=cta type=button>Dodaj raspored u kalendar</button></pb-fixtures>" + PROSE);
        assertFalse(calendar.contains("raspored"), calendar);
        assertTrue(calendar.contains("breakwater"), calendar);
        String follow = cleaned(PROSE + "<div class=x9><img src=/a/ines.jpg alt=\"Ines Baur\"><div><p>Get a note when "
                + "Ines Baur writes about the harbour again. One e-mail a day at most.</p></div><button type=button>"
                + "+ Follow the writer</button></div>" + PROSE);
        assertFalse(follow.contains("Ines Baur writes"), follow);
        String onboarding = cleaned(PROSE + "<div class=sc-a1><div class=sc-b2><h3>\u6c17\u306b\u306a\u308b\u30c6"
                + "\u30fc\u30de\u3092\u9078\u3093\u3067\u3001\u81ea\u5206\u3060\u3051\u306e\u30cb\u30e5\u30fc\u30b9"
                + "\u6b04\u3092</h3><p>\u9078\u3093\u3060\u30c6\u30fc\u30de\u306e\u8a18\u4e8b\u3092\u30c8\u30c3\u30d7"
                + "\u30da\u30fc\u30b8\u306e\u4e00\u756a\u4e0a\u306b\u8868\u793a\u3057\u307e\u3059\u3002</p></div><div "
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
    void keepsAButtonInsideASentenceAndACardOutsideTheRunningText() {
        String sentence = cleaned(PROSE + "<div class=howto><p>On the board's site, press <button>Book a slot"
                + "</button> and choose a day for the public viewing of the plans at the town hall.</p></div>" + PROSE);
        assertTrue(sentence.contains("choose a day for the public viewing"), sentence);
        Document page = Jsoup.parse("<body><div class=story>" + PROSE + PROSE + "</div><div class=rail><div class="
                + "box><p>Our app tells you when the ferries are late, with a map of every crossing.</p><button>Get the "
                + "app now</button></div><div class=links><a href=/a>One</a></div></div></body>",
                "https://www.harbour.example/news/breakwater");
        CallCards.removeFrom(page.body(), new RemovalLog());
        assertTrue(page.body().text().contains("ferries are late"), "no prose beside it: another stage's box");
    }

    @Test
    void keepsOneOfARowOfCardsAndCardsThatSayMoreThanAPitch() {
        String grid = cleaned(PROSE + "<div class=product><h3>Deck shoe</h3><p>Grips wet wood and dries overnight, "
                + "in four colours.</p><button>Add to basket</button></div><div class=product><h3>Rain jacket</h3><p>"
                + "Packs into its own pocket and weighs 300 grams.</p><button>Add to basket</button></div>" + PROSE);
        assertTrue(grid.contains("Grips wet wood"), grid);
        assertTrue(grid.contains("Packs into its own pocket"), grid);
        String longBox = cleaned(PROSE + "<div class=box><p>" + "The survey measured the seabed every ten metres "
                + "along the line of the new wall, and the engineers compared it with the charts of 1961. ".repeat(3)
                + "</p><button>Open the survey map</button></div>" + PROSE);
        assertTrue(longBox.contains("charts of 1961"), longBox);
    }
}
