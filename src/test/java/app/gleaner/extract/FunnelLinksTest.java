package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FunnelLinksTest {

    private static boolean funnel(String href) {
        Element link = Jsoup.parse("<a href=\"" + href + "\">x</a>", "https://www.gazette.example/city/story")
                .selectFirst("a");
        return FunnelLinks.leadsToFunnel(link);
    }

    @Test
    void readsAWholeSegmentOfThePathInManyLanguages() {
        assertTrue(funnel("/account/notifications?src=inline"));
        assertTrue(funnel("/pretplata/studenti"));
        assertTrue(funnel("/pronosticuri/login?meci=derby"));
        assertTrue(funnel("/subscribe.html"));
        assertTrue(funnel("/%EA%B5%AC%EB%8F%85/offer")); // Korean "구독", escaped
        assertTrue(funnel("https://www.gazette.example/abo/digital"));
    }

    @Test
    void readsTheFirstLabelOfAHostOfThreeLabelsOrMore() {
        assertTrue(funnel("https://account.gazette.example/accedi?next=%2Fsaved"));
        assertTrue(funnel("https://app.gazette.example/"));
        assertTrue(funnel("https://butikk.gazette.example/")); // a shop, as a host's label only
        assertFalse(funnel("https://app.example/news")); // two labels: the site's own name
    }

    @Test
    void leavesTheAddressesOfStoriesSectionsAndPeople() {
        assertFalse(funnel("/2024/05/13/best-meal-planning-apps")); // a slug holds the word, no segment is it
        assertFalse(funnel("/profile/ada-roe")); // a writer's page
        assertFalse(funnel("/plus/harbour-budget-vote")); // a paid story
        assertFalse(funnel("/shop/best-kettles")); // a guide's section: "shop" counts on a host only
        assertFalse(funnel("/events/take-part"));
        assertFalse(funnel("mailto:desk@gazette.example"));
        assertFalse(funnel("http://[broken"));
    }
}
