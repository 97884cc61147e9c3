package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
        "You’re subscribed",
        "Need more ideas? Subscribe to our video channel for the latest workshop clips!",
        "Have a story for us? Follow her on the fediverse for more.",
        "Get the latest news in your inbox with our free newsletters. Sign up today.",
        "Iscriviti alla newsletter e accetta tutto",
        "Assine já e continue lendo",
        "Lees verder? Log in of abonneren",
        "Zaloguj się, aby czytać dalej. Subskrybuj teraz",
        "CLICK HERE TO GET THE HARBOUR TIMES APP",
        "Síguenos en Mastodon y en nuestro canal de vídeo",
        "If you enjoyed this piece, please consider supporting us.",
        "Hat Ihnen dieser Artikel gefallen? Unterstützen Sie uns!",
        "We want to hear what you think about this story.",
        "Sie sind nicht eingeloggt.",
        "Instant access to the full article and the archive.",
        "Wenn Ihnen die Reportage gefallen hat: Unterstützen Sie unabhängigen Lokaljournalismus.",
        "Helfen Sie mit! Jede kleine Spende hilft der Fährhilfe am Hafen.",
        "Get the latest news straight to your phone with the Harbour Times app.",
        "Kennt ihr schon unseren Fährplan-Rechner? Damit findet ihr jede Verbindung.",
        "2024 nichts mehr versäumen!",
        "This gallery requires JavaScript.",
        "Bitte JavaScript aktivieren."
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
        "Subscribers to the old plan keep their price until June.",
        "Residents who sign up before Friday get a free compost bin, the council said.",
        "Fans who enjoyed the final will see the team again in May.",
        "Die Stadt will die Fährhilfe unterstützen, sagte der Bürgermeister; Spenden seien aber weiter nötig.",
        "The harbour office publishes the latest news on the ferry strike every morning at eight.",
        "Unterstützen Sie die Reform, Frau Ministerin?",
        "They promised to let us know at noon.",
        "The mayor will let us know at the meeting whether the ferry runs.",
        "\"Every donation makes a difference,\" she said.",
        "Helfen Sie mit: Die Polizei sucht Zeugen des Unfalls am Hafen.",
        "For the latest news on the storm, officials said, residents should listen to local radio.",
        "Sign up for a harbour account first, then open the console and choose the berth you want to book for the "
                + "season, and keep the confirmation number for the harbour office.",
        ""
    })
    void leavesOrdinaryProseAlone(String text) {
        assertFalse(PHRASES.isNag(text), text);
    }

    @Test
    void takesALongerBlockForANagOnlyWhenTheWholeBlockOpensWithTheCallToAction() {
        String forum = "Join our harbour forums to keep talking boats, tides and the weather with other readers! "
                + "And if you have a news tip, a correction or a comment, let us know at: desk@harbour.example.";
        String report = "A version of this report appeared in print on page 12 of the weekend edition with the "
                + "headline: Harbour wall repairs begin. Subscribe to the weekend edition for more reports.";
        assertTrue(PHRASES.isNag(forum), forum);
        assertFalse(PHRASES.isNag(report), report);
        assertFalse(PHRASES.isNag(forum + " The harbour board meets again in May to decide the new fees for the "
                + "winter season."), "over the limit");
    }
}
