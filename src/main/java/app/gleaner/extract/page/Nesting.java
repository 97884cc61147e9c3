package app.gleaner.extract.page;

import org.jsoup.nodes.Element;

/** Where one element lies in relation to another, walking up without copying the ancestors. Stateless. */
public final class Nesting {

    private Nesting() {
    }

    /** Whether {@code element} is {@code ancestor} or lies inside it. */
    public static boolean isWithin(Element element, Element ancestor) {
        return depthWithin(element, ancestor) >= 0;
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
