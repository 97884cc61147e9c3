package app.gleaner.extract.page;

import org.jsoup.nodes.Element;

/**
 * Boxes that a page's components wrap in elements holding nothing else ({@code <app-fact-box><aside>…</aside>
 * </app-fact-box>}, a card in a React root's {@code <div>}): where such a box stands among the article's paragraphs
 * is its outermost wrapper's place. Stateless and thread-safe.
 */
public final class Wrappers {

    private Wrappers() {
    }

    /**
     * {@code box}, or its outermost ancestor below {@code root} (any, when {@code root} is null) that holds nothing
     * but it, no text of its own.
     */
    public static Element outermost(Element box, Element root) {
        Element wrapper = box;
        while (wrapper.parent() != null && wrapper.parent() != root && wrapper.parent().childrenSize() == 1
                && !LooseText.hasLooseText(wrapper.parent())) {
            wrapper = wrapper.parent();
        }
        return wrapper;
    }
}
