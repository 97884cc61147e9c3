package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SiteLinksTest {

    private static Element link(String href) {
        return Jsoup.parse("<a href='" + href + "'>x</a>", "https://www.news.example/2026/story").selectFirst("a");
    }

    @Test
    void aFrontPageIsAHostWithNoPathWhateverItsQuery() {
        assertTrue(SiteLinks.leadsToFrontPage(link("https://www.farming.example/")));
        assertTrue(SiteLinks.leadsToFrontPage(link("https://www.farming.example?ref=news#top")));
        assertTrue(SiteLinks.leadsToFrontPage(link("/")));
        assertFalse(SiteLinks.leadsToFrontPage(link("https://www.farming.example/download/win")));
        assertFalse(SiteLinks.leadsToFrontPage(link("mailto:desk@news.example")));
    }

    @Test
    void aSiteIsItsHostWithItsSubdomainsButNotItsNeighboursOnASharedHost() {
        assertTrue(SiteLinks.sameSite("subscribe.example.com", "example.com"));
        assertTrue(SiteLinks.sameSite("news.bbc.co.uk", "bbc.co.uk"));
        assertFalse(SiteLinks.sameSite("alice.github.io", "bob.github.io"));
        assertFalse(SiteLinks.sameSite("shop.example.com", "news.example.com"));
        assertFalse(SiteLinks.sameSite("", "example.com"));
    }

    @Test
    void linksIntoTheSiteAreRelativeOrOnItsHostsButNotToThisPageOrElsewhere() {
        assertTrue(SiteLinks.leadsWithinSite(link("/newsletters")));
        assertTrue(SiteLinks.leadsWithinSite(link("https://account.news.example/join")));
        assertFalse(SiteLinks.leadsWithinSite(link("https://www.gov.example/register")));
        assertFalse(SiteLinks.leadsWithinSite(link("#comments")));
        assertFalse(SiteLinks.leadsWithinSite(link("/2026/story?page=2")));
        assertFalse(SiteLinks.leadsWithinSite(link("mailto:desk@news.example")));
        assertFalse(SiteLinks.leadsWithinSite(link("javascript:void(0)")));
    }

    @Test
    void anAddressMadeOfThreeWordsOfItsLinksTextInARowEchoesIt() {
        assertTrue(echoes("https://toys.example/2019/11/08/ecoflow-river-370-review/",
                "Ecoflow River 370 Review: charge nine devices"), "a sister site's headline");
        assertTrue(echoes("https://shop.example/d/beachbody-performance-energize-tub?ICID=BLOG",
                "Beachbody Performance Energize"), "a product's name");
        assertFalse(echoes("//www.gov.example/x", "Check it at www gov example"), "a host is no path");
        assertTrue(echoes("https://news.example/milliardar-aus-bayern-hat-genug", "Milliardär aus Bayern hat genug!"),
                "letters without their accents");
        assertFalse(echoes("https://fund.example/appeals/tamsey-flood-relief",
                "Donate to the Tamsey Valley Flood Relief Fund"), "two words in a row only");
        assertFalse(echoes("https://tickets.example/fruehjahrsfest-2026", "Karten für den Festabend buchen"));
        assertFalse(echoes("https://forms.example/complaints/start?case=gym%ZZ", "Complain to the ombudsman"),
                "a malformed escape is read as it stands");
        assertFalse(echoes("https://news.example/a-b", "A b"), "fewer words than it takes");
    }

    private static boolean echoes(String href, String text) {
        Element link = Jsoup.parse("<a></a>", "https://www.news.example/2026/story").selectFirst("a");
        link.attr("href", href).text(text);
        return SiteLinks.echoesItsText(link);
    }
}
