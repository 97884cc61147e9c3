package app.gleaner.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.gleaner.extract.clean.ChromeRemover;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LeadPictureTest {

    private static final String TEXT = "Alle sette di mattina la fila davanti al portone arrivava già all'angolo con la "
            + "piazza del Grano.";
    private final LeadPicture leadPicture = new LeadPicture(new ChromeRemover());

    /** The lead picture of a page whose title heading is its {@code <h1>} and whose found article is its text. */
    private Element find(String between) {
        Document page = Jsoup.parse("<div class=head><h1>Il mercato riapre</h1></div>" + between
                + "<div class=body><p>" + TEXT + "</p></div>", "https://news.example/");
        Element article = new Element("div").appendElement("p").text(TEXT).parent();
        return leadPicture.find(page.selectFirst("h1"), article, null);
    }

    @Test
    void findsTheHeroSetBetweenTheHeadlineAndTheTextWithItsCaption() {
        Element picture = find("<div class=firma>di Giacomo Ferrandi</div><figure><img src=/volte-1600.jpg alt=''>"
                + "<figcaption>Le volte restaurate</figcaption></figure>");
        assertNotNull(picture);
        assertEquals("Le volte restaurate", picture.text());
        assertEquals("/volte-1600.jpg", picture.selectFirst("img").attr("src"));
        assertNotNull(find("<app-article-image><img src=/volte.jpg width=1600 height=900></app-article-image>"));
        assertNotNull(find("<div class=hero><img data-src=/volte.jpg src=data:image/gif;base64,R0lGOD></div>"));
        assertNotNull(find("<figure><img src='/dims/resize/1200x675/quality/90/?url=https%3A%2F%2Fcdn.example%2Fvolte"
                + ".jpg' width=1200></figure>"), "an address whose path names no file");
    }

    @Test
    void readsTheLazyLoadersAddressOfAHeroWhoseSrcIsThePlaceholderTheTextsPicturesShare() {
        Document page = Jsoup.parse("<div class=head><h1>Il mercato riapre</h1></div><div class=featured><img "
                + "src=/theme/empty.png data-src=/uploads/volte-1200.jpg width=1200></div><div class=body><p>" + TEXT
                + "</p></div>", "https://news.example/");
        Element article = Jsoup.parse("<div><p>" + TEXT + "</p><figure><img src=/theme/empty.png data-src=/uploads/"
                + "banchi.jpg width=900></figure></div>").selectFirst("div");
        Element picture = leadPicture.find(page.selectFirst("h1"), article, null);
        assertNotNull(picture, "the placeholder the text shows is not the hero's picture");
        assertEquals("/uploads/volte-1200.jpg", picture.attr("data-src"));
    }

    @Test
    void bringsTheCaptionOfAPictureSetInABoxWithItAndNothingElse() {
        Element picture = find("<div class=featured_image><a href=/volte.jpg><div class=thumb><img src=/volte-750.jpg "
                + "width=750></div></a><p class=wp-caption-text>Le volte restaurate. Foto: Anna Neri</p></div>");
        assertEquals("Le volte restaurate. Foto: Anna Neri", picture.text());
        assertEquals("/volte-750.jpg", picture.selectFirst("img").attr("src"));
        picture = find("<div class=featured_image><img src=/volte-750.jpg width=750><p class=caption>" + TEXT + "</p>"
                + "</div>");
        assertEquals("img", picture.tagName(), "a caption that repeats the text's opening is not repeated");
        picture = find("<div class=featured_image><img src=/volte-750.jpg width=750><p class=caption>Le volte</p>"
                + "<p>Un'altra riga</p></div>");
        assertEquals("img", picture.tagName(), "a box holding more than the picture and its caption");
        picture = find("<div class=featured_image><img src=/volte-750.jpg width=750><div class=caption-tools><a "
                + "href=https://pinterest.example/pin>Save</a> <a href=https://social.example/share>Share</a> <button>"
                + "Enlarge</button></div></div>");
        assertEquals("img", picture.tagName(), "a toolbar named for the caption is no caption");
    }

    @Test
    void readsAPageBuildersModuleNamesAsTheHeadingsToo() {
        String module = "<div class='pb-element pb-widget pb-widget-%s'><div class=pb-widget-container>%s</div></div>";
        Document page = Jsoup.parse("<div class=pb-section>" + module.formatted("heading", "<h1>Il mercato riapre</h1>")
                + module.formatted("image", "<img src=/volte-1024.jpg width=1024>")
                + module.formatted("text-editor", "<p>" + TEXT + "</p>") + "</div>", "https://news.example/");
        Element article = new Element("div").appendElement("p").text(TEXT).parent();
        assertNotNull(leadPicture.find(page.selectFirst("h1"), article, null));
        page.selectFirst(".pb-widget-image").addClass("pb-widget-sidebar").removeClass("pb-widget-image");
        assertNull(leadPicture.find(page.selectFirst("h1"), article, null), "a sidebar module, by its own part");
    }

    @Test
    void passesOverAvatarsIconsAdsLinksAndPicturesOfUnknownSize() {
        for (String between : List.of("<img src=/avatar.jpg width=48 height=48>",
                "<img src=/avatar.jpg?w=105&h=105>", "<img src=/stars-4_compact.png>", "<img src=/photo.jpg>",
                "<div class=ad-slot><img src=/banner.jpg width=728></div>",
                "<a href=/other-story><img src=/teaser.jpg width=800></a>")) {
            assertNull(find(between), between);
        }
    }

    @Test
    void passesOverAPictureAfterTheTextBeganOrOneTheArticleShows() {
        Document page = Jsoup.parse("<h1>Il mercato riapre</h1><p>" + TEXT + "</p><figure><img src=/late.jpg>"
                + "</figure>", "https://news.example/");
        Element article = new Element("div").appendElement("p").text(TEXT).parent();
        assertNull(leadPicture.find(page.selectFirst("h1"), article, null));
        page = Jsoup.parse("<h1>Il mercato riapre</h1><figure><img src=/hero.jpg></figure><p>" + TEXT + "</p>",
                "https://news.example/");
        article.prependElement("img").attr("src", "https://news.example/hero.jpg");
        assertNull(leadPicture.find(page.selectFirst("h1"), article, null));
        String noFile = "https://img.example/resize/?url=https%3A%2F%2Fcdn.example%2Fbridge.jpg&w=1200";
        page = Jsoup.parse("<h1>Il mercato riapre</h1><figure><img width=1200></figure><p>" + TEXT + "</p>",
                "https://news.example/");
        page.selectFirst("img").attr("src", noFile);
        article.prependElement("img").attr("src", noFile);
        assertNull(leadPicture.find(page.selectFirst("h1"), article, null), "an address with no file name, shown");
    }

    @Test
    void findsTheDeclaredPictureSetAsACoverAboveTheHeadline() {
        String declared = "https://cdn.example/pulse/molo-camion-1280.jpg";
        Element article = new Element("div").appendElement("p").text(TEXT).parent();
        Document page = Jsoup.parse("<div class=cover><img src=" + declared + " width=1280></div><div class=wrap>"
                + "<h1>Il mercato riapre</h1><div class=body><p>" + TEXT + "</p></div></div>", "https://news.example/");
        Element cover = leadPicture.find(page.selectFirst("h1"), article, declared);
        assertNotNull(cover);
        assertEquals(declared, cover.attr("src"));
        // not a picture the page does not declare, nor a small one, nor one the article shows
        assertNull(leadPicture.find(page.selectFirst("h1"), article, "https://cdn.example/other-1280.jpg"));
        page.selectFirst("img").attr("width", "120");
        assertNull(leadPicture.find(page.selectFirst("h1"), article, declared), "a logo's size");
        page.selectFirst("img").attr("width", "1280");
        Element shown = new Element("div").appendElement("p").text(TEXT).parent();
        shown.prependElement("img").attr("src", "photos/800/molo-camion-1280.jpg");
        assertNull(leadPicture.find(page.selectFirst("h1"), shown, declared), "shown at another path");
        article.prependElement("img").attr("src", declared);
        assertNull(leadPicture.find(page.selectFirst("h1"), article, declared));
        // a logo linked to the front page, another story's picture of the same file name on a CDN's other path
        Document logo = Jsoup.parse("<header class=site><a href=/ class=custom-logo-link><img src=" + declared
                + "></a></header><div class=wrap><h1>Il mercato riapre</h1></div>", "https://news.example/");
        assertNull(leadPicture.find(logo.selectFirst("h1"), new Element("div").appendElement("p").text(TEXT).parent(),
                declared));
        Document other = Jsoup.parse("<div class=top><img src=https://cdn.example/other/molo-camion-1280.jpg></div>"
                + "<div class=wrap><h1>Il mercato riapre</h1></div>", "https://news.example/");
        assertNull(leadPicture.find(other.selectFirst("h1"), new Element("div").appendElement("p").text(TEXT)
                .parent(), declared));
        // a box of teasers before the headline is no cover, whatever picture it holds
        Element teasers = new Element("div").appendElement("p").text(TEXT).parent();
        Document listed = Jsoup.parse("<div class=more><img src=" + declared + " width=1280><p>" + TEXT.repeat(3)
                + "</p></div><h1>Il mercato riapre</h1>", "https://news.example/");
        assertNull(leadPicture.find(listed.selectFirst("h1"), teasers, declared));
    }

    @Test
    void findsTheDeclaredPictureDrawnAsTheBackgroundOfAHeroAroundOrBeforeTheHeadline() {
        String declared = "https://cdn.example/img/ribeira-dusk.jpg?w=1200";
        String hero = "<div class=css-hero-8x1 role=img aria-label='The quay at dusk' style=\"background-image:url("
                + "'https://cdn.example/img/ribeira-dusk.jpg?w=2000')\"><div class=crumbs><a href=/eu>Europe</a></div>"
                + "</div>";
        Document before = Jsoup.parse(hero + "<div class=subnav><a href=/a>Overview</a></div><div class=main><div>"
                + "<h1>Il mercato riapre</h1></div><p>" + TEXT + "</p></div>", "https://news.example/");
        Element cover = leadPicture.find(before.selectFirst("h1"), article(), declared);
        assertNotNull(cover);
        assertEquals(declared, cover.attr("src"));
        assertEquals("The quay at dusk", cover.attr("alt"));
        Document around = Jsoup.parse("<section class='elementor-element-hero01' data-bg=/img/ribeira-dusk.jpg "
                + "style=\"background-image:url('/img/small/ribeira-dusk.jpg')\"><h1>Il mercato riapre</h1></section><p>"
                + TEXT + "</p>", "https://cdn.example/");
        assertNotNull(leadPicture.find(around.selectFirst("h1"), article(), declared), "a lazy loader's address");
        // a box not named for a lead, a hero after the headline, another picture: none
        for (String page : List.of(hero.replace("css-hero-8x1", "css-band") + "<h1>Il mercato riapre</h1>",
                "<h1>Il mercato riapre</h1><p>" + TEXT + "</p>" + hero)) {
            Document other = Jsoup.parse(page, "https://news.example/");
            assertNull(leadPicture.find(other.selectFirst("h1"), article(), declared), page);
        }
        assertNull(leadPicture.find(before.selectFirst("h1"), article(), "https://cdn.example/img/other.jpg"));
        // in the article's own header, named in camel case, three boxes before the heading's
        for (String page : List.of("<article><header class=entry-header><div class=hero style=\"background-image:url("
                + "'/img/ribeira-dusk.jpg')\"></div><h1>Il mercato riapre</h1></header><p>" + TEXT + "</p></article>",
                "<div class=heroImage data-bg=/img/ribeira-dusk.jpg></div><div class=crumbs><a href=/>Home</a></div>"
                + "<div class=ad-slot></div><div class=main><h1>Il mercato riapre</h1></div>")) {
            assertNotNull(leadPicture.find(Jsoup.parse(page, "https://cdn.example/").selectFirst("h1"), article(),
                    declared), page);
        }
        // a site's header banner, a box of links whose class holds "cover" in another word
        for (String banner : List.of("<header class='site-header hero-banner' style=\"background-image:url("
                + "'/img/ribeira-dusk.jpg')\"><a href=/>Home</a> <span>Village news</span></header>",
                "<div class=discover-more data-bg=/img/ribeira-dusk.jpg><a href=/all>Discover all destinations</a>"
                + "</div>")) {
            Document page = Jsoup.parse(banner + "<div class=main><h1>Il mercato riapre</h1><p>" + TEXT + "</p></div>",
                    "https://cdn.example/");
            assertNull(leadPicture.find(page.selectFirst("h1"), article(), declared), banner);
        }
    }

    private static Element article() {
        return new Element("div").appendElement("p").text(TEXT).parent();
    }
}
