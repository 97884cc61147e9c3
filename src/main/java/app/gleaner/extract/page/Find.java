package app.gleaner.extract.page;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * {@link Element#select(Evaluator)} and {@link Element#selectFirst(Evaluator)} with the same answers, found by walking
 * the elements themselves: jsoup streams every node of the subtree, text nodes too, through an iterator that checks
 * at each step whether the tree changed, and the pipeline's whole-page queries spent more in that stream than in
 * their tests. As in jsoup, {@code root} itself is asked first, matches come in document order, and what structural
 * evaluators ({@code .a .b}, {@code :has}) remember of the page is forgotten before and after: a removal since the
 * last query would make it wrong. Stateless.
 */
public final class Find {

    /** An element of no page, on which {@link #forget} asks at no cost. */
    private static final Element NOWHERE = new Element("div");

    private Find() {
    }

    /** Every element under {@code root}, {@code root} included, that {@code evaluator} matches, in document order. */
    public static Elements all(Element root, Evaluator evaluator) {
        Elements found = new Elements();
        forget(evaluator);
        for (Element element = root; element != null; element = Nesting.nextInOrder(element, root)) {
            if (evaluator.matches(root, element)) {
                found.add(element);
            }
        }
        forget(evaluator);
        return found;
    }

    /** Every element under {@code root}, {@code root} first, in document order: {@link Element#getAllElements()}. */
    public static Elements all(Element root) {
        Elements found = new Elements();
        for (Element element = root; element != null; element = Nesting.nextInOrder(element, root)) {
            found.add(element);
        }
        return found;
    }

    /** The first element under {@code root}, {@code root} included, that {@code evaluator} matches; null if none. */
    public static Element first(Element root, Evaluator evaluator) {
        forget(evaluator);
        try {
            for (Element element = root; element != null; element = Nesting.nextInOrder(element, root)) {
                if (evaluator.matches(root, element)) {
                    return element;
                }
            }
            return null;
        } finally {
            forget(evaluator);
        }
    }

    /**
     * Clears what {@code evaluator} remembers: {@link Element#is(Evaluator)} does, before and after it asks, here of an
     * empty element outside any page, which no query takes long to answer.
     */
    private static void forget(Evaluator evaluator) {
        NOWHERE.is(evaluator);
    }
}
