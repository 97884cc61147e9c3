package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LazyImagesTest {

    private static final LazyImages IMAGES = new LazyImages();

    private static Element resolved(String html) {
        Element body = Jsoup.parse("<body>" + html + "</body>", "https://pics.example/story/").body();
        IMAGES.resolve(body);
        return body;
    }

    private static String onlySrc(String html) {
        Element img = resolved(html).selectFirst("img");
        return img == null ? null : img.attr("src");
    }

    @Test
    void keepsLazyImagesFromDataSrc() {
        assertEquals("https://pics.example/a.jpg", onlySrc("<img src='data:image/gif;base64,R0l=' data-src=/a.jpg>"));
    }

    @Test
    void fillsAWidthTemplateWithTheWidestListedWidthOrDropsItWithoutOne() {
        assertEquals("https://img.example/news/976/abc.jpg", onlySrc("<img src=/grey-placeholder.png "
                + "data-src='https://img.example/news/{width}/abc.jpg' data-widths='[240,480,976]'>"));
        assertEquals("https://cdn.example/jars_2048x.jpg?v=17", onlySrc("<img src='//cdn.example/jars_1080x.jpg?v=17' "
                + "data-src='//cdn.example/jars_{width}x.jpg?v=17' data-widths='[180, 1080, 2048]'>"));
        // no widths listed: the template is no address, and the image it stood in for falls back to its own src
        assertEquals("https://cdn.example/jars_1080x.jpg", onlySrc("<img src='//cdn.example/jars_1080x.jpg' "
                + "data-src='//cdn.example/jars_{width}x.jpg'>"));
        assertNull(onlySrc("<img src=/grey-placeholder.png data-src='https://img.example/news/{width}/abc.jpg'>"));
    }

    @Test
    void readsAPlaceholderByItsWholeFileNameNotByAWordInsideAPhotosName() {
        for (String placeholder : new String[] {"/blank.gif", "/img/grey-placeholder.png", "/lazy_1x1.gif",
                "/assets/spinner-placeholder.gif", "/img/transparent.png?v=3", "/pixel.gif", "/loading.svg", "/1x1-f7f7f7ff.png",
                "/Images/lazyloading-placeholder.png"}) {
            assertTrue(LazyImages.isPlaceholder("https://pics.example" + placeholder), placeholder);
        }
        for (String photo : new String[] {"/greyfriars-car-park.jpg", "/pixel-art-show.png", "/lazy-sunday-brunch.jpg",
                "/loading-dock-fire.webp", "/blank-verse-reading.jpg"}) {
            assertFalse(LazyImages.isPlaceholder("https://pics.example" + photo), photo);
        }
    }

    @Test
    void picksTheLargestSrcsetCandidate() {
        assertEquals("https://pics.example/story/b-2000.jpg",
                onlySrc("<img src=b.jpg srcset='b-500.jpg 500w, b-2000.jpg 2000w, b-1000.jpg 1000w'>"));
        assertEquals("https://pics.example/story/c@2x.jpg", onlySrc("<img srcset='c.jpg 1x, c@2x.jpg 2x'>"));
    }

    @Test
    void prefersTheBrowserHintOverEverythingElse() {
        assertEquals("https://cdn.example/seen.jpg", onlySrc(
                "<img src=x.jpg data-src=y.jpg srcset='z.jpg 900w' data-gleaner-src='https://cdn.example/seen.jpg'>"));
    }

    @Test
    void flattensPictureToTheLargestSource() {
        Element body = resolved("<picture><source srcset='/p-300.webp 300w, /p-900.webp 900w'>"
                + "<img src='data:image/png;base64,AA=='></picture>");
        assertNull(body.selectFirst("picture"));
        assertEquals("https://pics.example/p-900.webp", body.selectFirst("img").attr("src"));
    }

    @Test
    void passesOverAPhonesSourceForTheOneAReaderOnAnyScreenSees() {
        assertEquals("https://pics.example/hero-1600.webp", onlySrc("<picture>"
                + "<source media='(max-width: 767px)' srcset=/hero-800.webp>"
                + "<source media='(min-width: 768px)' srcset=/hero-1600.webp><img src=/hero-1200.jpg></picture>"));
        assertEquals("https://pics.example/hero-800.webp", onlySrc("<picture>"
                + "<source media='(max-width: 767px)' srcset=/hero-800.webp><img src='data:image/png;base64,AA=='>"
                + "</picture>"), "the only source there is");
        assertEquals("https://pics.example/council-1200.jpg", onlySrc("<picture>"
                + "<source media='(max-width: 599px)' srcset='/council-600.jpg 600w'>"
                + "<source media='(max-width: 1199px)' srcset='/council-1200.jpg 1200w'>"
                + "<img src='data:image/png;base64,AA=='></picture>"), "sources for narrow screens alone: the widest's");
    }

    @Test
    void keepsTheImgsOwnFileWhereASourceOnlyOffersAnotherFormat() {
        for (String source : List.of("<source type=image/avif srcset=/p-800.avif>",
                "<source type=image/webp srcset='/p-800.webp 800w'>")) {
            Element body = resolved("<picture>" + source + "<img src=/p-800.jpg width=800></picture>");
            assertEquals("https://pics.example/p-800.jpg", body.selectFirst("img").attr("src"), source);
        }
        for (String source : List.of("<source type=image/webp srcset='/p-1600.webp 1600w'>",
                "<source type=image/webp srcset='/p-1600.webp 1600W'>", "<source type=image/webp srcset=/p-1600.webp>",
                "<source type=image/webp srcset='/p.webp 1x, /p@2x.webp 2x'>",
                "<source type=image/webp media='(min-width: 900px)' srcset=/p-wide.webp>")) {
            Element body = resolved("<picture>" + source + "<img src=/p-800.jpg width=800></picture>");
            assertTrue(body.selectFirst("img").attr("src").endsWith(".webp"), source + ": a larger picture");
        }
    }

    @Test
    void keepsTheImgsOwnFileWhereTheFirstWideSourceOffersItAtItsAddress() {
        // Drupal's responsive styles: each breakpoint's WebP at the address of the img's own JPEG
        assertEquals("https://pics.example/styles/xl/harbour.jpg?itok=K1", onlySrc("<picture>"
                + "<source srcset='/styles/xl/harbour.webp?itok=K1 1x' media='(min-width: 1024px)' type=image/webp>"
                + "<source srcset='/styles/m/harbour.webp?itok=P2 1x' media='(min-width: 560px)' type=image/webp>"
                + "<img src='/styles/xl/harbour.jpg?itok=K1' width=1280></picture>"));
        // Gatsby: a set of widths whose largest is the img's own file as WebP; no width declared on the img
        assertEquals("https://pics.example/static/a6c62/diagram.png", onlySrc("<picture><source type=image/webp "
                + "srcset='/static/61e93/diagram.webp 240w, /static/a6c62/diagram.webp 960w' sizes='960px'>"
                + "<img src=/static/a6c62/diagram.png></picture>"));
        // the img's own file as the desktop source, smaller crops for smaller screens after it
        assertEquals("https://pics.example/styles/desktop/wall.jpg?itok=A", onlySrc("<picture>"
                + "<source srcset='/styles/desktop/wall.jpg?itok=A 1x' media='(min-width: 1020px)' type=image/jpeg>"
                + "<source srcset='/styles/tablet/wall.jpg?itok=B 1x' media='(min-width: 640px)' type=image/jpeg>"
                + "<img src='/styles/desktop/wall.jpg?itok=A'></picture>"));
        // a drawing of the same name is the theme's placeholder, or a diagram drawn to any size: not another format
        assertEquals("https://pics.example/walk/ridge-walk.jpg", onlySrc("<picture><source media='(min-width: 800px)' "
                + "srcset='/walk/ridge-walk.jpg 1600w' type=image/jpeg><img src=/walk/ridge-walk.svg></picture>"));
        // another query asks the same file in another size: the larger one is still taken
        assertEquals("https://pics.example/feature.jpg?w=1575", onlySrc("<picture>"
                + "<source srcset='/feature.jpg?w=1575' media='(min-width: 1024px)' type=image/jpeg>"
                + "<img src='/feature.jpg?w=1155&amp;h=1528'></picture>"));
    }

    @Test
    void flattensAPictureThatWrapsAFigureAndKeepsItsCaption() {
        Element body = resolved("<picture><figure><source srcset='/p-900.webp 900w'><div><img src=/p-300.png></div>"
                + "<figcaption><p>The route of an event</p></figcaption></figure></picture>");
        assertNull(body.selectFirst("picture, source"));
        assertEquals("The route of an event", body.selectFirst("figure > figcaption").text());
        assertEquals("https://pics.example/p-900.webp", body.selectFirst("figure img").attr("src"));
    }

    @Test
    void aNoscriptCopyOfALinkedThumbnailIsNotASecondPicture() {
        Element body = resolved("<figure><a href=/file.jpg><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' "
                + "data-src=/thumb-250.jpg></a><noscript><a href=/file.jpg><img src=/thumb-250.jpg>"
                + "</a></noscript><figcaption>The jetty</figcaption></figure>");
        assertEquals(1, body.select("img").size(), body.html());
        assertEquals("https://pics.example/thumb-250.jpg", body.selectFirst("figure > a > img").attr("src"));
    }

    @Test
    void replacesPlaceholderWithNoscriptImage() {
        Element body = resolved("<div><img src=/spinner-placeholder.gif><noscript><img src=/real.jpg></noscript></div>");
        assertEquals(1, body.select("img").size());
        assertEquals("https://pics.example/real.jpg", body.selectFirst("img").attr("src"));
        assertNull(body.selectFirst("noscript"));
    }

    @Test
    void dropsImagesThatOnlyHavePlaceholdersOrTrackingPixels() {
        assertNull(onlySrc("<img src='data:image/gif;base64,R0l='>"));
        assertNull(onlySrc("<img src=/t.gif width=1 height=1>"));
    }
}
