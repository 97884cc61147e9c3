package app.gleaner.extract.meta;

import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.TextStats;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The short lines around an article's headline, where a page writes its dateline and its byline for people
 * ({@link Dateline}, {@link BylineLine}): a line's text, read within bounds; how many words stand between it and the
 * headline; and whether it stands beside the article (a menu, an aside, a footer, a figure, a table, a described
 * item) or shares only the page's shell with the headline (a masthead, a footer). Built once for a page and its
 * headline; immutable, so thread-safe.
 */
final class HeadlineLines {

    /**
     * Most words between the headline and a line of its own: a standfirst, a byline, a caption. A line further on is
     * a reference's, an event's or a timeline's in the text.
     */
    static final int MAX_WORDS_AWAY = 150;
    /** A line's length up to which it is read; a dateline with its byline and reading time is shorter. */
    static final int MAX_LINE_CHARS = 200;
    /** Nodes read of a line's box: a dateline or a byline is a few spans and links. */
    static final int MAX_LINE_NODES = 40;
    private static final Set<String> BESIDE_THE_ARTICLE = Set.of("footer", "nav", "aside", "table", "figure");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "contentinfo");

    private final Document document;
    private final Element headline;
    private final Set<Element> inHeadline;
    private final Set<Element> aroundHeadline;
    private final Set<Element> shell;

    HeadlineLines(Document document, Element headline) {
        this.document = document;
        this.headline = headline;
        this.inHeadline = Set.copyOf(Find.all(headline));
        this.aroundHeadline = Set.copyOf(headline.parents());
        this.shell = shell(document, headline, aroundHeadline);
    }

    /** Whether {@code element} is the headline or in it. */
    boolean isInHeadline(Element element) {
        return inHeadline.contains(element);
    }

    /** Whether {@code box} holds the headline. */
    boolean isAroundHeadline(Element box) {
        return aroundHeadline.contains(box);
    }

    /**
     * Whether a menu, an aside, a footer, a figure, a table or a described item ({@code itemscope}: a review, an
     * event, a person, another story) that does not hold the headline holds {@code line}: a date there is a page's
     * "last modified", a photograph's, a row's, a reviewer's, an event's or a birthday.
     */
    boolean isBesideTheArticle(Element line) {
        for (Element box = line; box != null && !box.nameIs("body"); box = box.parent()) {
            if ((BESIDE_THE_ARTICLE.contains(box.normalName()) || CHROME_ROLES.contains(box.attr("role"))
                    || box.hasAttr("itemscope"))
                    && !aroundHeadline.contains(box)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code line} shares with the headline no box below the page's shell, and stands before it (a masthead's
     * "today") or after it where the headline has boxes of its own below the shell (a footer's "Stand: 01.02.2024");
     * where the headline stands right in the shell, as on a page of plain paragraphs, the lines after it are its.
     */
    boolean isInShellOnly(Element line) {
        Element shared = sharedBox(line);
        return shell.contains(shared) && (childHolding(shared, line).siblingIndex()
                < childHolding(shared, headline).siblingIndex() || !shell.contains(headline.parent()));
    }

    /** The smallest box around the headline that holds {@code element}. */
    Element sharedBox(Element element) {
        Element box = element.parent();
        while (!aroundHeadline.contains(box)) {
            box = box.parent();
        }
        return box;
    }

    /** Whether more than {@link #MAX_WORDS_AWAY} words of text stand between the headline and {@code line}. */
    boolean isFarFromHeadline(Element line) {
        int[] words = {0};
        Node[] second = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == second[0] || words[0] > MAX_WORDS_AWAY) {
                    return FilterResult.STOP;
                }
                if (second[0] == null && (node == headline || node == line)) {
                    second[0] = node == headline ? line : headline;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (second[0] != null && node instanceof TextNode text) {
                    words[0] += TextStats.words(text.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
        }, document.body());
        return words[0] > MAX_WORDS_AWAY;
    }

    /**
     * {@code element}'s text when it is a line's, of at most {@link #MAX_LINE_CHARS} characters, read from at most
     * {@link #MAX_LINE_NODES} nodes; null when longer. A bound, so that asking every box of a deep page stays linear.
     * Blocks and {@code <br>} end a field with a line break.
     */
    static String shortText(Element element) {
        StringBuilder text = new StringBuilder();
        int[] nodes = {0};
        boolean[] tooLong = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > MAX_LINE_NODES || text.length() > MAX_LINE_CHARS) {
                    tooLong[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text()); // its spaces and line breaks collapsed, as a browser shows them
                } else if (node instanceof Element box && (box.isBlock() || box.nameIs("br"))) {
                    text.append('\n'); // a field's end: "Anna Kowalczyk<br>Opublikowano: 06.05.2013"
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return tooLong[0] ? null : text.toString();
    }

    /**
     * The page's shell and the boxes around it: the smallest box around the headline that also holds a menu of the
     * site's, or the body's boxes when no menu is found.
     */
    private static Set<Element> shell(Document document, Element headline, Set<Element> aroundHeadline) {
        Element smallest = document.body();
        int smallestDepth = -1;
        for (Element menu : document.body().select("nav, [role=navigation]")) {
            Element shared = menu.parent();
            while (shared != null && !aroundHeadline.contains(shared)) {
                shared = shared.parent();
            }
            int depth = shared == null ? -1 : shared.parents().size();
            if (depth > smallestDepth) {
                smallest = shared;
                smallestDepth = depth;
            }
        }
        Set<Element> shell = new HashSet<>(smallest.parents());
        shell.add(smallest);
        return shell;
    }

    /** The child of {@code box} that holds {@code descendant}. */
    private static Element childHolding(Element box, Element descendant) {
        Element child = descendant;
        while (child.parent() != box) {
            child = child.parent();
        }
        return child;
    }
}
