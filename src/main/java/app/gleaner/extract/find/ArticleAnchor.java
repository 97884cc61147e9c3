package app.gleaner.extract.find;

import app.gleaner.extract.page.Nesting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What ties a found block to the page's own article rather than to a comment thread or a sidebar: the heading that
 * carries the page's title sits in the block or beside it (in the block's parent), or the block's text holds the
 * opening of the declared JSON-LD {@code articleBody}. The pipeline uses it when a short first attempt and a longer
 * later one found different parts of the page. Immutable and thread-safe.
 */
public final class ArticleAnchor {

    /** Headings and titles shorter than this only anchor when they match exactly (a "Comments" heading must not). */
    public static final int MIN_PARTIAL_TITLE_CHARS = 15;
    /** Characters of the declared article body looked for in a block's text. */
    static final int ARTICLE_BODY_PROBE_CHARS = 60;
    /**
     * How deep under a part, or a part's parent, the heading may sit ({@code article > header > h1}); a wrapper of
     * the whole page also holds the heading, but further down, inside the article's own box.
     */
    static final int MAX_HEADING_DEPTH = 2;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Boxes above a title block looked at for an item of a run of them ({@link #isInRunOfItems}). */
    static final int MAX_ITEM_DEPTH = 3;
    /** Spaces and line breaks a page may set around a headline's words, besides doubling them. */
    private static final int EXTRA_SPACE_CHARS = 40;
    /** Where a title's words stand for another page, a control or a menu, not as the article's headline. */
    private static final Set<String> OUT_OF_THE_TEXT = Set.of("a", "nav", "aside", "footer", "li", "button",
            "label", "option", "select", "figcaption", "blockquote", "title");

    private final String title;
    private final String bodyProbe;

    public ArticleAnchor(String title, String articleBody) {
        this.title = title == null ? "" : normalize(title);
        String body = articleBody == null ? "" : normalize(articleBody);
        this.bodyProbe = body.length() < ARTICLE_BODY_PROBE_CHARS ? "" : body.substring(0, ARTICLE_BODY_PROBE_CHARS);
    }

    /**
     * The heading under {@code body} that carries the page's title, or on a page with no {@code <h1>} the element that
     * shows it (a title block, below); null when there is none. One walk of the page, in its order.
     *
     * <p>A title block: where no {@code <h1>} or {@code <h2>} carries the title, the one element whose own text is the
     * title, as a brief's headline set in an {@code <h3>} or a styled {@code <div>} is: never a link's, a menu's, a
     * list item's, a breadcrumb's current step, a control's, a box its attributes hide, or an item of a run of boxes
     * alike (a card among cards, a post among posts), and none where the title shows twice outside those (a bar that
     * repeats it, a teaser of the story): there the page does not say which is the headline. A page with an
     * {@code <h1>} has set its headline there, in whatever words. Inline tags around it go with it. An element's text
     * is read only where its length can match.
     */
    public Element titleHeading(Element body) {
        if (title.isEmpty()) {
            return null;
        }
        boolean seeksBlock = title.length() >= MIN_PARTIAL_TITLE_CHARS;
        boolean h1 = false;
        Element block = null;
        for (Element at = body; at != null; at = Nesting.nextInOrder(at, body)) {
            if (at.nameIs("h1") || at.nameIs("h2")) {
                if (carriesTitle(at)) {
                    return at;
                }
                h1 |= at.nameIs("h1");
            } else if (seeksBlock && holdsTextOfLength(at, title.length()) && normalize(at.ownText()).equals(title)
                    && !isOutOfTheText(at) && !isInRunOfItems(at, body)) {
                if (block == null) {
                    block = at;
                } else { // a second one: the page does not say which is the headline
                    block = null;
                    seeksBlock = false;
                }
            }
        }
        return h1 ? null : widenedOverInlineTags(block);
    }

    private boolean carriesTitle(Element heading) {
        String text = normalize(heading.text());
        boolean partial = text.length() >= MIN_PARTIAL_TITLE_CHARS && title.length() >= MIN_PARTIAL_TITLE_CHARS
                && (title.contains(text) || text.contains(title));
        return text.equals(title) || partial;
    }

    /** {@code block} with the inline tags that hold it alone ("<div><b>Title</b></div>"); null for null. */
    private static Element widenedOverInlineTags(Element block) {
        Element found = block;
        while (found != null && !found.isBlock() && found.parent() != null && !found.parent().nameIs("body")
                && normalize(found.parent().ownText()).isEmpty() && found.parent().childrenSize() == 1) {
            found = found.parent();
        }
        return found;
    }

    /** Whether {@code element}'s own text nodes may hold {@code chars} characters: not fewer, nor many times more. */
    private static boolean holdsTextOfLength(Element element, int chars) {
        int length = 0;
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof TextNode text) {
                length += text.getWholeText().length();
            }
        }
        return length >= chars && length <= chars * 2 + EXTRA_SPACE_CHARS;
    }

    /**
     * Whether {@code element} or one of its {@link #MAX_ITEM_DEPTH} nearest boxes below {@code body} has a sibling of
     * the same class: an item of a run of cards, teasers or posts, which each show a title of their own.
     */
    private static boolean isInRunOfItems(Element element, Element body) {
        Element at = element;
        for (int depth = 0; depth <= MAX_ITEM_DEPTH && at != null && at != body; depth++, at = at.parent()) {
            String name = at.className();
            if (!name.isEmpty() && (sameClass(at.previousElementSibling(), name)
                    || sameClass(at.nextElementSibling(), name))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClass(Element sibling, String name) {
        return sibling != null && sibling.className().equals(name);
    }

    private static boolean isOutOfTheText(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (OUT_OF_THE_TEXT.contains(at.normalName()) || at.hasAttr("hidden") || at.hasAttr("aria-current")
                    || "true".equalsIgnoreCase(at.attr("aria-hidden"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code heading} sits close under the parent of one of {@code parts} (the body aside), the parts still
     * in the page: an article's header and its text share a parent, a comment thread or a sidebar sits further away.
     */
    public static boolean isBeside(Element heading, List<Element> parts) {
        if (heading == null) {
            return false;
        }
        for (Element part : parts) {
            Element parent = part.parent();
            if (!part.nameIs("body") && parent != null && !parent.nameIs("body")
                    && isClose(Nesting.depthWithin(heading, parent))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code heading} is still close inside the collected {@code article} (its box, the part, a header):
     * a wrapper of the whole page holds it too, but deeper.
     */
    public static boolean isInside(Element heading, Element article) {
        return heading != null && isClose(Nesting.depthWithin(heading, article) - 1);
    }

    /** Whether {@code text} holds the opening of the declared article body. */
    public boolean holdsDeclaredBody(String text) {
        return !bodyProbe.isEmpty() && normalize(text).contains(bodyProbe);
    }

    private static boolean isClose(int depth) {
        return depth >= 0 && depth <= MAX_HEADING_DEPTH;
    }

    private static String normalize(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
