package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HouseNamesTest {

    private static HouseNames of(String head, String url) {
        Document document = Jsoup.parse("<html><head>" + head + "</head><body><p>Text</p></body></html>", url);
        return HouseNames.of(document.body());
    }

    @Test
    void namesTheSiteByItsDeclaredNameOrItsAddressWhateverItsCaseSpacesOrPunctuation() {
        HouseNames house = of("<meta property=og:site_name content='The Northern Echo Review'>",
                "https://www.northernechoreview.co.uk/news/bridge");
        assertTrue(house.namedIn("Contact standards@northernechoreview.co.uk"));
        assertTrue(house.namedIn("the Northern Echo Review follows the Editors' Code"));
        assertTrue(of("", "https://www.rheinpost.de/a").namedIn("Rheinpost-Leserreise im Herbst"));
        assertFalse(house.namedIn("The bridge reopens on Monday after four months of repairs."));
    }

    @Test
    void namesTheDeclaredWriterButNoShortNameOrTheCountrysDomain() {
        HouseNames house = of("<meta name=author content='Maren Holt'>", "https://bbc.co.uk/news/a");
        assertTrue(house.namedIn("Maren Holt covers transport for the paper."));
        assertFalse(house.namedIn("The BBC and the council disagreed."), "a name of three letters is no name");
        assertFalse(house.namedIn("Fees in the UK rose by a third."));
    }
}
