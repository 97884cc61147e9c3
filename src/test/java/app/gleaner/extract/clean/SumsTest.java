package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SumsTest {

    @ParameterizedTest
    @ValueSource(strings = {"from $5 a month", "9,99 € im Monat", "1 euro", "costă 25 de lei pe lună",
        "havi 990 forintért", "egy hónap 2 euróért", "prova för 1 krona", "for 1 krone", "za 99 korun", "980円",
        "99 гривень на місяць"})
    void namesASumAsItsLanguageWritesIt(String text) {
        assertTrue(Sums.namedIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"on 1 de mayo", "25 de leite", "in 1952 alongside 40 cows", "the 3 Kronen inn",
        "a 27 európai uniós tagállam", "az 5 Európa-bajnoki cím", "a 20 euróövezeti ország", "in 1999 de euro in",
        "los 20 de Lira", "the 1 de Real Madrid", "5 forintosok"})
    void namesNoSumInOtherNumbers(String text) {
        assertFalse(Sums.namedIn(text), text);
    }
}
