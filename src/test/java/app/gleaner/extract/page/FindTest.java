package app.gleaner.extract.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindTest {

    private final Document page = Jsoup.parse("<div id=top class=box><p>One <a href=/a>link</a></p>"
            + "<section class=box><p class=lead>Two</p><figure><img src=x.png><figcaption>Cap</figcaption></figure>"
            + "</section></div><ul><li>a<li class=box>b</ul><p>Three</p>");

    @ParameterizedTest
    @ValueSource(strings = {"p", ".box", "div", ".box p", "section > p", "div:has(img)", ":not(p)", "li + li",
            "p ~ p", "[href]", "figure, .lead, ul", "body", "*"})
    void answersAsJsoupsSelectDoes(String query) {
        Evaluator evaluator = Selector.evaluatorOf(query);
        for (Element root : new Element[] {page.body(), page.selectFirst("#top"), page.selectFirst("section")}) {
            assertThat(Find.all(root, evaluator)).as(query).containsExactlyElementsOf(root.select(evaluator));
            assertThat(Find.first(root, evaluator)).as(query).isSameAs(root.selectFirst(evaluator));
        }
    }

    @Test
    void everyElementComesInDocumentOrderTheRootFirst() {
        assertThat(Find.all(page.body())).containsExactlyElementsOf(page.body().getAllElements());
        Element image = page.selectFirst("img");
        assertThat(Find.all(image)).containsExactly(image);
    }

    @Test
    void aStructuralQueryReadsThePageAsItIsNotAsItWas() {
        Evaluator boxed = Selector.evaluatorOf(".box .lead");
        assertThat(Find.all(page.body(), boxed)).hasSize(1);
        page.selectFirst("#top").removeClass("box");
        page.selectFirst("section").removeClass("box");
        assertThat(Find.all(page.body(), boxed)).isEmpty();
        assertThat(Find.first(page.body(), boxed)).isNull();
    }
}
