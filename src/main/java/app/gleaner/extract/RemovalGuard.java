package app.gleaner.extract;

import org.jsoup.nodes.Element;

/**
 * Refuses removals that would take most of the page with them. Overlay and chrome rules are broad on purpose
 * (a {@code form} around the whole page, a full-screen fixed scroller holding the article, a wrapper whose class
 * happens to say {@code sidebar}); this guard lets them stay broad. Built per document; not thread-safe.
 */
final class RemovalGuard {

    /** An element holding more than this share of the page's words is never removed by a rule. */
    static final double MAX_REMOVABLE_SHARE = 0.5;
    /** Below this many words an element may always be removed: it cannot be the article. */
    static final int ALWAYS_REMOVABLE_WORDS = 120;

    private final int pageWords;

    RemovalGuard(Element root) {
        this.pageWords = TextStats.words(root.text());
    }

    boolean mayRemove(Element element) {
        if (isRoot(element)) {
            return false;
        }
        int words = TextStats.words(element.text());
        return words < ALWAYS_REMOVABLE_WORDS || words <= pageWords * MAX_REMOVABLE_SHARE;
    }

    /**
     * Stricter, for rules that read a small box's shape rather than its words: the element must also hold no more
     * than {@link #MAX_REMOVABLE_SHARE} of the page, so on a short page it cannot be the wrapper of everything.
     */
    boolean mayRemovePart(Element element) {
        // below the share, mayRemove holds too: its small-element exemption is what this one leaves out
        return !isRoot(element) && TextStats.words(element.text()) <= pageWords * MAX_REMOVABLE_SHARE;
    }

    private static boolean isRoot(Element element) {
        return element.parent() == null || element.nameIs("body") || element.nameIs("html");
    }
}
