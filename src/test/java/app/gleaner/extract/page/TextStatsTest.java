package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextStatsTest {

    @Test
    void givesTheTextOutsideTheElementsItIsToldToLeave() {
        Element box = Jsoup.parse("<div>Get the brief <b>every day</b><button>Sign up</button>"
                + "<p>Free <i>for all</i></p></div>").selectFirst("div");
        String text = TextStats.textOutside(box, e -> e.nameIs("button") || e.nameIs("i"));
        assertEquals("Get the brief every day Free", text.replaceAll("\\s+", " ").strip());
    }

    @Test
    void latinLengthCountsAHanCharacterOrKanaAsThreeLettersAndAHangulSyllableAsTwo() {
        assertEquals(5, TextStats.latinLength("ferry"));
        assertEquals(3 * TextStats.CJK_LATIN_LETTERS + 1, TextStats.latinLength("桜並木。"), "the 。 counts one");
        assertEquals(3 * TextStats.HANGUL_LATIN_LETTERS + 1, TextStats.latinLength("벚꽃 길"));
        assertEquals(2 + 2 * TextStats.CJK_LATIN_LETTERS, TextStats.latinLength("A 𠀋字"), "a supplementary Han");
    }

    @Test
    void composesAnAccentWrittenApartAndLeavesComposedTextAsItIs() {
        assertEquals("café crème", TextStats.composed("cafe\u0301 cre\u0300me"));
        String plain = "Plain text, Ærø and ß: nothing to compose";
        assertSame(plain, TextStats.composed(plain));
        assertEquals("한국어 기사", TextStats.composed("\u1112\u1161\u11ab\uad6d\uc5b4 기사"), "Hangul jamo compose too");
    }

    @Test
    void findsADigitOfAnyScript() {
        assertEquals(true, TextStats.hasDigit("Updated 3 May"));
        assertEquals(true, TextStats.hasDigit("２０２４年"), "full-width digits");
        assertEquals(false, TextStats.hasDigit("Sign in or register"));
        assertEquals(false, TextStats.hasDigit(""));
    }

    @Test
    void countsWordsOfEveryScript() {
        assertEquals(4, TextStats.words("Grüße aus Köln, l'été!"));
        assertEquals(5, TextStats.words("東京の天気"));
        assertEquals(2, TextStats.words("co-op\u00a0shop"));
        assertEquals(0, TextStats.words(" — … "));
    }

    @Test
    void elementWordsBreakBetweenBlocksAndJoinInlineRuns() {
        Element body = Jsoup.parse("<div><b>Sub</b>scribe now</div><div>one</div>two<br>three"
                + "<span>four<p>five</p>six</span><table><tr><td>seven</td><td>eight</td></tr></table>").body();
        assertEquals(TextStats.words(body.text()), TextStats.words(body));
        assertEquals(9, TextStats.words(body)); // "three<span>four" is one run of letters, "<p>five</p>" a block
    }

    @Test
    void textNodeWordsIgnoreHowItsSpacesAreWritten() {
        Element p = Jsoup.parse("<p>\n  tab\tand\u00a0space \u200bjoined\n</p>").selectFirst("p");
        assertEquals(4, TextStats.words(p.textNodes().get(0)));
    }

    /** Every element of every page the tests hold counts as {@code words(element.text())} counts. */
    @ParameterizedTest
    @MethodSource("pages")
    void elementWordsAgreeWithWordsOfItsText(Path page) throws IOException {
        Document document = Jsoup.parse(Files.readString(page));
        for (Element element : document.getAllElements()) {
            assertEquals(TextStats.words(element.text()), TextStats.words(element), () -> element.cssSelector());
        }
    }

    static Stream<Path> pages() throws IOException {
        Path resources = Path.of("src/test/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList().stream();
        }
    }
}
