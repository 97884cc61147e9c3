package app.gleaner.extract.page;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Measures of every element of a subtree at once, summed from its children's in one walk, children before their
 * parent: a stage that asks each element's text length or link density would otherwise walk each subtree again,
 * which deep pages make quadratic. Each map is keyed by identity and holds every element under its root. Stateless
 * and thread-safe.
 */
public final class ElementSums {

    private ElementSums() {
    }

    /**
     * Raw text characters below every element of {@code root} (whitespace included), summed bottom-up in one walk:
     * a cheap upper bound that lets a stage skip {@link Element#text()} on elements too large to matter.
     */
    public static Map<Element, Integer> textLengths(Element root) {
        return sumBelow(root, text -> text.getWholeText().length(), element -> 0);
    }

    /** Non-whitespace text characters below every element of {@code root}, summed bottom-up in one walk. */
    public static Map<Element, Integer> visibleLengths(Element root) {
        return sumBelow(root, text -> TextStats.visibleLength(text.getWholeText()), element -> 0);
    }

    /** Elements below (and including) every element of {@code root}, counted bottom-up in one walk. */
    public static Map<Element, Integer> elementCounts(Element root) {
        return sumBelow(root, text -> 0, element -> 1);
    }

    /**
     * Non-whitespace characters inside links below every element of {@code root}, weighted as in
     * {@link TextStats#linkDensity(Element)}; with {@code visible} from {@link #visibleLengths} this gives every
     * element's link density in one walk.
     */
    public static Map<Element, Double> linkedLengths(Element root, Map<Element, Integer> visible) {
        Map<Element, Double> linked = new IdentityHashMap<>();
        childrenFirst(root, element -> {
            double sum;
            if (element.nameIs("a")) {
                double weight = element.attr("href").startsWith("#") ? TextStats.SAME_PAGE_LINK_WEIGHT : 1.0;
                sum = visible.getOrDefault(element, 0) * weight;
            } else {
                sum = 0;
                for (Element child : element.children()) {
                    sum += linked.getOrDefault(child, 0.0);
                }
            }
            linked.put(element, sum);
        });
        return linked;
    }

    /**
     * The link density of {@code element} read from the maps of {@link #visibleLengths} and {@link #linkedLengths}
     * (non-whitespace characters), 0 when it has no text: one lookup where {@link TextStats#linkDensity(Element)}
     * walks the subtree.
     */
    public static double linkDensity(Element element, Map<Element, Integer> visible, Map<Element, Double> linked) {
        int total = visible.getOrDefault(element, 0);
        return total == 0 ? 0 : Math.min(1.0, linked.getOrDefault(element, 0.0) / total);
    }

    /**
     * Visits {@code root} and every element below it, children before their parent, so a measure of a subtree can
     * be summed from its children's in one walk.
     */
    public static void childrenFirst(Element root, Consumer<Element> visit) {
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    visit.accept(element);
                }
            }
        });
    }

    private static Map<Element, Integer> sumBelow(Element root, ToIntFunction<TextNode> perText,
            ToIntFunction<Element> perElement) {
        Map<Element, Integer> sums = new IdentityHashMap<>();
        childrenFirst(root, element -> {
            int sum = perElement.applyAsInt(element);
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    sum += perText.applyAsInt(text);
                } else if (child instanceof Element childElement) {
                    sum += sums.getOrDefault(childElement, 0);
                }
            }
            sums.put(element, sum);
        });
        return sums;
    }
}
