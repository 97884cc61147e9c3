package app.gleaner.extract.find;

import app.gleaner.extract.page.Find;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Where elements stand in their page, to put the parts of an article found apart back in its order. Stateless. */
final class PageOrder {

    private PageOrder() {
    }

    /** The place of every element below {@code root} (itself included) in page order. */
    static Map<Element, Integer> of(Element root) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        List<Element> all = Find.all(root);
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        return order;
    }

    /** {@code elements}, all below {@code root}, in page order. */
    static List<Element> sorted(List<Element> elements, Element root) {
        Map<Element, Integer> order = of(root);
        List<Element> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparing(order::get));
        return sorted;
    }
}
