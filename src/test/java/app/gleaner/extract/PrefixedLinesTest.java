package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixedLinesTest {

    private static final PrefixedLines LINES = new PrefixedLines();

    @ParameterizedTest
    @ValueSource(strings = {"Photo: Ada Quimby", "(Image credit: River Trust)", "Foto: dpa", "Credit: Harbour Board",
        "Updated 9:41 AM, June 12", "PUBLISHED: 00:01, Tue, Nov 19", "Veröffentlicht am 3. Mai 2024",
        "Publié le 4 juin 2024 à 10h", "Actualizado 12/05/2024", "Pubblicato il 3 marzo 2024"})
    void recognizesShortCreditAndDateLines(String line) {
        assertTrue(LINES.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photographers gathered at the gate before dawn.", "Updated guidance arrives next week.",
        "Published in 1998, the novel sold 3 million copies and was translated into forty languages within "
            + "a decade of its first print run.", "Images from the probe show a thin ring.", ""})
    void leavesProseThatMerelyStartsWithAPrefixWord(String line) {
        assertFalse(LINES.matches(line), line);
    }
}
