package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void readsTheFieldsOfABylineThatTouchEachOtherApart() {
        Document page = Jsoup.parse("<article><div class=byline><span>Katarzyna Wiśniewska</span><time "
                + "datetime=2024-04-10>2024-04-10</time></div><p>Text</p></article>");
        assertEquals("Katarzyna Wiśniewska", Byline.of(page, MetaTags.of(page), null, null));
        page = Jsoup.parse("<div class=byline>By <a href=/a>Ada Roe</a><span>, </span><a href=/t>Tom Vale</a></div>");
        assertEquals("Ada Roe, Tom Vale", Byline.of(page, MetaTags.of(page), null, null));
    }

    @Test
    void readsTheNamesOfAuthorPagesLinkedUnderTheHeadlineWhereNothingElseNamesThem() {
        String card = "<article><h3><a href=/news/other>Another story</a></h3><a href=/autor/ole-sturm/>Ole Sturm</a>"
                + "</article>";
        Document page = Jsoup.parse("<header><a href=/autoren/>Autoren</a></header><article><h1>Bridge plan</h1>"
                + "<div class=meta>Von <a class=username href=/autor/nadja-fennert/>Nadja Fennert</a>, Brunnsee, und "
                + "<a href=https://news.example/autor/ines-wrede>Ines Wrede</a></div><p>Text</p></article>" + card);
        assertEquals("Nadja Fennert, Ines Wrede", byline(page));
        page = Jsoup.parse("<header><a href=/autoren/>Autoren</a></header><article><h1>Bridge plan</h1><p>Text "
                + "<a href=/autor/nadja-fennert/>mehr</a></p></article>" + card);
        assertEquals(null, byline(page));
    }

    @Test
    void takesNoAuthorLinkThatSaysSomethingElseCreditsAPhotoOrStandsInAParagraph() {
        String[] pages = {
            "<p><a href=/author/jane-doe/>More by this author</a></p>",
            "<p><a href=/author/jane-doe/feed/>Jane Doe</a></p>",
            "<figure><img src=/a.jpg><figcaption>Foto: <a href=/author/ann-lee/>Ann Lee</a></figcaption></figure>",
            "<p>As our columnist <a href=/columnists/maria-gomez>Maria Gomez</a> argued last spring, the council's plan"
                    + " to close the ferry would cut the island off from its doctors, its school and its only shop.</p>"};
        for (String body : pages) {
            Document page = Jsoup.parse("<article><h1>Bridge plan</h1>" + body + "<p>Text</p></article>");
            assertEquals(null, byline(page), body);
        }
    }

    private static String byline(Document page) {
        return Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"));
    }
}
