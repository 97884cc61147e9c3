package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CharacterReferencesTest {

    @Test
    void readsReferencesAsAnAttributesAreRead() {
        assertEquals("Fees rise – what changes", CharacterReferences.read("Fees rise &#8211; what changes"));
        assertEquals("Anglers' Weekly", CharacterReferences.read("Anglers&#039; Weekly"));
        assertEquals("Q&A with the mayor", CharacterReferences.read("Q&amp;A with the mayor"));
        // a legacy name without its semicolon stays before a letter or "=", as in an attribute
        assertEquals("?a=1&copy=2", CharacterReferences.read("?a=1&copy=2"));
        assertEquals("R&D at the port", CharacterReferences.read("R&D at the port"));
    }

    @Test
    void readsAControlCharacterAReferenceStandsForAsASpace() {
        assertEquals("java script:alert(1)", CharacterReferences.read("java&#x0D;script:alert(1)"));
        assertEquals("a b", CharacterReferences.read("a&#x01;b"));
    }

    @Test
    void returnsTextWithoutReferencesAsItIs() {
        String text = "Harbour\u0001fees";
        assertSame(text, CharacterReferences.read(text));
    }
}
