package app.gleaner.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.extract.clean.ContinuationWalls.Wall;
import app.gleaner.extract.page.StyleRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContinuationWallsTest {

    private static final ContinuationWalls WALLS = new ContinuationWalls(new NagPhrases());
    private static final String TEXT = "<article><h1>Ferry fares</h1><p>"
            + "The harbour board set next year's fares for the island ferry on Tuesday evening. ".repeat(5)
            + "</p></article>";

    private static Wall wall(String head, String body) {
        Document page = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        return WALLS.find(page, new StyleRules(page));
    }

    @Test
    void aWallAfterTheTextCutTheArticle() {
        assertThat(wall("", TEXT + "<div class='block'><h2>Register for free to continue reading</h2>"
                + "<p>Create a free account.</p><a href='/register'>Register now</a> <a href='/login'>Sign in</a>"
                + "</div>"))
                .isEqualTo(Wall.INLINE);
        assertThat(wall("", "<article>" + TEXT + "<div><p>La suite de cet article est réservée aux abonnés.</p>"
                + "<a href='/abo'>Je m’abonne</a></div></article>")).isEqualTo(Wall.INLINE);
        assertThat(wall("", TEXT + "<section><h3>To continue reading, tell us where to send the story and the "
                + "valley's weekly roundup of council, school and river news</h3><form><input type=email "
                + "name=email><button>Go</button></form></section>")).isEqualTo(Wall.INLINE);
        assertThat(wall("", TEXT + "<div><p>Subscribe to keep reading. Already a subscriber? Sign in.</p></div>"))
                .isEqualTo(Wall.INLINE);
    }

    @Test
    void aWallOverThePageMayCoverTheWholeText() {
        assertThat(wall("", TEXT + "<div style='position: fixed; inset: 0'><p>続きを読むには無料会員登録が必要です。</p>"
                + "<a href='/register'>無料会員登録</a></div>")).isEqualTo(Wall.LAID_OVER);
        assertThat(wall("", TEXT + "<div role=dialog><p>Subscribe to continue reading.</p>"
                + "<a href='/subscribe'>Subscribe</a></div>")).isEqualTo(Wall.LAID_OVER);
        assertThat(wall("<style>.wall { position: fixed; bottom: 0 }</style>", TEXT + "<div class=wall><p>"
                + "Log in to continue reading.</p><a href='/login'>Log in</a></div>")).isEqualTo(Wall.LAID_OVER);
    }

    @Test
    void aHiddenWallIsWhatASubscribersFullCopyStillCarries() {
        String wall = "<p>Subscribe to continue reading.</p><a href='/subscribe'>Subscribe</a>";
        assertThat(wall("", TEXT + "<div hidden>" + wall + "</div>")).isEqualTo(Wall.NONE);
        assertThat(wall("", TEXT + "<div style='display:none'>" + wall + "</div>")).isEqualTo(Wall.NONE);
        assertThat(wall("<style>.paywall { display: none }</style>", TEXT + "<section><div class=paywall>" + wall
                + "</div></section>")).isEqualTo(Wall.NONE);
        assertThat(wall("", TEXT + "<template><div>" + wall + "</div></template>")).isEqualTo(Wall.NONE);
    }

    @Test
    void aPromptTheReaderMayCloseLetsTheReadingGoOn() {
        assertThat(wall("", TEXT + "<div><button aria-label='Close'>×</button><p>Registrati gratis per continuare a "
                + "leggere senza limiti.</p><a href='/registrazione'>Crea il tuo account</a></div>"))
                .isEqualTo(Wall.NONE);
    }

    @Test
    void aTeasersLinkOrAStoryAboutPaywallsIsNoWall() {
        assertThat(wall("", TEXT + "<ul><li><a href='/b'>Harbour dues rise</a> <a href='/b'>Continue reading</a>"
                + "</li></ul>")).isEqualTo(Wall.NONE);
        assertThat(wall("", "<article><p>Readers who hit the wall saw a box asking them to subscribe to continue "
                + "reading, and the paper says most of them left the page instead of paying for the rest of the "
                + "story, which is why it now lets everyone read three articles a month before asking again.</p>"
                + "</article>")).isEqualTo(Wall.NONE);
        assertThat(wall("", "<article><p>" + "The trust's board met on Monday. ".repeat(12) + "</p><p>The <a href="
                + "'/study'>study</a> found that readers shown a box asking them to subscribe to continue reading "
                + "mostly left the page, and that a meter letting everyone read three articles first kept more of "
                + "them, which is why the paper now asks only after the third story of each month.</p></article>"))
                .isEqualTo(Wall.NONE);
    }
}
