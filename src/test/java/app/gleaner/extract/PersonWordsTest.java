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

    @Test
    void hearsBothVoicesInMoreLanguagesButNotInTheCommonWordsOfOthers() {
        assertTrue(PersonWords.READER.foundIn("Nijedna utakmica vam vi\u0161e ne\u0107e promaknuti.")); // Croatian
        assertTrue(PersonWords.READER.foundIn("Naujausi straipsniai jums atkeliaus patys.")); // Lithuanian
        assertTrue(PersonWords.READER.foundIn("\u10d7\u10e5\u10d5\u10d4\u10dc\u10d8 \u10d0\u10dc\u10d2\u10d0"
                + "\u10e0\u10d8\u10e8\u10d8")); // Georgian "your account"
        assertTrue(PersonWords.PUBLISHER.foundIn("Gure txat-zerbitzarian 2.300 kide gaude.")); // Basque
        assertTrue(PersonWords.PUBLISHER.foundIn("Taisykl\u0117s skelbiamos m\u016bs\u0173 svetain\u0117je."));
        assertFalse(PersonWords.PUBLISHER.foundIn("Nama jalan itu diganti pada hari Senin.")); // Malay "name"
        assertFalse(PersonWords.PUBLISHER.foundIn("Die letzte Meile ist die teuerste.")); // German "mile"
        assertFalse(PersonWords.PUBLISHER.foundIn("La neve \u00e8 arrivata in anticipo sulle Alpi.")); // Italian
        assertFalse(PersonWords.READER.foundIn("Un jus d'orange co\u00fbte trois euros.")); // French "juice"
    }
}
