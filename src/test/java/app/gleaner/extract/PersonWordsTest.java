package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonWordsTest {

    @Test
    void hearsThePublisherAsWholeWordsAndInScriptsWithoutSpacesAnywhere() {
        assertTrue(PersonWords.PUBLISHER.foundIn("Unsere Redaktion recherchiert weiter."));
        assertTrue(PersonWords.PUBLISHER.foundIn("本报编辑部将继续关注此事。"));
        assertTrue(PersonWords.PUBLISHER.foundIn("Это важно для нашей редакции."));
        assertFalse(PersonWords.PUBLISHER.foundIn("The weather turned in the afternoon."));
        assertFalse(PersonWords.PUBLISHER.foundIn("Ourense won the match.")); // "our" inside a word
    }

    @Test
    void hearsTheReaderAddressedAndGermanSieOnlyWithItsCapital() {
        assertTrue(PersonWords.READER.foundIn("Schon mit 5 Euro im Monat helfen Sie uns."));
        assertTrue(PersonWords.READER.foundIn("Steun ons, ook als jij weinig tijd hebt."));
        assertTrue(PersonWords.READER.foundIn("あなたも月額980円で読めます。"));
        assertFalse(PersonWords.READER.foundIn("Die Mieter zahlen mehr, sagte sie am Montag."));
        assertFalse(PersonWords.READER.foundIn("Le prix du billet a doublé.")); // French "du" is no "you"
    }
}
