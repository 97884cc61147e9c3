package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateMentionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "the course runs tuesdays from 6 to 8pm starting 29 september.",
        "the lecture is on june 12 in the great hall.",
        "el taller se celebrará el 20 de junio en el aula magna.",
        "a oficina acontece na segunda-feira, 5, das 10h às 13h.",
        "die vorlesung beginnt am 14.10. um 18 uhr.",
        "registrations close on 2026-06-12.",
        "die anmeldefrist endet am 31. januar."
    })
    void findsADate(String sentence) {
        assertTrue(DateMentions.in(sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "get the best of our journalism in your inbox.",
        "join 100,000 readers who get it every morning.",
        "only 3 of 5 free articles left.",
        "may i ask you a question?",
        "save 50% on your first year.",
        "our briefing lands in your inbox at 7am every weekday.",
        "the weekend edition arrives every saturday at 9am.",
        "die sendung läuft jeden dienstag um 18 uhr."
    })
    void findsNoneInCallsAndCounts(String sentence) {
        assertFalse(DateMentions.in(sentence), sentence);
    }
}
