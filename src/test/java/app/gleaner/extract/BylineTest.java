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
        assertEquals("Katarzyna Wiśniewska", Byline.of(page, MetaTags.of(page), null));
        page = Jsoup.parse("<div class=byline>By <a href=/a>Ada Roe</a><span>, </span><a href=/t>Tom Vale</a></div>");
        assertEquals("Ada Roe, Tom Vale", Byline.of(page, MetaTags.of(page), null));
    }
}
