package app.gleaner.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TranscriptsTest {

    private static final Transcripts TRANSCRIPTS = new Transcripts();
    private static final String LINES = "<p>HOST: Good morning, and welcome back to the show about the harbour.</p>"
            + "<p>GUEST: Thank you. The ferry has been out of service for forty-one days this year.</p>"
            + "<p>HOST: And where are the two spare seals the mechanics need for the gearbox?</p>";

    private static List<String> ids(String body) {
        return TRANSCRIPTS.in(Jsoup.parse("<body>" + body + "</body>"), true).stream().map(Element::id).toList();
    }

    @Test
    void aShortLabelNamesATranscriptInManyLanguagesButASentenceDoesNot() {
        assertTrue(TRANSCRIPTS.names("Transcript"));
        assertTrue(TRANSCRIPTS.names("Show the full transcript"));
        assertTrue(TRANSCRIPTS.names("Transcrição completa"));
        assertTrue(TRANSCRIPTS.names("TRANSKRIPT"));
        assertTrue(TRANSCRIPTS.names("トランスクリプトを表示"));
        assertTrue(TRANSCRIPTS.names("תמליל הפרק"));
        assertFalse(TRANSCRIPTS.names("Transcripts"), "a page of them, not this one's");
        assertFalse(TRANSCRIPTS.names("Transcriptional regulation"));
        assertFalse(TRANSCRIPTS.names("We publish a transcript of every episode for members of the show's club"));
    }

    @Test
    void findsTheBoxItsHeadingLabelSummaryOrButtonNames() {
        assertEquals(List.of("h", "l", "d", "b"), ids("<section id=h><div><h2>Transcript</h2><span>Auto-generated"
                + "</span></div><div>" + LINES + "</div></section>"
                + "<section id=l aria-label=Transcription><div>" + LINES + "</div></section>"
                + "<details id=d><summary>Full transcript</summary>" + LINES + "</details>"
                + "<button aria-controls=b aria-expanded=false>Show transcript</button><div id=b>" + LINES + "</div>"));
        assertEquals(List.of("o"), ids("<ol id=o aria-label=Transcript>" + LINES.replace("<p>", "<li>")
                .replace("</p>", "</li>") + "</ol>"));
    }

    @Test
    void findsTheBoxesInPageOrderWhateverLabelsThemFirst() {
        assertEquals(List.of("en", "es"), ids("<div><section id=en>" + LINES + "</section><section id=es "
                + "aria-label='Transcripción (español)'>" + LINES + "</section></div>"
                + "<button aria-controls=en>Transcript</button><button aria-controls=''>Transcript</button>"));
    }

    @Test
    void aPageThatPlaysNothingHasNoTranscriptOfItsPiece() {
        String page = "<main><article><h1>The hearing</h1>" + LINES + "</article><div class=side><div><h3>Inside the "
                + "transcript</h3>" + LINES + "</div></div></main>";
        assertFalse(Transcripts.plays(Jsoup.parse(page)));
        assertFalse(Transcripts.plays(Jsoup.parse("<noscript><iframe src='https://tags.example/ns.html?id=41' height=0 "
                + "width=0 style='display:none;visibility:hidden'></iframe></noscript>" + page)), "a tag manager's frame");
        assertFalse(Transcripts.plays(Jsoup.parse("<iframe src=/pixel width=1 height=1></iframe>" + page)));
        assertTrue(Transcripts.plays(Jsoup.parse("<iframe src=/embed/41 width=560 height=315></iframe>" + page)));
        assertTrue(Transcripts.plays(Jsoup.parse("<iframe src=/embed/41 width=560 height=315 style='display: none'>"
                + "</iframe>" + page)), "a player a consent script hid");
        assertFalse(Transcripts.plays(Jsoup.parse("<iframe title=_hjSafeContext src=about:blank style='display:none "
                + "!important;width:1px !important'></iframe><iframe src=https://sync.example/usync.html "
                + "style='display:none'></iframe>" + page)), "an analytics and an ad-sync frame");
        assertEquals(List.of(), TRANSCRIPTS.in(Jsoup.parse(page), false));
        assertTrue(Transcripts.plays(Jsoup.parse("<audio src=/41.mp3></audio>")));
        assertTrue(Transcripts.plays(Jsoup.parse("<head><meta property=og:video content=/41.mp4></head>")));
    }

    @Test
    void noBoxIsATranscriptWhenItHoldsOtherHeadingsTheHeadlineOrLinksOrStandsInAMenu() {
        assertEquals(List.of(), ids("<div id=a><h3>Notes</h3>" + LINES + "<h3>Extract of the transcript</h3>"
                + LINES + "</div>"));
        assertEquals(List.of(), ids("<div id=f>" + LINES + "<h2>Transcript</h2>" + LINES + "</div>"),
                "a heading in the middle of a story's body heads the text after it");
        assertEquals(List.of(), ids("<select id=g aria-label='Transcript language'>"
                + "<option>English, as spoken on the show</option>".repeat(30) + "</select><textarea id=h "
                + "aria-label=Transcript>" + "Typed notes about the episode. ".repeat(20) + "</textarea>"));
        assertEquals(List.of(), ids("<article id=b aria-label=Transcript><h1>The island ferry</h1>" + LINES
                + "</article>"));
        assertEquals(List.of(), ids("<section id=c><h2>Transcripts</h2>" + LINES + "</section>"));
        assertEquals(List.of(), ids("<aside><section id=d><h2>Transcript</h2>" + LINES + "</section></aside>"));
        assertEquals(List.of(), ids("<section id=e><h2>Transcript</h2><ul>"
                + "<li><a href=/1>Episode one: the ferry and the island that waits for it every morning</a></li>"
                + "<li><a href=/2>Episode two: the harbour master's garage and the pump he lent the crew</a></li>"
                + "<li><a href=/3>Episode three: the seal, the warehouse and the boat that sank in 2019</a></li>"
                + "</ul></section>"), "a list of episodes");
    }
}
