package app.gleaner.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MailingFootersTest {

    private static final String LETTER = "<td><h1>The slow ferry, issue 31</h1><p>Dear readers, the ferry ran late "
            + "all week, and I spent the hours on the pier writing this letter to you, with a thermos and a notebook "
            + "and the gulls for company.</p></td>";

    private static List<Element> footers(String html) {
        return MailingFooters.in(Jsoup.parse("<body><table>" + html + "</table></body>").body());
    }

    @Test
    void theBoxOfShortLinesAroundTheLinkToUnsubscribeIsTheFooter() {
        List<Element> footers = footers("<tr>" + LETTER + "</tr><tr><td class=footer><em>Copyright © 2025 Slow "
                + "Ferry Notes</em><br>You are receiving this email because you signed up at slowferry.example.<br>"
                + "<strong>Our mailing address is:</strong><br>4 Chandlers Row, Tollemache<br><a href='https://"
                + "slowferry.us1.list-manage.com/profile?u=1'>Update your preferences</a> or <a href='https://"
                + "slowferry.us1.list-manage.com/unsubscribe?u=1&id=2'>unsubscribe from this list</a></td></tr>");
        assertThat(footers).hasSize(1);
        assertThat(footers.get(0).text()).startsWith("Copyright").doesNotContain("Dear readers");
    }

    @Test
    void aLinkToUnsubscribeMaySayItInTheLongerWordsOfAnotherLanguage() {
        List<Element> footers = footers("<tr>" + LETTER + "</tr><tr><td class=footer>Je ontvangt deze e-mail omdat "
                + "je lid bent van de coöperatie.<br>Je kunt <a href='https://coop.us1.list-manage.com/unsubscribe?u="
                + "1'>je afmelden voor deze lijst</a>.<br><a href='https://coop.us1.list-manage.com/unsubscribe?u=2'>"
                + "darse de baja de esta lista</a></td></tr>");
        assertThat(footers).hasSize(1);
        assertThat(footers.get(0).text()).startsWith("Je ontvangt").doesNotContain("Dear readers");
    }

    @Test
    void aLetterThatTellsHowToUnsubscribeOrAStoryAboutOptingOutStays() {
        assertThat(footers("<tr><td><p>If these letters no longer suit you, that is fine: there is a link to "
                + "<a href='https://slowferry.example/unsubscribe?u=1'>unsubscribe</a> at the bottom, and I will not "
                + "take it personally, though the gulls might.</p></td></tr>")).isEmpty();
        assertThat(footers("<tr><td><a href='https://news.example/how-to-opt-out-of-data-brokers'>How to opt out of "
                + "the sites that sell your data</a></td></tr>")).isEmpty();
        assertThat(footers("<tr><td><p>Readers can <a href='https://www.ftc.gov/optout'>opt out of prescreened credit "
                + "offers</a> online.</p></td></tr>")).isEmpty();
        assertThat(footers("<tr><td><h3>Leaving us?</h3><a href='https://slowferry.example/unsubscribe'>Unsubscribe"
                + "</a></td></tr>")).isEmpty();
    }
}
