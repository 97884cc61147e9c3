package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EmbeddedMediaTest {

    private static final EmbeddedMedia MEDIA = new EmbeddedMedia();

    private static Element body(String html) {
        return Jsoup.parse("<body>" + html + "</body>", "https://news.example/2026/story").body();
    }

    private static Element linked(String html) {
        Element body = body(html);
        MEDIA.replaceWithLinks(body);
        return body;
    }

    @Test
    void aVideoFrameBecomesAFigureLinkingToWhatItPlays() {
        Element body = linked("<div class=video-wrap><iframe src='https://www.youtube.com/embed/abc123'"
                + " title='How the tide mill turns' width=560 height=315></iframe></div>");
        assertNull(body.selectFirst("iframe"));
        Element link = body.selectFirst("div > figure > a");
        assertEquals("https://www.youtube.com/embed/abc123", link.attr("href"));
        assertEquals("Video: How the tide mill turns (youtube.com)", link.text());
    }

    @Test
    void aLazyFrameIsReadFromWhereItsLoaderKeepsTheAddress() {
        Element body = linked("<iframe src='about:blank' data-src='//player.vimeo.com/video/42'></iframe>");
        assertEquals("https://player.vimeo.com/video/42", body.selectFirst("a").attr("href"));
        assertEquals("Video (player.vimeo.com)", body.selectFirst("a").text());
    }

    @Test
    void framesOfNoMediaHostAreChromeAndGo() {
        Element ad = body("<iframe src='https://ads.example/slot?size=300x250'></iframe>").selectFirst("iframe");
        Element like = body("<iframe src='https://www.facebook.com/plugins/like.php?href=x'></iframe>")
                .selectFirst("iframe");
        Element video = body("<iframe src='https://www.facebook.com/plugins/video.php?href=x'></iframe>")
                .selectFirst("iframe");
        assertFalse(MEDIA.isPlayer(ad));
        assertFalse(MEDIA.isPlayer(like));
        assertTrue(MEDIA.isPlayer(video));
        Element body = linked("<p>Text.</p><iframe src='https://ads.example/slot'></iframe><iframe></iframe>");
        assertNull(body.selectFirst("iframe"));
        assertNull(body.selectFirst("a"));
    }

    @Test
    void aMediaHostsPathMustStartWithTheWholeSegment() {
        assertTrue(MEDIA.isPlayer(body("<iframe src='https://www.instagram.com/p/Cx1/embed'></iframe>")
                .selectFirst("iframe")));
        assertFalse(MEDIA.isPlayer(body("<iframe src='https://www.instagram.com/privacy'></iframe>")
                .selectFirst("iframe")));
        assertFalse(MEDIA.isPlayer(body("<iframe src='https://www.youtube.com/subscribe_embed?channel=x'></iframe>")
                .selectFirst("iframe")));
    }

    @Test
    void aVideoKeepsItsPosterAndAnAudioFileNamesItsFile() {
        Element body = linked("<div><video poster='/img/mill.jpg'><source src='/media/mill.mp4' type='video/mp4'>"
                + "</video></div><div><audio controls src='https://cdn.example/podcast/episode-12.mp3'></audio></div>");
        Element video = body.select("figure").get(0);
        assertEquals("https://news.example/img/mill.jpg", video.selectFirst("img").attr("src"));
        assertEquals("https://news.example/media/mill.mp4", video.selectFirst("a").attr("href"));
        assertEquals("Video: mill.mp4 (news.example)", video.selectFirst("a").text());
        assertEquals("Audio: episode-12.mp3 (cdn.example)", body.select("figure").get(1).text());
    }

    @Test
    void aStreamOnlyTheBrowserCouldPlayGoes() {
        Element body = linked("<p>Text.</p><video src='blob:https://news.example/1f2e'></video>");
        assertNull(body.selectFirst("video"));
        assertNull(body.selectFirst("figure"));
    }

    @Test
    void aPlayerInALineOrAFigureStaysInIt() {
        Element body = linked("<p>Listen: <audio src='/a/interview.mp3'></audio></p>"
                + "<figure><iframe src='https://datawrapper.dwcdn.net/Ab1/2/'></iframe>"
                + "<figcaption>Rents since 2010</figcaption></figure>");
        assertEquals(1, body.select("figure").size());
        assertEquals("Listen: Audio: interview.mp3 (news.example)", body.selectFirst("p").text());
        assertEquals("Chart (datawrapper.dwcdn.net) Rents since 2010", body.selectFirst("figure").text());
    }
}
