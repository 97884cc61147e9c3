package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowCallsTest {

    private static final FollowCalls CALLS = new FollowCalls();
    /** A page of the Harbour Courier, named so by its meta tag. */
    private static final Document COURIER = page("The Harbour Courier", "https://www.harbourcourier.example/a");

    private static Document page(String siteName, String url) {
        return Jsoup.parse("<meta property=og:site_name content=\"" + siteName + "\"><p>A story.</p>", url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Follow the Harbour Courier Opinion section on Facebook, Instagram, TikTok, WhatsApp and Threads.|"
                + "The Harbour Courier|https://www.harbourcourier.example/a",
        "Follow the Harbour Courier's Opinion section on Facebook, Instagram and Threads.|The Harbour Courier|"
                + "https://www.harbourcourier.example/a",
        "Segui Lago Notizie su Google News e sul nostro canale WhatsApp per non perdere le notizie della valle.|"
                + "Lago Notizie|https://www.lagonotizie.example/a",
        "Ακολουθήστε την Ηχώ του Νησιού στο Google News για να μαθαίνετε πρώτοι τα νέα.|Ηχώ του Νησιού|"
                + "https://www.ichonisiou.example/a",
        "Folgen Sie der Talpost auf Instagram, Facebook und TikTok.|Die Talpost|https://www.talpost.example/a",
        "→ Volg De Kadekrant ook op Google Nieuws en Flipboard.|Kadekrant|https://dekadekrant.example/a",
        "Suivez L'Écho du Port sur Google Actualités.|L'Écho du Port|https://www.echoduport.example/a"})
    void findsACallToFollowThePublisherByItsName(String call, String siteName, String url) {
        assertTrue(CALLS.in(call, page(siteName, url)), call);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Follow the instructions on the WhatsApp screen to restore your chats.", // one network: a how-to's step
        "Residents can follow the county on Facebook and Instagram for updates on the closures.", // a story tells
        "Follow the money. Facebook and Instagram earned the most from the campaign's ads.", // not in one sentence
        "Follow the signs to the old harbour, then turn left at the church.",
        "Follow the Harbour Courier Opinion section on Facebook, Instagram, TikTok, WhatsApp and Threads, where our "
                + "writers answer readers' questions about the week's columns every Friday afternoon.", // too long
        "Segui la strada fino al ponte e poi gira a sinistra.",
        "Seguite la Protezione civile su Telegram e WhatsApp per gli avvisi di allerta.", // two: another's channels
        "Follow Meta's own objection form separately for Facebook and for Instagram.",
        "Follow-up videos on TikTok, Instagram and YouTube showed the same crowd an hour later.",
        "Sigue sin aclararse el fallo que dejó a WhatsApp, Instagram y Facebook sin servicio.", // "it continues"
        "Följ med bakom kulisserna på Instagram, Facebook och TikTok när kören repeterar.", // "come along"
        "Folge 47: Warum TikTok, Instagram und YouTube um dieselben Minuten kämpfen.", // an episode
        "Follow the money: Facebook, Instagram and WhatsApp still pay for everything.",
        "Follow requests on Instagram, Threads and TikTok will need a parent's approval from March.", // no publisher
        "Segui questi passaggi per aggiungere una fonte preferita su Google News.", // a how-to about the app
        "Follow Google News closely and adapt quickly, the industry body advised its members.",
        "Follow Google News closely, the industry body advised in a memo seen by the Harbour Courier."}) // after it
    void leavesSentencesThatNameNoPublisherOrOnlyOpenLikeACall(String text) {
        assertFalse(CALLS.in(text, COURIER), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Follow the harbour authority on Facebook, Instagram and YouTube for daily sailing notices.|Harbour|"
                + "https://www.harbour.example/a",
        "Folgen Sie der Berliner Feuerwehr und der Polizei auf Facebook, Instagram und Threads.|Berlin.de|"
                + "https://www.berlin.de/a",
        "Follow the eclipse in real time on NASA's YouTube, Facebook and Instagram channels.|TIME|https://time.example/a",
        "Follow the Chicago Office of Emergency Management on Facebook, Instagram and YouTube.|Chicago Sun-Times|"
                + "https://chicago.suntimes.example/a",
        "Follow Chicago's Red Line project on Facebook and Instagram, where the CTA posts detours.|Chicago Sun-Times|"
                + "https://chicago.suntimes.example/a"})
    void leavesCallsToFollowSomeoneElseWhateverTheSiteIsCalled(String text, String siteName, String url) {
        assertFalse(CALLS.in(text, page(siteName, url)), text);
    }
}
