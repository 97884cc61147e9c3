package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PictureFilesTest {

    @Test
    void aPictureFileIsNamedByItsFormatBeforeAnyQueryOrFragment() {
        assertTrue(PictureFiles.isPictureFile("https://cdn.example/2026/05/harbour.JPG"));
        assertTrue(PictureFiles.isPictureFile("/media/harbour.webp?w=1600#zoom"));
        assertTrue(PictureFiles.isPictureFile(" harbour.jpeg "));
        assertFalse(PictureFiles.isPictureFile("https://news.example/2026/05/harbour-reopens"));
        assertFalse(PictureFiles.isPictureFile("https://cdn.example/harbour.jpg.html"));
        assertFalse(PictureFiles.isPictureFile("https://cdn.example/harbour.svg"), "a drawing, not a photograph's file");
    }

    @Test
    void aFileIsNamedByItsPathsLastPartWithoutQueryOrFragment() {
        assertEquals("carrera.png", PictureFiles.fileName("/img/carrera.png?v=2#top"));
        assertEquals("carrera.png", PictureFiles.fileName(" carrera.png "));
        assertEquals("", PictureFiles.fileName("https://cdn.example/render/?id=42&w=1200"));
    }

    @Test
    void aPictureLinkingToItsOwnFileLeadsNowhereElseButABannerDoes() {
        var page = Jsoup.parse("<a href='/media/harbour-2400.jpg'><img id=own src=harbour.jpg></a>"
                + "<a href='https://ads.example/click?id=9'><img id=banner src=ad.png></a><img id=bare src=b.jpg>");
        assertFalse(PictureFiles.linksElsewhere(page.getElementById("own")));
        assertTrue(PictureFiles.linksElsewhere(page.getElementById("banner")));
        assertFalse(PictureFiles.linksElsewhere(page.getElementById("bare")));
    }
}
