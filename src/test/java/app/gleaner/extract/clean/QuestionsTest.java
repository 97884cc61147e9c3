package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuestionsTest {

    @Test
    void asksInEveryScriptGreeksTypedSemicolonIncluded() {
        assertTrue(Questions.asks("Want the morning brief?"));
        assertTrue(Questions.asks("هل أعجبك التقرير؟"));
        assertTrue(Questions.asks("Θέλετε να ενημερώνεστε για το θέμα;"), "Greek as typed: a semicolon");
        assertTrue(Questions.asks("Θέλετε να ακολουθήσετε το θέμα «Λιμάνι»;"), "after a closing quote");
        assertTrue(Questions.asks("Θέλετε ειδοποιήσεις\u037e"), "Unicode's Greek question mark");
        assertFalse(Questions.asks("Doors open at six; the talk starts at seven."));
        assertFalse(Questions.asks("Η συνεδρίαση ξεκινά στις έξι· η ψηφοφορία ακολουθεί."),
                "the Greek semicolon is the raised dot");
        assertFalse(Questions.asks("Το λιμάνι (port) of Piraeus; the pier"), "after Latin words");
        assertTrue(Questions.asks("Θέλετε νέο iPhone; Δείτε τις προσφορές"), "a Latin last word");
        assertTrue(Questions.asks("Τι έγινε το 2024;"), "a number last");
        assertFalse(Questions.asks("Variants Alpha (α); Beta (β); Delta"), "a Greek letter in English");
    }

    @Test
    void endsAtReadsOneCharacter() {
        assertTrue(Questions.endsAt("Θέλετε νέο iPhone; Δείτε", 17));
        assertFalse(Questions.endsAt("Θέλετε νέο iPhone; Δείτε", 16), "the letter before the mark");
        assertFalse(Questions.endsAt(";", 0), "a semicolon with no words before it");
    }
}
