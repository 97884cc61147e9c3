package app.gleaner.extract.clean;

import app.gleaner.extract.page.DeclaredLines;
import app.gleaner.extract.page.PageParser;
import app.gleaner.extract.page.TextStats;
import org.jsoup.nodes.Element;

/**
 * Refuses removals that would take most of the page with them. Overlay and chrome rules are broad on purpose (a
 * {@code form} around the whole page, a full-screen fixed scroller holding the article, a wrapper whose class happens
 * to say {@code sidebar}); this guard lets them stay broad. It never lets a rule take a line the page declares as its
 * content, a part of one or a box holding one ({@link DeclaredLines}), nor a part of a code block. It also knows
 * the headline ({@link #holdsHeadline}), which rules that read a box's words and shape must not take. Built per
 * document; not thread-safe.
 */
final class RemovalGuard {

    /** An element holding more than this share of the page's words is never removed by a rule. */
    static final double MAX_REMOVABLE_SHARE = 0.5;
    /** Below this many words an element may always be removed: it cannot be the article. */
    static final int ALWAYS_REMOVABLE_WORDS = 120;

    private final Element root;
    /**
     * Words of the page, counted at the first question, which comes before the first removal: most pages give a rule
     * nothing to ask about.
     */
    private int pageWords = -1;
    /** The page's {@code <title>}, normalized as nag phrases are, for {@link #holdsHeadline}; read when first asked. */
    private String title;
    /** Whether the page marks any declared line; asked once, at the first question, as most pages mark none. */
    private Boolean declared;

    RemovalGuard(Element root) {
        this.root = root;
    }

    private int pageWords() {
        if (pageWords < 0) {
            pageWords = size(root);
        }
        return pageWords;
    }

    /**
     * Words of {@code element}, a Chinese or Japanese character counting half, as box sizes do, so a Japanese banner on
     * an English page, or an English one on a Japanese page, weighs what it says.
     */
    private static int size(Element element) {
        return TextStats.wordsCjkHalved(element);
    }

    boolean mayRemove(Element element) {
        if (isRoot(element) || holdsDeclared(element) || isInCode(element)) {
            return false;
        }
        int page = pageWords(); // counted before this first removal, as every later answer must see the same page
        return fitsWithin(element, Math.max(ALWAYS_REMOVABLE_WORDS - 1, removableShare(page)));
    }

    /**
     * Stricter, for rules that read a small box's shape rather than its words: the element must also hold no more
     * than {@link #MAX_REMOVABLE_SHARE} of the page, so on a short page it cannot be the wrapper of everything.
     */
    boolean mayRemovePart(Element element) {
        // below the share, mayRemove holds too: its small-element exemption is what this one leaves out
        return !isRoot(element) && !holdsDeclared(element) && !isInCode(element)
                && fitsWithin(element, removableShare(pageWords()));
    }

    /**
     * Whether {@code element} is a part of a code block: a token a highlighter wraps, whose words ("print", "share",
     * "# Advertisement") are the program's, not the page's.
     */
    private static boolean isInCode(Element element) {
        for (Element at = element.parent(); at != null; at = at.parent()) {
            if (at.nameIs("pre")) {
                return true;
            }
        }
        return false;
    }

    /** The most words of a page of {@code pageWords} an element may hold: {@link #MAX_REMOVABLE_SHARE} of them. */
    private static int removableShare(int pageWords) {
        return (int) Math.floor(pageWords * MAX_REMOVABLE_SHARE);
    }

    /**
     * Whether {@code element} holds at most {@code words} words as {@link #size} counts them, counted only as far as it
     * takes to tell: a wrapper of most of the page is refused after half of it.
     */
    private static boolean fitsWithin(Element element, int words) {
        return !TextStats.wordsCjkHalvedExceed(element, words);
    }

    /** Whether {@code element} is, lies in or holds a line the page declares as its content ({@link DeclaredLines}). */
    boolean holdsDeclared(Element element) {
        if (declared == null) {
            declared = DeclaredLines.any(root);
        }
        return declared && DeclaredLines.touch(element);
    }

    /**
     * Whether {@code element} holds the article's headline: an {@code <h1>} whose text opens the page's title, or sits
     * inside it but not at its end, where a site's name goes ("About bugs" in "About bugs – Vortex Cannon", not a
     * paywall's logo "Example Tribune" in "… | Example Tribune"). A header with its byline line and a "Log in to
     * comment" link reads as a box with a call, and must not go with the headline.
     */
    boolean holdsHeadline(Element element) {
        if (title == null) {
            title = root.ownerDocument() == null ? "" : NagPhrases.normalize(PageParser.titleOf(root.ownerDocument()));
        }
        if (title.isBlank()) {
            return false;
        }
        for (Element heading : element.getElementsByTag("h1")) {
            String text = NagPhrases.normalize(heading.text()).strip();
            if (!text.isEmpty() && (title.startsWith(text) || title.contains(text) && !title.endsWith(text))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoot(Element element) {
        return element.parent() == null || element.nameIs("body") || element.nameIs("html");
    }
}
