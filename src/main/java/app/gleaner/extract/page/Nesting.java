package app.gleaner.extract.page;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Where one element lies in relation to another, walking up without copying the ancestors. Stateless. */
public final class Nesting {

    private Nesting() {
    }

    /** Whether {@code node} (an element, or a text node) is {@code ancestor} or lies inside it. */
    public static boolean isWithin(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.parentNode()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** How many levels {@code element} sits below {@code ancestor}: 0 when it is it, -1 when it lies outside. */
    public static int depthWithin(Element element, Element ancestor) {
        int depth = 0;
        for (Element at = element; at != null; at = at.parent(), depth++) {
            if (at == ancestor) {
                return depth;
            }
        }
        return -1;
    }
}
