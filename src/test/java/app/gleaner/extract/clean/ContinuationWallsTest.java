package app.gleaner.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.extract.clean.ContinuationWalls.Seen;
import app.gleaner.extract.page.StyleRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContinuationWallsTest {

    private static final ContinuationWalls WALLS = new ContinuationWalls(new NagPhrases());
    private static final OverlayRemover REMOVER = new OverlayRemover();
    private static final String STORY =
            "The harbour board set next year's fares for the island ferry on Tuesday evening. ".repeat(5).strip();
    private static final String TEXT = "<article><h1>Ferry fares</h1><p>" + STORY + "</p></article>";
    private static final String MORE = "Councillors said the new timetable would start in March and run all year.";

    /** What a watch saw the overlay stage remove from this page. */
    private static Seen walls(String head, String body) {
        Document page = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        StyleRules styles = new StyleRules(page);
        ContinuationWalls.Watch watch = WALLS.watch(styles);
        REMOVER.removeFrom(page, styles, new RemovalLog(watch));
        return watch.seen();
    }

    @Test
    void aWallRightAfterTheTextCutTheArticle() {
        assertThat(walls("", TEXT + "<div class='block'><h2>Register for free to continue reading</h2>"
                + "<p>Create a free account.</p><a href='/register'>Register now</a> <a href='/login'>Sign in</a>"
                + "</div>").cuts(STORY)).isTrue();
        assertThat(walls("", "<article>" + TEXT + "<div><p>La suite de cet article est réservée aux abonnés.</p>"
                + "<a href='/abo'>Je m’abonne</a></div></article>").cuts(STORY)).isTrue();
        assertThat(walls("", TEXT + "<section><h3>To continue reading, tell us where to send the story and the "
                + "valley's weekly roundup of council, school and river news</h3><form><input type=email "
                + "name=email><button>Go</button></form></section>").cuts(STORY)).isTrue();
        assertThat(walls("", TEXT + "<div><p>Subscribe to keep reading. Already a subscriber? Sign in.</p></div>")
                .cuts(STORY + " Tags: ferries, fares")).isTrue();
    }

    @Test
    void aWallSaysTheRestIsForSubscribersInItsOwnWords() {
        assertThat(walls("", TEXT + "<div><p>Weiterlesen mit NZ+</p><p>Alle Artikel lesen, jederzeit kündbar.</p>"
                + "<a href='/abo'>4 Wochen für 0,99 € testen</a></div>").cuts(STORY)).isTrue();
        assertThat(walls("", TEXT + "<section><p>La suite est réservée aux abonnés.</p><a href='/abonnement'>"
                + "S'abonner</a></section>").cuts(STORY)).isTrue();
        assertThat(walls("", TEXT + "<div><h2>Lees verder met een abonnement</h2><a href='/abonnement'>Word abonnee"
                + "</a></div>").cuts(STORY)).isTrue();
    }

    @Test
    void aWallIsKnownByItsWordsForTheRestOrByTheCallsAroundItsHeading() {
        assertThat(walls("", TEXT + "<div><p>Resten af artiklen kan du læse med et abonnement.</p><a href='/abo'>Køb "
                + "abonnement</a><p>Er du allerede abonnent? <a href='/login'>Log ind her</a></p></div>").cuts(STORY))
                .isTrue();
        String plans = "<li>Todas las noticias de la comarca sin límite</li><li>El periódico digital cada mañana desde "
                + "las seis</li><li>Sin publicidad intrusiva</li>";
        assertThat(walls("", "<article><p>" + STORY + "</p><div class=b1><p>Sigue leyendo</p><h3>Esta noticia es "
                + "exclusiva para suscriptores</h3><p>Te contamos qué decidió el pleno, cuánto costará la obra y cuándo "
                + "empieza, con las cifras del proyecto y lo que dicen los vecinos.</p><ul>" + plans + "</ul><a href="
                + "'/suscripcion'>Suscríbete: 1 € al mes durante el primer año</a><p>¿Ya tienes una suscripción? <a "
                + "href='/acceso'>Inicia sesión</a></p></div></article>").cuts(STORY)).isTrue();
    }

    @Test
    void aSupportAppealOrACommentsPromptThatLetsSubscribersInIsNoWall() {
        assertThat(walls("", TEXT + "<div><h3>Support local journalism</h3><p>Our reporting is free for everyone to "
                + "read. If you can, chip in to keep it that way.</p><a href='/support'>Become a supporter</a><p>Already "
                + "a subscriber? <a href='/login'>Log in</a></p></div>").cuts(STORY)).isFalse();
        assertThat(walls("", TEXT + "<section id=comments><h3>Comments</h3><p>Commenting is for subscribers only. "
                + "Already a subscriber? <a href='/login'>Log in</a> to join the conversation.</p></section>")
                .cuts(STORY)).isFalse();
    }

    @Test
    void hiddenWallsCostNoCandidateAndAnIndentedWordIsNoLead() {
        String hidden = "<nav hidden>" + "<p>Subscribe to continue reading. <a href='/s'>Subscribe</a></p>".repeat(
                ContinuationWalls.MAX_CANDIDATES) + "</nav>";
        assertThat(walls("", hidden + TEXT + "<div><p>Subscribe to keep reading. Already a subscriber? Sign in.</p>"
                + "</div>").cuts(STORY)).isTrue();
        assertThat(walls("", TEXT + "<ul><li><a href='/x'>Harbour</a></li></ul><span>\n" + " ".repeat(40)
                + "Monday</span><div><p>Subscribe to keep reading. Already a subscriber? Sign in.</p></div>")
                .inlineLeads()).doesNotContain("Monday");
    }

    @Test
    void aNewslettersPromiseOfMoreReadingIsNoWall() {
        assertThat(walls("", TEXT + "<div class=newsletter><h3>Sign up to keep reading our best stories every "
                + "morning</h3><form><input type=email name=email><button>Subscribe</button></form></div>"))
                .isEqualTo(Seen.NONE);
    }

    @Test
    void aWallTheTextGoesOnAfterCutNothing() {
        String more = (MORE + " ").repeat(3).strip();
        Seen seen = walls("", "<article><p>" + STORY + "</p><div><p>Subscribe to keep reading. Already a "
                + "subscriber? Sign in.</p></div><p>" + more + "</p></article>");
        assertThat(seen.inlineLeads()).isNotEmpty();
        assertThat(seen.cuts(STORY + " " + more)).isFalse();
    }

    @Test
    void aWallOverThePageMayCoverTheWholeText() {
        Seen fixed = walls("", TEXT + "<div style='position: fixed; inset: 0'><p>続きを読むには無料会員登録が必要です。</p>"
                + "<a href='/register'>無料会員登録</a></div>");
        assertThat(fixed.laidOver()).isTrue();
        assertThat(fixed.cuts(STORY)).isFalse();
        assertThat(walls("", TEXT + "<div role=dialog><p>Subscribe to continue reading.</p>"
                + "<a href='/subscribe'>Subscribe</a></div>").laidOver()).isTrue();
        assertThat(walls("<style>.wall { position: fixed; bottom: 0 }</style>", TEXT + "<div class=wall><p>"
                + "Log in to continue reading.</p><a href='/login'>Log in</a></div>").laidOver()).isTrue();
        assertThat(walls("", TEXT + "<div class='reg-modal'><p>Register for free and continue reading.</p>"
                + "<a href='/register'>Register</a></div>").laidOver()).isTrue();
    }

    @Test
    void aHiddenWallIsWhatASubscribersFullCopyStillCarries() {
        String wall = "<p>Subscribe to continue reading.</p><a href='/subscribe'>Subscribe</a>";
        assertThat(walls("", TEXT + "<div hidden>" + wall + "</div>")).isEqualTo(Seen.NONE);
        assertThat(walls("", TEXT + "<div style='display:none'>" + wall + "</div>")).isEqualTo(Seen.NONE);
        assertThat(walls("<style>.paywall { display: none }</style>", TEXT + "<section><div class=paywall>" + wall
                + "</div></section>")).isEqualTo(Seen.NONE);
        assertThat(walls("", TEXT + "<template><div>" + wall + "</div></template>")).isEqualTo(Seen.NONE);
    }

    @Test
    void aPromptTheReaderMayCloseLetsTheReadingGoOn() {
        assertThat(walls("", TEXT + "<div><button aria-label='Close'>×</button><p>Registrati gratis per continuare a "
                + "leggere senza limiti.</p><a href='/registrazione'>Crea il tuo account</a></div>"))
                .isEqualTo(Seen.NONE);
    }

    @Test
    void aMeterCountingTheFreeArticlesLeftSaysThisOneIsOpen() {
        String meter = "<p>You have 2 free articles left this month. Register to continue reading.</p>"
                + "<button>Register for free</button>";
        assertThat(walls("", TEXT + "<paywall-meter><div class=meter>" + meter + "</div></paywall-meter>"))
                .isEqualTo(Seen.NONE);
        assertThat(walls("", TEXT + "<div class='PaywallMeter_bar__x9Qe'>" + meter + "</div>")).isEqualTo(Seen.NONE);
        assertThat(walls("", TEXT + "<div id=tp-meter style='position: fixed; bottom: 0'>" + meter + "</div>"))
                .isEqualTo(Seen.NONE);
        assertThat(walls("", TEXT + "<div class=perimeter>" + meter + "</div>").cuts(STORY)).isTrue();
        assertThat(walls("", "<div class=meter-page>" + TEXT + "<div>" + meter + "</div></div>").cuts(STORY))
                .isTrue();
    }

    @Test
    void aTeasersLinkAQuotedWallOrAStoryAboutPaywallsCutsNothing() {
        assertThat(walls("", TEXT + "<ul><li><p>The harbour dues rise again, and the fishermen say they will not pay "
                + "them</p><a href='/b'>Continue reading this story</a></li></ul>").cuts(STORY)).isFalse();
        assertThat(walls("", "<article><p>" + STORY + "</p><blockquote><p>Subscribe to continue reading.</p>"
                + "<a href='/subscribe'>Subscribe</a></blockquote></article>")).isEqualTo(Seen.NONE);
        assertThat(walls("", "<article><p>Readers who hit the wall saw a box asking them to subscribe to continue "
                + "reading, and the paper says most of them left the page instead of paying for the rest of the "
                + "story, which is why it now lets everyone read three articles a month before asking again.</p>"
                + "</article>")).isEqualTo(Seen.NONE);
        assertThat(walls("", "<article><p>" + "The trust's board met on Monday. ".repeat(12) + "</p><p>The <a href="
                + "'/study'>study</a> found that readers shown a box asking them to subscribe to continue reading "
                + "mostly left the page, and that a meter letting everyone read three articles first kept more of "
                + "them, which is why the paper now asks only after the third story of each month.</p></article>"))
                .isEqualTo(Seen.NONE);
    }
}
