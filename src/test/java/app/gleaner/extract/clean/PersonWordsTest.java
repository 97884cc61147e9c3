package app.gleaner.extract.clean;

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
        assertTrue(PersonWords.READER.foundIn("Dodajte raspored u va\u0161 kalendar.")); // Croatian "your"
        assertTrue(PersonWords.READER.foundIn("Naujausi straipsniai jums atkeliaus patys.")); // Lithuanian
        assertTrue(PersonWords.READER.foundIn("\u10d7\u10e5\u10d5\u10d4\u10dc\u10d8 \u10d0\u10dc\u10d2\u10d0"
                + "\u10e0\u10d8\u10e8\u10d8")); // Georgian "your account"
        assertTrue(PersonWords.PUBLISHER.foundIn("Batu zaitez gure txat-zerbitzarira.")); // Basque "our"
        assertTrue(PersonWords.PUBLISHER.foundIn("Taisykl\u0117s skelbiamos m\u016bs\u0173 svetain\u0117je."));
        assertFalse(PersonWords.PUBLISHER.foundIn("Nama jalan itu diganti pada hari Senin.")); // Malay "name"
        assertFalse(PersonWords.PUBLISHER.foundIn("Die letzte Meile ist die teuerste.")); // German "mile"
        assertFalse(PersonWords.PUBLISHER.foundIn("La neve \u00e8 arrivata in anticipo sulle Alpi.")); // Italian
        assertFalse(PersonWords.READER.foundIn("Un jus d'orange co\u00fbte trois euros.")); // French "juice"
        assertFalse(PersonWords.READER.foundIn("Teile der Kunden konnten sich nicht anmelden.")); // German "parts"
        assertFalse(PersonWords.READER.foundIn("Il guasto sulle app ha bloccato i pagamenti.")); // Italian "on the"
        assertFalse(PersonWords.READER.foundIn("A Vas megyei k\u00f3rh\u00e1z szerint.")); // Hungarian county
        assertFalse(PersonWords.READER.foundIn("Vam parlar amb l'alcalde dilluns.")); // Catalan "we did"
        assertFalse(PersonWords.READER.foundIn("The collider now runs at 13.6 TeV, said Brendan Eich of Kayo."));
        assertFalse(PersonWords.READER.foundIn("JY Park founded the label; Adam Zuk and Sinu Joseph joined later."));
        assertFalse(PersonWords.PUBLISHER.foundIn("Kim Min-guk met Okkar Min in Seoul."));
        assertFalse(PersonWords.PUBLISHER.foundIn("\u8a72\u5f53\u30b5\u30a4\u30c8\u3067\u30ed\u30b0\u30a4\u30f3"));
        assertTrue(PersonWords.READER.foundIn("Ziņas tev pienāks katru rītu.")); // Latvian "to you", lower case
        assertFalse(PersonWords.READER.foundIn("\uc2dc\uc7a5\uc5d0 \ubcf5\uadc0\ud558\ub294 \ud68c\uc0ac"));
        assertFalse(PersonWords.PUBLISHER.foundIn("\ud53c\ud574 \ub2f9\uc0ac\uc790\ub4e4\uc740 \ub9d0\ud588\ub2e4."));
    }
}
