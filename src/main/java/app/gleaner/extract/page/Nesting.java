package app.gleaner.extract.page;

import org.jsoup.nodes.Element;

/** Where one element lies in relation to another, walking up without copying the ancestors. Stateless. */
public final class Nesting {

    private Nesting() {
    }

    /** Whether {@code element} is {@code ancestor} or lies inside it. */
    public static boolean isWithin(Element element, Element ancestor) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
