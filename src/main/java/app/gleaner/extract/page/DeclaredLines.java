package app.gleaner.extract.page;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Lines a page declares, in its structured data, to be its content (a recipe's ingredients and steps), marked on the
 * page after its overlays went and before any other rule reads it, so that no chrome, link or nag rule takes them,
 * the parts of them (an amount "1/4" that reads as a slide counter, an ingredient's glossary link) or a box around
 * them. A box holding one marked line is kept whole: a page could shield a box of its own by declaring a line of it,
 * which is why lines are marked only where the declaration is borne out (see {@code find.RecipeParts}). A mark the
 * captured page brought with it, in any case, is cleared as it is parsed ({@link PageParser#parse}).
 */
public final class DeclaredLines {

    /** Present on the element that holds one declared line; its value names the list ({@code ingredient}…). */
    public static final String ATTRIBUTE = "data-gleaner-declared";
    private static final Evaluator MARKED = Selector.evaluatorOf("[" + ATTRIBUTE + "]");

    private DeclaredLines() {
    }

    /** Clears every mark below {@code body}, however the page wrote the attribute's name (the parser lower-cases it). */
    public static void clear(Element body) {
        Find.all(body, MARKED).removeAttr(ATTRIBUTE);
    }

    /** Marks {@code line} as a declared line of the list {@code list}. */
    public static void mark(Element line, String list) {
        line.attr(ATTRIBUTE, list);
    }

    /** The marked lines of {@code list} below {@code root}, in page order. */
    public static List<Element> of(Element root, String list) {
        return Find.all(root, new Evaluator.AttributeWithValue(ATTRIBUTE, list));
    }

    /** Whether any declared line is marked below {@code root}. */
    public static boolean any(Element root) {
        return Find.first(root, MARKED) != null;
    }

    /** Whether {@code element} is a declared line, lies inside one or holds one. */
    public static boolean touch(Element element) {
        return element.closest(MARKED) != null || Find.first(element, MARKED) != null;
    }
}
