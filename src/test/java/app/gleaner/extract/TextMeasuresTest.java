package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextMeasuresTest {

    private static final TextMeasures MEASURES = new TextMeasures();

    @Test
    void separatesBlocksWithBlankLines() {
        String text = MEASURES.text(Jsoup.parse("<body><h2>Head</h2><p>One <b>two</b></p><ul><li>a</li><li>b</li>"
                + "</ul><p>x<br>y</p></body>").body());
        assertEquals("Head\n\nOne two\n\na\n\nb\n\nx\ny", text);
    }

    @Test
    void countsWordsAcrossScripts() {
        assertEquals(4, MEASURES.wordCount("Grüße aus Köln, l'été!"));
        assertEquals(5, MEASURES.wordCount("東京の天気"));
        assertEquals(0, MEASURES.wordCount(" — … "));
    }

    @Test
    void estimatesReadingTimeWithAMinimumOfOneMinute() {
        assertEquals(0, MEASURES.readingMinutes(""));
        assertEquals(1, MEASURES.readingMinutes("Short."));
        assertEquals(2, MEASURES.readingMinutes("word ".repeat(TextMeasures.WORDS_PER_MINUTE + 1)));
    }
}
