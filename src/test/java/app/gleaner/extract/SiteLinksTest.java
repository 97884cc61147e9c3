package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aSiteIsItsHostWithItsSubdomainsAndCountryCodeSuffixes() {
        assertEquals("example.com", SiteLinks.site("subscribe.example.com"));
        assertEquals("bbc.co.uk", SiteLinks.site("news.bbc.co.uk"));
        assertEquals("example.com", SiteLinks.site("example.com"));
        assertEquals("localhost", SiteLinks.site("localhost"));
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
