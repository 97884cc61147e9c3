package app.gleaner.extract.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementSumsTest {

    private static final Element PAGE = Jsoup.parse("<main><article><h1>Ferry fares</h1><p>The board set the "
            + "fares on <a href='/tuesday'>Tuesday</a>.</p><ul><li><a href='#fares'>Fares</a></li><li><a "
            + "href='/timetable'>Timetable</a> and more</li></ul></article><aside> </aside></main>").body();

    @Test
    void everyElementsSumsInOneWalkAreWhatItsOwnSubtreeMeasures() {
        Map<Element, Integer> text = ElementSums.textLengths(PAGE);
        Map<Element, Integer> visible = ElementSums.visibleLengths(PAGE);
        Map<Element, Integer> elements = ElementSums.elementCounts(PAGE);
        Map<Element, Double> linked = ElementSums.linkedLengths(PAGE, visible);
        for (Element element : PAGE.getAllElements()) {
            assertThat(text.get(element)).as(element.tagName()).isEqualTo(element.wholeText().length());
            assertThat(visible.get(element)).as(element.tagName())
                    .isEqualTo(TextStats.visibleLength(element.wholeText()));
            assertThat(elements.get(element)).as(element.tagName()).isEqualTo(element.getAllElements().size());
            assertThat(ElementSums.linkDensity(element, visible, linked)).as(element.tagName())
                    .isCloseTo(linkDensity(element), Offset.offset(1e-9));
        }
        assertThat(linked.get(PAGE.selectFirst("ul"))).as("a same-page link weighs less")
                .isEqualTo("Fares".length() * TextStats.SAME_PAGE_LINK_WEIGHT + "Timetable".length());
    }

    /** Link density in non-whitespace characters, a same-page link weighing less, read from the subtree itself. */
    private static double linkDensity(Element element) {
        int total = TextStats.visibleLength(element.wholeText());
        double linked = element.select("a").stream().mapToDouble(link -> TextStats.visibleLength(link.wholeText())
                * (link.attr("href").startsWith("#") ? TextStats.SAME_PAGE_LINK_WEIGHT : 1.0)).sum();
        return total == 0 ? 0 : linked / total;
    }

    @Test
    void visitsChildrenBeforeTheirParent() {
        List<String> order = new ArrayList<>();
        ElementSums.childrenFirst(PAGE.selectFirst("ul"), element -> order.add(element.tagName()));
        assertThat(order).containsExactly("a", "li", "a", "li", "ul");
    }
}
