package app.gleaner.extract;

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
    void anEmptyGroupMatchesNothing() {
        SelectorGroup group = SelectorGroup.of(List.of("div["));
        assertThat(group.select(page.body())).isEmpty();
        assertThat(group.matchesAny(page.body())).isFalse();
    }
}
