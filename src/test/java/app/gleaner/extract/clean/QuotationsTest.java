package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuotationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the banner said: \u201cAccept all\u201d, then closed | the banner said:  , then closed",
        "\u201eAlle akzeptieren\u201c steht oben | steht oben",
        "\u00abSiga o nosso canal\u00bb, pediu | , pediu",
        "er las \u00bbJetzt abonnieren\u00ab laut vor | er las   laut vor",
        "\u300c\u4eca\u3059\u3050\u767b\u9332\u300d\u3068\u8868\u793a | \u3068\u8868\u793a",
        "a message saying: 'You've reached your limit.' | a message saying:",
        "the \"Subscribe\" button | the   button"
    })
    void dropsWhatIsQuotedWithItsMarks(String text, String outside) {
        assertEquals(outside.strip(), Quotations.outside(text).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"You've read 3 of 5 free articles", "the readers' choice", "an \u201copen mark only",
        "5' 11\" tall"})
    void leavesTextWithApostrophesOrUnclosedMarksAsItIs(String text) {
        assertSame(text, Quotations.outside(text));
    }
}
