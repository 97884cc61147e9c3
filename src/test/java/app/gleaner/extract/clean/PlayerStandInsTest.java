package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PlayerStandInsTest {

    private static final PlayerStandIns STAND_INS = new PlayerStandIns(new EmbeddedMedia(), new NagPhrases());

    private static Element body(String html) {
        return Jsoup.parse("<body>" + html + "</body>", "https://news.example/2026/story").body();
    }

    private static Element revealed(String html) {
        Element body = body(html);
        STAND_INS.reveal(body, new RemovalLog());
        return body;
    }

    @Test
    void aFrameAConsentManagerLeftBlankGetsTheAddressItKeptAsideAndLosesItsNotice() {
        Element body = body("<p>The ferry runs every ninety minutes from November.</p>"
                + "<figure><div class=placeholder><iframe src='' data-gleaner-hidden"
                + " data-cookieblock-src='https://player.vimeo.com/video/42'></iframe>"
                + "<div class=notice><p>This video is hosted by Vimeo. Accept marketing cookies to watch it.</p>"
                + "<button>Load</button></div></div><figcaption>Cookie settings were the talk of the meeting"
                + "</figcaption></figure><iframe src=about:blank data-lazy='https://www.youtube.com/embed/v9'>"
                + "</iframe><div class=optout>Please accept marketing cookies to watch this video.</div>"
                + "<div class=video><iframe src=/lazy.gif data-src='https://www.youtube.com/embed/v10'></iframe>"
                + "<div>The ferry line's newsletter covered the plan in March.</div></div>");
        RemovalLog log = new RemovalLog();
        STAND_INS.reveal(body, log);
        assertEquals(List.of("https://player.vimeo.com/video/42", "https://www.youtube.com/embed/v9",
                "https://www.youtube.com/embed/v10"), body.select("iframe").eachAttr("src"));
        assertFalse(body.selectFirst("iframe").hasAttr("data-gleaner-hidden"));
        // a frame that stood alone leaves its neighbour to the overlay rules; a line offering nothing to act on stays
        assertEquals("The ferry runs every ninety minutes from November. Cookie settings were the talk of the meeting"
                + " Please accept marketing cookies to watch this video."
                + " The ferry line's newsletter covered the plan in March.", body.text());
        assertEquals(1, log.entries().size());
    }

    @Test
    void aPlayerLibrarysElementBecomesTheFrameItStandsFor() {
        Element body = revealed("<p>Text.</p><lite-youtube videoid='tide42'><a class=lty-playbtn"
                + " href='https://www.youtube.com/watch?v=tide42'><span>Play video</span></a></lite-youtube>"
                + "<amp-youtube data-videoid='mill7' layout=responsive></amp-youtube>");
        assertEquals(List.of("https://www.youtube.com/embed/tide42", "https://www.youtube.com/embed/mill7"),
                body.select("iframe").eachAttr("src"));
        assertEquals("Text.", body.text());
    }

    @Test
    void aPlaceholderKeepingAPlayersAddressBecomesItsFrameAndKeepsItsCaption() {
        Element body = revealed("<div class=lazy-video data-embed='https://www.youtube.com/embed/v1'"
                + " data-alt='The mill at dawn'><img src='/thumb.jpg'><button>Play</button></div>"
                + "<figure class=embed><div class=wrapper>https://www.youtube.com/watch?v=v2</div>"
                + "<figcaption>The council debates the mill</figcaption></figure>");
        Element first = body.child(0);
        assertEquals("iframe", first.normalName());
        assertEquals("https://www.youtube.com/embed/v1", first.attr("src"));
        assertEquals("The mill at dawn", first.attr("title"));
        assertEquals("<figure class=\"embed\"><iframe src=\"https://www.youtube.com/watch?v=v2\"></iframe>"
                + "<figcaption>The council debates the mill</figcaption></figure>", body.child(1).outerHtml()
                .replace("\n", "").replaceAll(">\\s+<", "><"));
    }

    @Test
    void aPlaceholderKeepingAPlayersAddressAndOfferingAControlSaysAConsentNoticeInAnyLanguage() {
        Element body = revealed("<p>The glassworks reopened its second furnace.</p>"
                + "<div class=embed-blokace data-src='https://www.youtube.com/embed/k1'><p>Obsah je blokován</p>"
                + "<p>Pro zobrazení videa z YouTube je potřeba povolit marketingové cookies, bez nich se přehrávač"
                + " nenačte.</p><button>Povolit a zobrazit</button><p class=caption>Sklárna v Horní Lesné</p></div>"
                + "<div class=consent data-embed-src='https://player.vimeo.com/video/k2'><p>Videon kan inte visas</p>"
                + "<a href='javascript:CookieConsent.renew()'>Ändra dina inställningar</a></div>");
        assertEquals(List.of("https://www.youtube.com/embed/k1", "https://player.vimeo.com/video/k2"),
                body.select("iframe").eachAttr("src"));
        assertEquals("The glassworks reopened its second furnace. Sklárna v Horní Lesné", body.text());
    }

    @Test
    void aQuotationCodeOrASectionCarryingAVideosAddressIsNoPlaceholder() {
        String section = "<section data-video='https://www.youtube.com/watch?v=v3'>"
                + "<p>" + "The mill has ground flour every spring since the restoration. ".repeat(5) + "</p></section>";
        Element body = revealed("<blockquote data-source='https://www.youtube.com/watch?v=v4'><p>We will rebuild"
                + " it.</p></blockquote><pre><code>https://www.youtube.com/watch?v=v5</code></pre>" + section
                + "<div data-vast='https://ads.example/vast.xml'><video src='blob:https://news.example/1'></video>"
                + "</div>");
        assertNull(body.selectFirst("iframe"));
        assertEquals(4, body.children().size());
    }

    @Test
    void aFrameKeptAsATemplateIsSetBeforeItsPlaceholder() {
        String frame = "<iframe src=\"https://www.youtube-nocookie.com/embed/t1\" title=\"The mill\"></iframe>";
        String encoded = java.util.Base64.getEncoder().encodeToString(frame.replace("t1", "t2").getBytes());
        Element body = revealed("<p>The mill ground flour again on Saturday.</p>"
                + "<div class=blocker><div class=notice><p>By loading the video you accept the privacy policy of"
                + " YouTube.</p><a href='#'>Load video</a></div><div hidden><script type=text/template>" + frame
                + "</script></div></div>"
                + "<div class=blocker><div hidden><script type='text/template'>" + encoded + "</script></div></div>"
                + "<script>var player = '<iframe src=\"https://www.youtube.com/embed/t3\">';</script>");
        assertEquals(List.of("https://www.youtube-nocookie.com/embed/t1", "https://www.youtube-nocookie.com/embed/t2"),
                body.select("iframe").eachAttr("src"));
        assertEquals("The mill", body.selectFirst("iframe").attr("title"));
        assertEquals("iframe", body.child(1).normalName()); // before its placeholder, which the overlay rules judge
    }

    @Test
    void aPlayerElementsAddressMayNeedMoreThanItsId() {
        Element body = revealed("<video-js data-account=11 data-player=abc data-video-id=99 class=video-js>"
                + "<video class=vjs-tech src='blob:https://news.example/9'></video></video-js>"
                + "<div class=video data-video-id='news/2026/clip'></div>");
        assertEquals(List.of("https://players.brightcove.net/11/abc_default/index.html?videoId=99"),
                body.select("iframe").eachAttr("src"));
        assertNull(body.selectFirst("video"));
    }

    @Test
    void aPlayerElementsIdMayBePartOfAnAttributesValue() {
        // JW Player's cloud embed names its box for the video and the player; a box named otherwise is none
        Element body = revealed("<p>Text.</p><div id='botr_Fvg2ImMn_QrJr5QEC_div' class='jwplayer jw-reset'>"
                + "<div class=jw-controls><span class=jw-tooltip>Keyboard shortcuts</span></div>"
                + "<video class=jw-video src='blob:https://news.example/1'></video></div>"
                + "<div id='botr_Fvg2ImMn_div' class=jwplayer></div><div id='robotr_a_b_div'></div>");
        assertEquals(List.of("https://cdn.jwplayer.com/players/Fvg2ImMn-QrJr5QEC.html"),
                body.select("iframe").eachAttr("src"));
        assertEquals("Text.", body.text());
    }

    @Test
    void aCardOrALineThatCarriesAVideosAddressKeepsItsWords() {
        Element body = revealed("<ul><li>https://www.youtube.com/watch?v=src1</li></ul>"
                + "<p data-related-video='https://www.youtube.com/watch?v=rel2'>The mayor spoke for an hour.</p>"
                + "<div class=video-card data-video-url='https://www.youtube.com/watch?v=card3'><img src=/t.jpg>"
                + "<div>Watch the harbour master explain the new timetable, crossing by crossing.</div>"
                + "<button>Watch</button></div>"
                + "<video-js data-account=11 data-player=abc data-video-id=44><div class=vjs-control-bar>Play Mute"
                + "</div><div class=description>The harbour master walks the new quay at dawn and explains why the"
                + " winter crossings change.</div>"
                + "</video-js>");
        assertEquals(List.of("https://players.brightcove.net/11/abc_default/index.html?videoId=44"),
                body.select("iframe").eachAttr("src"));
        assertEquals("https://www.youtube.com/watch?v=src1 The mayor spoke for an hour. Watch the harbour master"
                + " explain the new timetable, crossing by crossing. Watch The harbour master walks the new quay at dawn"
                + " and explains why the winter crossings change.", body.text());
    }
}
