package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NagPhrasesTest {

    private static final NagPhrases PHRASES = new NagPhrases();

    @ParameterizedTest
    @ValueSource(strings = {
        "Sign in or Register",
        "Accept all",
        "Get notifications to stay updated",
        "Already registered? Enter your email to sign in.",
        "Jetzt abonnieren",
        "Alle akzeptieren",
        "Continuer la lecture : abonnez-vous",
        "Suscríbete al boletín",
        "You’re subscribed"
    })
    void recognizesShortCallsToAction(String text) {
        assertTrue(PHRASES.isNag(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The mayor said residents could sign up for the new recycling scheme at any library, and that the first "
                + "collections would begin in March after a delay caused by a shortage of drivers.",
        "Loginov scored twice in the second half.",
        "The museum reopens on Sunday.",
        ""
    })
    void leavesOrdinaryProseAlone(String text) {
        assertFalse(PHRASES.isNag(text), text);
    }
}
