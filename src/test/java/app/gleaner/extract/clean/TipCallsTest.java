package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TipCallsTest {

    private static final String SITE = "harbourtimes.example";

    @ParameterizedTest
    @ValueSource(strings = {
        "Spotted a claim we should check? Send it to tips@harbourtimes.example or message us on WhatsApp.",
        "¿Viste una afirmación que debamos revisar? Escríbenos al WhatsApp +56 9 4410 2277 o a verifica@harbourtimes"
                + ".example.",
        "Vous souhaitez réagir à cet éditorial ? Écrivez au courrier des lecteurs : idees@harbourtimes.example",
        "Masz inne zdanie? Napisz do nas na adres opinie@news.harbourtimes.example. Najciekawsze listy opublikujemy."})
    void findsAQuestionToTheReaderAndThenTheSitesOwnAddress(String call) {
        assertTrue(TipCalls.in(call, SITE), call);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Got a fine in the post? Send a photo of it to refunds@ferry-operator.example before the end of April.",
        "“Why did nobody answer?” she wrote to desk@harbourtimes.example last May, and waited a month.",
        "Write to desk@harbourtimes.example if you know more? Nobody did.", // the address is in the question
        "Spotted a claim we should check? Message us on WhatsApp.",
        "What happened at the harbour on the night of the storm, and why did the warnings reach so few of the families "
                + "who live along the quay, three of whom spoke to us this week about the hours they spent waiting "
                + "for help? Write to desk@harbourtimes.example."}) // longer than a call
    void leavesAStorysAddressesQuotationsAndLongParagraphs(String text) {
        assertFalse(TipCalls.in(text, SITE), text);
    }
}
