package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageParserTest {

    private static final PageParser PARSER = new PageParser();

    @Test
    void usesThePageUrlAsBaseUri() {
        Document document = PARSER.parse("<a href=next>n</a>", "https://site.example/dir/page");
        assertEquals("https://site.example/dir/next", document.selectFirst("a").absUrl("href"));
    }

    @Test
    void clearsTheMarksOfDeclaredLinesThePageBroughtItself() {
        Document document = PARSER.parse("<div " + DeclaredLines.ATTRIBUTE + "=ingredient>Subscribe now</div>",
                "https://site.example/");
        assertFalse(DeclaredLines.any(document.body()));
        Document shouted = PARSER.parse("<div DATA-GLEANER-DECLARED=ingredient>Subscribe now</div>",
                "https://site.example/");
        assertFalse(DeclaredLines.any(shouted.body()));
    }

    @Test
    void dropsWhatAnAmpComponentShowsOnlyWhileLoadingOnACallOrFailing() {
        Document page = PARSER.parse("<p>Text</p><amp-video src=a.mp4><div fallback><p>Your browser does not play this "
                + "video.</p></div></amp-video><amp-iframe src=map><div placeholder>Loading the map…</div></amp-iframe>"
                + "<amp-twitter data-tweetid=1><blockquote placeholder><p>Ten years of the bookshop!</p></blockquote>"
                + "<div fallback>This post could not be loaded.</div></amp-twitter>"
                + "<form><input placeholder='Your e-mail'></form><amp-story-page-attachment layout=nodisplay><p>Sign "
                + "up to hear of new stories.</p></amp-story-page-attachment><amp-img layout=responsive src=a.jpg>"
                + "</amp-img><amp-list src=/pools.json><div placeholder><h2>Westmoor Point</h2><p>The largest pools."
                + "</p></div></amp-list>", "https://site.example/a");
        assertEquals("Text Ten years of the bookshop! Westmoor Point The largest pools.", page.body().text());
        assertEquals(1, page.select("img").size());
        assertEquals(1, page.select("input[placeholder]").size());
        // without AMP's runtime the same attributes mean nothing
        assertEquals("Loading", PARSER.parse("<div><p placeholder>Loading</p></div>", "https://site.example/a")
                .body().text());
    }

    @Test
    void dropsTheOfferAmpSubscriptionsHidFromAReaderItGrantedTheArticle() {
        String sections = "<body><section subscriptions-section=content><p>The rest of the story.</p></section>"
                + "<section subscriptions-section=content-not-granted><p>Subscribe to read on.</p></section>";
        assertEquals("The rest of the story.", PARSER.parse("<html amp class='i-amphtml-subs-grant-yes'>" + sections
                + "<amp-img src=a.jpg></amp-img>", "https://site.example/a").body().text());
        // as served, before the runtime granted anything, the offer is the page's to judge
        assertEquals("The rest of the story. Subscribe to read on.", PARSER.parse("<html amp>" + sections
                + "<amp-img src=a.jpg></amp-img>", "https://site.example/a").body().text());
    }

    @Test
    void resolvesAgainstTheBaseElementWhenItIsAWebAddress() {
        Document based = PARSER.parse("<head><base href='https://cdn.example/site/'></head><img src=a.jpg>",
                "https://site.example/dir/page");
        assertEquals("https://cdn.example/site/", PageParser.baseOf(based));
        Document scripted = PARSER.parse("<head><base href='javascript:alert(1)'></head><p>x",
                "https://site.example/dir/page");
        assertEquals("https://site.example/dir/page", PageParser.baseOf(scripted));
    }

    @Test
    void readsTheTitleABrowserReadsEvenWhereTheHeadEndedBeforeIt() {
        Document early = PARSER.parse("<head><meta charset=utf-8><div>Menu</div><title>Harbour reopens</title></head>"
                + "<p>Text", "https://site.example/a");
        assertEquals("", early.title());
        assertEquals("Harbour reopens", PageParser.titleOf(early));
        Document drawn = PARSER.parse("<body><svg><title>Logo</title></svg><p>Text", "https://site.example/a");
        assertEquals("", PageParser.titleOf(drawn));
        assertEquals("In head", PageParser.titleOf(PARSER.parse("<title> In   head </title><p>x", "")));
    }

    @Test
    void givesBoxesThatStandForAPictureThatPicture() {
        Document document = PARSER.parse("<figure><div class=lazy data-bg=/img/terra-1600.jpg role=img "
                + "aria-label='Terra Murata from above'></div><figcaption>Terra Murata.</figcaption></figure>"
                + "<div class=js-delayed-image-load data-alt='Farmers' data-src='https://img.example/{width}/f.jpg' "
                + "data-widths='[240,976]'></div>"
                + "<div role=img aria-label=Map style=\"background-image: url('/img/map.png')\"></div>"
                + "<div class=js-delayed-image-load data-src='https://img.example/{width}/g.jpg'></div>"
                + "<noscript><img src='https://img.example/624/g.jpg'></noscript>"
                + "<div class=embed data-src='https://video.example/embed/42'></div>"
                + "<div class=card data-bg=/img/card.jpg><p>A card with words of its own</p></div>"
                + "<div class=icon data-bg=/icons/bike.png></div><div class=slot data-src=/ads/car-620x300.jpg></div>"
                + "<div class=divider data-bg=/img/waves.png aria-label=Waves aria-hidden=true></div>"
                + "<span class=flag role=img aria-label=Norway style='background-image:url(/flags.png);"
                + "background-position:-24px 0'></span><div class=stars role=img aria-label='4 of 5' "
                + "style='background-image:url(/stars.png);width:100px;height:20px'></div>"
                + "<figure><img src=/p-800.jpg><a class=zoom href=# data-src=/p-2400.jpg aria-label=Enlarge></a></figure>"
                + "<div role=img aria-label='Night market' style='background-image:url(/img/market.jpg);"
                + "padding-top:66%;background-size:cover;background-position:center'></div>"
                + "<span class=flag role=img aria-label=Sweden style='background-image:url(/flags.png);"
                + "background-position:left -48px'></span><span class=flag role=img aria-label=Chile "
                + "style='background-image:url(/flags.png);background-position:25% 50%'></span>",
                "https://site.example/dir/page");
        assertEquals("https://site.example/img/terra-1600.jpg", document.selectFirst("img[alt^=Terra]").absUrl("src"));
        assertEquals("[240,976]", document.selectFirst("img[alt=Farmers]").attr("data-widths"));
        assertEquals("https://site.example/img/map.png", document.selectFirst("img[alt=Map]").absUrl("src"));
        // a cover's picture, centred and scaled to its box, is no sprite
        assertEquals("https://site.example/img/market.jpg", document.selectFirst("img[alt='Night market']")
                .absUrl("src"));
        // a box with a noscript fallback, one whose address is no picture, one that holds words, unlabelled
        // decorations and slots, a box hidden from assistive technology, a sprite and an icon-sized box get none
        assertEquals(1, document.select(".js-delayed-image-load img").size());
        assertEquals(0, document.select(".embed img, .card img, .icon img, .slot img, .divider img, .flag img, "
                + ".stars img, .zoom img").size());
    }

    @Test
    void readsTextInItsComposedForm() {
        String decomposed = "Cafe\u0301 in Ni\u0301s";
        Document page = PARSER.parse("<title>" + decomposed + "</title><p>" + decomposed, "https://site.example/a");
        assertEquals("Caf\u00E9 in N\u00EDs", page.selectFirst("p").text());
        assertEquals("Caf\u00E9 in N\u00EDs", PageParser.titleOf(page));
        assertEquals("Caf\u00E9", PARSER.parseFragment("<p>Cafe\u0301", "").selectFirst("p").text());
    }

    @Test
    void unwrapsAnchorsThatOnlyMarkAPlaceButNotAScriptsControl() {
        Document page = PARSER.parse("<a name=top><p>One</p><p>Two <a href=/next>next</a> <a class=more>more</a>"
                + "<a id=fn1></a><a id=load>Show 48 comments</a>", "https://site.example/a");
        assertEquals(List.of("next", "more", "Show 48 comments"), page.select("a").eachText());
        assertEquals(null, page.selectFirst("p").closest("a"));
        Document part = PARSER.parse("<a id=part2><h2>Part two</h2><p>Text</p></a>", "https://site.example/a");
        assertEquals(0, part.select("a").size());
    }

    @Test
    void ignoresNonWebBaseUris() {
        assertEquals("", PageParser.baseUri("javascript:alert(1)"));
        assertEquals("", PageParser.baseUri("file:///etc/passwd"));
        assertEquals("", PageParser.baseUri("not a url"));
    }

    @Test
    void capsNestingDepth() {
        Document document = PARSER.parse("<div>".repeat(PageParser.MAX_DEPTH * 3) + "x", "https://site.example/");
        int depth = document.select("div").last().parents().size();
        assertTrue(depth <= PageParser.MAX_DEPTH, "depth " + depth);
    }

    @Test
    void parsesNullAsAnEmptyDocument() {
        assertEquals("", PARSER.parse(null, null).text());
    }

    @Test
    void parsesASelectionAsTheBody() {
        Document document = PARSER.parseFragment("<li>one</li><li>two</li>", "https://site.example/");
        assertEquals("one two", document.body().text());
    }

    @Test
    void composesDeclarativeShadowRootsIntoThePage() {
        Document document = PARSER.parse("<x-story><template shadowrootmode=open><h1>Shadow title</h1><slot></slot>"
                + "</template><p>Light paragraph</p></x-story>", "https://site.example/");
        assertEquals("Shadow title Light paragraph", document.body().text());
        assertEquals(0, document.select("template").size());
    }

    @Test
    void composesShadowRootsInASelection() {
        Document document = PARSER.parseFragment("<x-quote><template shadowrootmode=open><q><slot></slot></q>"
                + "</template>Quoted</x-quote>", "https://site.example/");
        assertEquals("<x-quote><q>Quoted</q></x-quote>", document.body().html().replaceAll("\\s+", ""));
    }
}
