package app.gleaner.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SelectorGroupTest {

    private final Document page = Jsoup.parse("<div id=a class='promo Cookie-Banner'><p class=x>1</p></div>"
            + "<dialog id=b></dialog><p id=c class=x>2</p>");

    @Test
    void matchesOfEverySelectorComeOnceEachInDocumentOrder() {
        SelectorGroup group = SelectorGroup.of(List.of("p.x", "[class*=cookie-banner]", "dialog", ".promo"));
        assertThat(group.select(page.body()).stream().map(Element::tagName))
                .containsExactly("div", "p", "dialog", "p");
    }

    @Test
    void aSelectorThatDoesNotParseCostsOnlyItself() {
        SelectorGroup group = SelectorGroup.of(List.of("div[", "#c", "::nonsense("));
        assertThat(group.select(page.body())).extracting(Element::id).containsExactly("c");
        assertThat(group.matchesAny(page.body())).isTrue();
    }

    @Test
    void answersForOneElementAsSelectDoesForThePage() {
        SelectorGroup group = SelectorGroup.of(List.of("p.x", "[class*=cookie-banner]", "dialog", ".promo"));
        for (Element element : page.body().getAllElements()) {
            assertThat(group.matches(element)).as(element.outerHtml())
                    .isEqualTo(group.select(page.body()).contains(element));
        }
    }

    @Test
    void anEmptyGroupMatchesNothing() {
        SelectorGroup group = SelectorGroup.of(List.of("div["));
        assertThat(group.select(page.body())).isEmpty();
        assertThat(group.matchesAny(page.body())).isFalse();
    }

    @Test
    void simpleSelectorsMatchAsTheRuleFilesMeanThem() {
        Document page = Jsoup.parse("<div id=Promo class='Box NEWSLETTER-Signup'>a</div><p role=Dialog>b</p>"
                + "<span data-ad-slot>c</span><i id=sp_message_container_7>d</i><b title='x '>e</b>");
        assertThat(SelectorGroup.of(List.of("[class*=newsletter-signup]")).select(page.body()))
                .extracting(Element::text).containsExactly("a");
        assertThat(SelectorGroup.of(List.of(".box", "#Promo")).select(page.body())).hasSize(1);
        assertThat(SelectorGroup.of(List.of("#promo")).select(page.body())).as("ids match exactly").isEmpty();
        assertThat(SelectorGroup.of(List.of("[role=dialog]", "[data-ad-slot]", "[id^=sp_message_container]",
                "[title=x]")).select(page.body())).extracting(Element::text).containsExactly("b", "c", "d", "e");
        assertThat(SelectorGroup.of(List.of("div > p", "body > i")).select(page.body()))
                .as("anything else goes to jsoup").extracting(Element::text).containsExactly("d");
    }

    @Test
    void aStructuralSelectorReadsThePageAsItIsNotAsItWas() {
        Document page = Jsoup.parse("<div class=box><p id=a>one</p></div><p id=b>two</p>");
        SelectorGroup group = SelectorGroup.of(List.of(".box p"));
        assertThat(group.select(page.body())).extracting(Element::id).containsExactly("a");
        page.selectFirst(".box").removeClass("box");
        assertThat(group.select(page.body())).isEmpty();
        assertThat(group.matchesAny(page.body())).isFalse();
    }
}
