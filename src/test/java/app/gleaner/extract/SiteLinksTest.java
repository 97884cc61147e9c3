package app.gleaner.extract;

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
}
