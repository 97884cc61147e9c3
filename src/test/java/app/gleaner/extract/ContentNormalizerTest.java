package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentNormalizerTest {

    private static final ContentNormalizer NORMALIZER = new ContentNormalizer();

    private static Element normalized(String html, String title) {
        Element body = Jsoup.parse("<body>" + html + "</body>", "https://site.example/news/item").body();
        NORMALIZER.normalize(body, title);
        return body;
    }

    @Test
    void makesLinksAbsolute() {
        assertEquals("https://site.example/other", normalized("<p><a href=../other>x</a></p>", null)
                .selectFirst("a").attr("href"));
    }

    @Test
    void unwrapsSamePageAndScriptLinksButKeepsTheirText() {
        Element body = normalized("<p><a href=#top>top</a> and <a href='javascript:void(0)'>js</a></p>", null);
        assertNull(body.selectFirst("a"));
        assertEquals("top and js", body.text());
    }

    @Test
    void dropsTheHeadingThatRepeatsTheTitle() {
        Element body = normalized("<h1>The Title!</h1><p>Body text</p>", "The title");
        assertNull(body.selectFirst("h1"));
    }

    @Test
    void emptiesAltTextThatRepeatsTheCaption() {
        Element body = normalized("<figure><img src=/a.jpg alt='A quiet harbour at dusk.'>"
                + "<figcaption>A quiet harbour at dusk</figcaption></figure>", null);
        assertEquals("", body.selectFirst("img").attr("alt"));
    }

    @Test
    void keepsShortAltTextThatOnlyNamesTheSubject() {
        Element body = normalized("<figure><img src=/a.jpg alt='Harbour'>"
                + "<figcaption>The harbour at dusk, seen from the lighthouse</figcaption></figure>", null);
        assertEquals("Harbour", body.selectFirst("img").attr("alt"));
    }

    @Test
    void keepsARepeatedCaptionOnlyOnce() {
        String caption = "<figure><img src=/a.jpg><figcaption>Boats waiting for the tide to turn</figcaption></figure>";
        assertEquals(1, normalized(caption + caption, null).select("figcaption").size());
    }
}
