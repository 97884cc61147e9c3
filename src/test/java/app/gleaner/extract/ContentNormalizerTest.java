package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
    void dropsAnInlineDrawingWhoseTitleWouldReadAsText() {
        Element body = normalized("<p>The first half ends here.</p><div><div><svg viewBox='0 0 500 9'>"
                + "<title>divider_wave_500x9</title><desc>A wavy line</desc><path d='M0,4h500'/></svg></div></div>"
                + "<p>The second half starts here.</p>", null);
        assertNull(body.selectFirst("svg"));
        assertEquals("The first half ends here. The second half starts here.", body.text());
        assertEquals(2, body.children().size());
    }

    @Test
    void aBoxOfTextAloneIsAParagraph() {
        Element body = normalized("<div class=story><div class=paragraph>The market reopened on Tuesday.</div>"
                + "<div>Stalls went back to their <b>old</b> holders.<br>Four are left for newcomers.</div>"
                + "<div><img src=/a.jpg></div><figure><img src=/b.jpg><div>The fish stall at dawn</div></figure>"
                + "<ul><li><div>Open from seven</div></li></ul><h2><div>Hours</div></h2><div>\u00a0</div></div>", null);
        ContentNormalizer.setBoxesAsTheyRead(body);
        assertEquals("<p>The market reopened on Tuesday.</p>", body.selectFirst(".paragraph").outerHtml()
                .replace(" class=\"paragraph\"", ""));
        assertEquals(2, body.select(".story > p").size());
        assertEquals("p", body.selectFirst("figure > img + *").normalName());
        assertEquals("p", body.selectFirst("li > *").normalName());
        assertEquals("div", body.selectFirst("h2 > *").normalName());
        assertEquals(3, body.select("div:not(.story)").size()); // the picture's box, the heading's, a space
    }

    @Test
    void aTableThatLaysOutBlocksBecomesItsBoxesButATableOfDataStays() {
        Element body = normalized("<table><tr><td><table><tr><td>1</td><td><h3>Benches in Lyon</h3><p>Made from old "
                + "tram sleepers.</p></td></tr></table></td></tr><tr><td>The editor picks, every Friday.</td></tr>"
                + "</table><table><tr><td>10 April</td><td>Webinar <a href=/r>Register</a></td></tr></table>"
                + "<table><tr><th>Boat</th><th>Time</th></tr><tr><td><p>Aurora</p></td><td><p>7:32</p></td></tr>"
                + "</table>", null);
        ContentNormalizer.setBoxesAsTheyRead(body);
        assertEquals(2, body.select("table").size(), body.html());
        assertNull(body.selectFirst("table h3"));
        assertEquals("p", body.selectFirst(":containsOwn(editor)").normalName());
        assertNotNull(body.selectFirst("table td:containsOwn(10 April)"));
        assertNotNull(body.selectFirst("table th:containsOwn(Boat)"));
    }

    @Test
    void dropsTheHeadingThatRepeatsTheTitle() {
        Element body = normalized("<h1>The Title!</h1><p>Body text</p>", "The title");
        assertNull(body.selectFirst("h1"));
    }

    @Test
    void dropsTheKickerAboveTheHeadingThatRepeatsTheTitle() {
        Element body = normalized("<div class=head><span class=kicker>Pescas e portos</span>"
                + "<h1>A lota volta a abrir</h1></div><p>O primeiro leilão decorreu às cinco da manhã.</p>",
                "A lota volta a abrir");
        assertEquals("O primeiro leilão decorreu às cinco da manhã.", body.text());
    }

    @Test
    void keepsASentenceOrAPictureAboveTheHeadingThatRepeatsTheTitle() {
        assertEquals("Updated at noon. Text",
                normalized("<div><p>Updated at noon.</p><h1>The tide</h1></div><p>Text</p>", "The tide").text());
        Element pictured = normalized("<div><img src=/a.jpg alt=''><span>Harbour</span><h1>The tide</h1></div>"
                + "<p>Text</p>", "The tide");
        assertEquals("Harbour Text", pictured.text());
        assertNotNull(pictured.selectFirst("img"));
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
    void dropsAGalleryCaptionRepeatedAsTextOrCutShortBehindAToggle() {
        String full = "Fishing boats wait in the outer harbour for the tide to turn, late on Tuesday evening.";
        Element article = normalized("<p>The harbour reopened today after a week of storms.</p>"
                + "<div><img src=/a.jpg alt=''><div>" + full + " less</div>"
                + "<div>Fishing boats wait in the outer harbour for the tide to turn, late ... more</div></div>"
                + "<div><div>" + full + " less</div></div><p>Crews expect a busy weekend.</p>", null);
        assertEquals(1, article.select(":containsOwn(Fishing boats)").size(), article.html());
        assertEquals(1, article.select(":containsOwn(harbour reopened)").size());
        assertEquals(1, article.select(":containsOwn(Crews expect)").size());
    }

    @Test
    void keepsATextCaptionThatRepeatsAnImagesAltTextOnlyOnce() {
        String caption = "Two gulls on the harbour wall at low tide.";
        Element article = normalized("<p>The tide went out further than ever this week.</p><div><img src=/g.jpg alt='"
                + caption + "'><div>" + caption + "</div></div><div><div>" + caption + "</div></div>", null);
        assertEquals(1, article.select(":containsOwn(Two gulls)").size(), article.html());
    }

    @Test
    void keepsParagraphsThatOpenAlikeAndTextRepeatedOnPurpose() {
        String refrain = "<p>Row the boat home, row it slow, the tide is turning.</p>";
        Element article = normalized("<p>The council voted on Tuesday to close the old pier to all traffic.</p>"
                + "<p>The council voted on Tuesday to close the old pier to all traffic, and then to rebuild it "
                + "with public money over the next three years, starting in the spring.</p>"
                + refrain + "<p>The second verse is about the nets.</p>" + refrain, null);
        assertEquals(5, article.select("p").size());
    }

    @Test
    void keepsEveryPictureWhoseCreditRepeatsAnothersButDropsARepeatedCaption() {
        String figure = "<figure><span class=image-container><img src=/%s.jpg><span>Photo: Jana Peters, Harbour News"
                + "</span></span><figcaption>%s</figcaption></figure>";
        Element article = normalized(figure.formatted("hall", "The reading room under the old roof.")
                + figure.formatted("desk", "The issue desk by the entrance.")
                + figure.formatted("desk2", "The issue desk by the entrance."), null);
        assertEquals(3, article.select("img").size());
        assertEquals(1, article.select("figcaption:contains(The issue desk)").size());
    }

    @Test
    void keepsARepeatedCaptionOnlyOnce() {
        String caption = "<figure><img src=/a.jpg><figcaption>Boats waiting for the tide to turn</figcaption></figure>";
        assertEquals(1, normalized(caption + caption, null).select("figcaption").size());
    }

    @Test
    void keepsACaptionNamedByItsClassOnlyOnceButKeepsRepeatedParagraphs() {
        String slide = "<div class=wp-caption><img src=/%s.jpg><p class=wp-caption-text>Spring fair on the green, "
                + "second day</p></div>";
        String refrain = "<p>And still the river ran on to the sea.</p>";
        Element body = normalized(slide.formatted("a") + refrain + slide.formatted("b") + refrain
                + slide.formatted("c"), null);
        assertEquals(1, body.select("p.wp-caption-text").size());
        assertEquals(3, body.select("img").size());
        assertEquals(2, body.select("p:not(.wp-caption-text)").size());
    }

    @Test
    void dropsALeadingHeadingThatNearlyRepeatsATitleCarryingTheSiteName() {
        Element body = normalized("<h1>Ferry fares rise again in spring</h1><p>Body text</p>",
                "Ferry fares rise again in spring | The Harbour Gazette");
        assertNull(body.selectFirst("h1"));
        body = normalized("<h1>Tom Vale: &#8220;We needed the points&#8221;</h1><p>Body</p>",
                "Tom Vale: &#8220;We needed the points&#8221;");
        assertNull(body.selectFirst("h1"));
    }

    @Test
    void keepsASubheadingWhoseWordsAreInTheTitleOnceProseHasBegun() {
        String prose = "<p>" + "The ferry company said the rise covers fuel and the new pier. ".repeat(2) + "</p>";
        Element body = normalized(prose + "<h2>Ferry fares</h2><p>More</p>", "Ferry fares rise again in spring");
        assertEquals("Ferry fares", body.selectFirst("h2").text());
        body = normalized("<h1>Why the old pier closed</h1><p>Body</p>", "Ferry fares rise again in spring");
        assertEquals("Why the old pier closed", body.selectFirst("h1").text());
    }

    @Test
    void measuresHowMuchOfAHeadingTheTitleSaysWithRepeatedWords() {
        assertEquals(1.0, ContentNormalizer.titleSimilarity("the tide the tide", "the tide turns the boat"));
        assertEquals(0.0, ContentNormalizer.titleSimilarity("", "the tide"));
    }

    @Test
    void dropsATitleSetAsTheFirstParagraphButKeepsAFirstParagraphThatSaysMore() {
        Element body = normalized("<div><p><b>Ferry fares rise again in spring</b></p><p>Body text</p></div>",
                "Ferry fares rise again in spring");
        assertEquals("Body text", body.text());
        body = normalized("<div><p>Ferry fares rise again in spring, the company said.</p></div>",
                "Ferry fares rise again in spring");
        assertEquals("Ferry fares rise again in spring, the company said.", body.text());
    }

    @Test
    void keepsALeadingSectionHeadingThatIsOneOfTheTitlesWords() {
        Element body = normalized("<h2>Introduction</h2><p>Ownership decides who frees a value, and when.</p>",
                "Introduction to ownership in Rust");
        assertEquals("Introduction", body.selectFirst("h2").text());
    }

    @Test
    void keepsANoteWhoseOnlyTextIsItsTitle() {
        Element body = normalized("<p>Just setting up my harbour log</p>", "Just setting up my harbour log");
        assertEquals("Just setting up my harbour log", body.text());
        Element heading = normalized("<h1>Just setting up my harbour log</h1>", "Just setting up my harbour log");
        assertEquals("Just setting up my harbour log", heading.text());
    }
}
