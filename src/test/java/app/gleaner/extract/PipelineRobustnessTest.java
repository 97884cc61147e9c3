package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PipelineRobustnessTest {

    private static final Pipeline PIPELINE = new Pipeline();

    static Stream<String> hostilePages() {
        Random random = new Random(42);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            noise.append((char) random.nextInt(0x3000));
        }
        return Stream.of(
                "",
                "not html at all",
                "<",
                "<html><head><title>",
                "<div>".repeat(5_000) + "deep" + "</div>".repeat(10),
                "<p " + "a=1 ".repeat(2_000) + ">many attributes</p>",
                "<script type=application/ld+json>" + "[".repeat(10_000) + "</script>",
                "<script type=application/ld+json>{\"@type\":\"Article\",\"headline\":{\"a\":[1,{}]},"
                        + "\"author\":[null,3,{\"name\":null}],\"datePublished\":\"yesterday\"}</script>",
                "<style>" + "{".repeat(10_000) + "</style><div style='position:fixed'>x</div>",
                "<meta property=og:url content='http://[::1'><link rel=canonical href='::::'>",
                "<img srcset=', , 0w, ,'><img data-src='http://[bad'><picture><source srcset></picture>",
                noise.toString(),
                "<p>" + "word ".repeat(300_000) + "</p>",
                // icon buttons and links have no text: a box's words beside them must not grow with each one
                "<article>" + "<p>The board met on Tuesday and voted to rebuild the north pier this year.</p>".repeat(6)
                        + "<div><p>Rate this story</p>" + "<button></button><a href=/s></a>".repeat(60) + "</div>"
                        + "</article>",
                // a semicolon asks after Greek words: each is read back a bounded way, not to the start of the text
                "<article>" + "<p>The board met on Tuesday and voted to rebuild the north pier this year.</p>".repeat(6)
                        + "<p><a href=https://elsewhere.example/x>" + ";".repeat(200_000) + "</a></p></article>",
                // a class name of 50,000 camel-case humps: only a component's short first part is read for heads
                "<article><p class=" + "aB".repeat(50_000) + ">The board met on Tuesday.</p></article>",
                // 16,000 parts of a sidebar, 16,000 dated labels, label lines after line breaks, 4,000 asides in one
                // parent: each box and each block is judged once, a parent's text searched for a few boxes only
                "<article>" + "<p>The board met on Tuesday and voted to rebuild the north pier this year.</p>".repeat(3)
                        + "<div class=sidebar>" + "<p class=sidebar__item>Pier news item</p>".repeat(16_000) + "</div>"
                        + "<p>" + "<span>Updated 3 May:</span> x ".repeat(16_000) + "</p><div>"
                        + "<br><b>Photo:</b> Ada Roe".repeat(4_000) + "</div>"
                        + "<div><aside><p>A box between paragraphs of the story.</p></aside>".repeat(4_000)
                        + "</div></article>",
                // 16,000 call buttons in one box, and 2,000 boxes nested each with a call and a line: each box's
                // buttons are counted once, and no card is looked for past a box of more than three
                "<article>" + "<p>The board met on Tuesday and voted to rebuild the north pier this year.</p>".repeat(3)
                        + "<div>" + "<button>Follow the pier</button>".repeat(16_000) + "</div>"
                        + "<div><p>Rebuild the pier with us this year.</p><button>Join the board</button>".repeat(2_000)
                        + "</div>".repeat(2_000) + "</article>",
                // three calls 500 boxes deep beside a million characters or 200,000 empty elements: the walk up stops
                // at the first large box, by characters or by elements
                "<article>" + "<div>".repeat(500) + "<button>Join us</button>".repeat(3) + ";".repeat(1_000_000)
                        + "</div>".repeat(500) + "</article>",
                "<article>" + "<div>".repeat(500) + "<button>Join us</button>".repeat(3) + "<i></i>".repeat(200_000)
                        + "</div>".repeat(500) + "</article>",
                // each shadow root puts its light child 300 levels deeper: composed, 60,000 levels
                ("<x-a><template shadowrootmode=open>" + "<div>".repeat(300) + "<slot></slot></template>").repeat(200)
                        + "deep");
    }

    @ParameterizedTest
    @MethodSource("hostilePages")
    void neverThrowsOnHostileInput(String html) {
        Article article = PIPELINE.extract(new Capture("https://site.example/page", "Tab title", html, null));
        assertNotNull(article);
        assertNotNull(article.title());
        assertNotNull(article.contentHtml());
        assertNotNull(article.removed());
    }

    static Stream<String> episodesWithOddTranscriptLabels() {
        String lines = "<p>HOST: We talk with a beekeeper who keeps forty hives on the roofs of office towers, and"
                + " about what the bees find to eat there in June.</p>";
        String transcript = lines.repeat(3);
        return Stream.of(
                "<button aria-controls=''>Read the transcript</button>",
                "<select aria-label='Transcript language'>" + "<option>English, as spoken</option>".repeat(30)
                        + "</select>",
                "<textarea aria-label=Transcript>" + "Typed notes about the episode. ".repeat(20) + "</textarea>",
                "<template><section aria-label=Transcript>" + transcript + "</section></template>",
                "<div><section id=tr-en>" + transcript + "</section><section aria-label='Transcripción (español)'>"
                        + transcript + "</section></div><button aria-controls=tr-en>Transcript</button>",
                "</article><article><h1>Episode 42: Foxes at the station</h1><p>Episode forty-two, about the foxes "
                        + "that sleep under the platforms.</p><section aria-label=Transcript>" + transcript
                        + "</section>");
    }

    @ParameterizedTest
    @MethodSource("episodesWithOddTranscriptLabels")
    void keepsAnEpisodesNotesWhateverItsTranscriptsLabelsAre(String labelled) {
        String notes = "<p>Episode forty-one. In this episode we talk with a beekeeper who keeps forty hives on the "
                + "roofs of office towers downtown, and about what the bees find to eat there.</p>";
        Article article = PIPELINE.extract(new Capture("https://show.example/41", null, "<main><article><h1>Episode "
                + "41: Bees in the city</h1><audio src=/41.mp3 controls></audio>" + notes.repeat(3) + labelled
                + "</article></main>", null));
        assertTrue(article.contentText().contains("Episode forty-one."), article.contentText());
        assertNotEquals(Extraction.failed().method(), article.extraction().method());
    }

    @Test
    void survivesNullsEverywhere() {
        Article article = PIPELINE.extract(new Capture(null, null, null, null));
        assertNotNull(article);
        assertEquals("Untitled", article.title());
        assertNotNull(PIPELINE.extract(null));
    }

    @Test
    void titlesAnEmptyPageAfterTheCapture() {
        Article article = PIPELINE.extract(new Capture("https://site.example/p", "Tab title", "", null));
        assertEquals("Tab title", article.title());
        assertEquals(0, article.readingMinutes());
    }

    @Test
    void keepsTheArticleWhenAnImageDeclaresAnAbsurdWidth() {
        String prose = "<p>The ferry timetable changes on Monday, when the winter service starts and the last boat"
                + " leaves the island at six instead of nine, to the dismay of the pub's evening regulars.</p>";
        Article article = PIPELINE.extract(new Capture("https://site.example/p", null,
                "<article>" + prose.repeat(4) + "<img src=/a.jpg width=99999999999999></article>", null));
        assertTrue(article.contentText().contains("winter service starts"), article.contentText());
        assertEquals("https://site.example/a.jpg", article.leadImageUrl());
    }

    @Test
    void aPictureDeclaredSmallInPixelsIsNoLeadImage() {
        String prose = "<p>The harbour wall was rebuilt in granite over two summers, and the fishing boats that had"
                + " moored in the next bay since the storm came back to their old berths last week.</p>";
        Article article = PIPELINE.extract(new Capture("https://site.example/p", null, "<article><img src=/pin.png"
                + " width=32px>" + prose.repeat(4) + "<img src=/harbour.jpg width=1200></article>", null));
        assertEquals("https://site.example/harbour.jpg", article.leadImageUrl());
    }

    @Test
    void degradesWhenClassWordsHideTheArticle() {
        String prose = "<p>The quarry closed in 1962, and the pond that filled it is now home to newts, dragonflies,"
                + " and, since last spring, a pair of kingfishers that nest in the old loading bank.</p>";
        Article article = PIPELINE.extract(new Capture("https://site.example/p", null,
                "<div class=sidebar-layout><div class=share-story>" + prose.repeat(6) + "</div></div>", null));
        assertTrue(article.contentText().contains("a pair of kingfishers"), article.contentText());
    }

    @Test
    void keepsAHelpCentreArticleWhoseClassSaysSupport() {
        String contact = "<p>Our support team answers calls from eight in the morning until eight in the evening on "
                + "weekdays, and on Saturdays until noon, in English and in Welsh.</p>";
        Article article = PIPELINE.extract(new Capture("https://help.example/router", "Resetting the router", "<main>"
                + "<div class=support-article><h1>Resetting the router</h1><p>Unplug it for thirty seconds.</p><ol>"
                + "<li>Press the reset button with a pin for ten seconds.</li><li>Wait for the light on the front to "
                + "turn green again.</li></ol></div><div class=contact-us>" + contact.repeat(4) + "</div></main>",
                null));
        assertTrue(article.contentText().contains("Wait for the light on the front"), article.contentText());
    }
}
