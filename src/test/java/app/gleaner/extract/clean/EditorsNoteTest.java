package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditorsNoteTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Correction: An earlier version of this article misstated the price of a subscription.",
        "Update, May 14: The council has since confirmed the date.",
        "Updated 3 p.m.: Adds the minister's reply.",
        "Editor\u2019s note: This story first ran in our weekly newsletter.",
        "Korrektur: In einer früheren Version hieß es, das Abo koste 9,99 Euro.",
        "Mise à jour : nous avons corrigé le prix de l'abonnement.",
        "Nota della redazione – l'articolo è stato aggiornato.",
        "Sprostowanie: w poprzedniej wersji tekstu podaliśmy złą cenę.",
        "訂正：価格に誤りがありました。",
        "Pembaruan (12/5): Kemenkes menyebut saluran WhatsApp palsu.",
        "【訂正】当初の記事で「床上浸水は181棟」としていました。",
        "[Update] The council has since confirmed the date."
    })
    void recognizesANoteByTheLabelItOpensWith(String text) {
        assertTrue(EditorsNote.opens(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Note that our newsletter goes out on Fridays.",
        "Notes from the council meeting: a new pier.",
        "Updates to the app arrive weekly; subscribe for more.",
        "Our correction desk works around the clock.",
        "Correction",
        "更新日時が変わりました。"
    })
    void leavesSentencesThatOnlyStartWithTheWordAlone(String text) {
        assertFalse(EditorsNote.opens(text), text);
    }

    @Test
    void keepsTheBoxOfACorrectionOrADatedUpdateButNotANoticeThatOpensLikeOne() {
        assertTrue(keeps("<aside><h3>Noot van de redactie</h3><p>In een eerdere versie stond dat het toestel geen "
                + "subsidie krijgt.</p></aside>"));
        assertTrue(keeps("<aside><h3>更正说明</h3><p>本文首发时将恒源电池第三季度营收误写，我们已作更正。</p></aside>"));
        assertTrue(keeps("<aside><p><strong>Rettifica:</strong> in una prima versione avevamo scritto 240.</p></aside>"));
        assertTrue(keeps("<aside><p><strong>Update, 14 July, 16:40:</strong> This article has been updated with the "
                + "second round of results.</p></aside>"));
        assertFalse(keeps("<aside><p>Update: Get breaking news from the coast on your phone. Download the Harbour "
                + "Times app today.</p></aside>"), "an app's notice: an update without a date");
        assertFalse(keeps("<aside><p>Note: our site will be down for maintenance on Sunday morning.</p></aside>"));
        assertFalse(keeps("<aside><p>Update 2.0: The new app is faster and has a dark mode for night owls.</p>"
                + "</aside>"), "a version is no date");
        assertTrue(keeps("<aside><p>更新（5月3日）：本文补充了市政府的回应和最新数据。</p></aside>"), "a full-width colon");
        assertTrue(keeps("<aside><p>Aktualizacja (1 grudnia, 15.20): Dodaliśmy stanowisko zarządu spółki.</p>"
                + "</aside>"));
        assertFalse(keeps("<aside><p>Correction: you have 2 free articles left.</p><button>Subscribe</button>"
                + "</aside>"), "a control to press");
        assertFalse(keeps("<aside><h3>Correction</h3><ul><li><a href=/a>Ferry fares</a></li><li><a href=/b>Pier "
                + "works</a></li><li><a href=/c>Harbour wall</a></li></ul></aside>"), "a label over links");
        assertFalse(keeps("<aside><h3>Notes from the council</h3><p>A new pier is planned for the spring.</p></aside>"));
    }

    @Test
    void readsTheLabelThatOpensTheTextAfterTheBoxsHeading() {
        assertTrue(keeps("<aside><h4>P\u00e4ivitetty</h4><p><strong>Toimituksen huomautus 19.3.2026:</strong> Jutussa "
                + "mainittiin v\u00e4\u00e4r\u00e4 lautakunta. Korjasimme tiedon.</p></aside>"));
        assertTrue(keeps("<aside><h4>Updated</h4><p>Correction: an earlier version gave the wrong pier.</p></aside>"));
        assertFalse(keeps("<aside><h4>Updated</h4><p>Update: Get breaking news on your phone with our app.</p>"
                + "</aside>"), "an app's notice under a heading is still a notice");
        assertFalse(keeps("<aside><h4>Markets</h4><p>Updated 09:30: FTSE 100 up 0.4%, the pound steady against the "
                + "dollar and the euro.</p></aside>"), "a widget's dated update is no editors' note");
        assertFalse(keeps("<aside><h4>Contact the newsroom</h4><p>Corrections: if you spot a mistake in one of our "
                + "stories, write to the corrections desk.</p></aside>"), "a contact box's label is no note");
    }

    private static boolean keeps(String html) {
        return EditorsNote.keepsItsBox(Jsoup.parse(html).selectFirst("aside"));
    }
}
