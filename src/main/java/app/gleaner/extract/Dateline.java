package app.gleaner.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The date a page writes for people on a line near its headline ("5. März 2024", "By Ann Lee · March 5, 2024",
 * "Publié le 21 janvier 2012, mis à jour le 22"), for pages that offer no {@code <time>} and declare none. Found as
 * {@link UnderHeadline} finds a {@code <time>}: in the smallest box around the headline, outside cards and comments.
 * A line that dates the article:
 * <ul>
 * <li>is short, and its date begins it or a field of it, follows a byline or a date line's label ("Published",
 * "Datum:"), not other words ("Registriert:", "valid until", "born", "Urteil vom"), and ends its field (not "On 1
 * April 2024, parking will cost …"); a label the page sets before the value ({@code <dt>}, a {@code label} class)
 * is read as the line's ("Release date" is no publication's);</li>
 * <li>stands outside menus, asides, footers, figures, tables and described items ({@code itemscope}) that do not
 * hold the headline, names no other page by a linked title, and is not one of a run of items that each hold a date
 * (a timeline, a list of replies, a sidebar's list);</li>
 * <li>shares a box below the page's shell with the headline (the shell holds the site's menu too), so a
 * masthead's "today" and a footer's "Stand:" do not date it;</li>
 * <li>stands at most {@link #MAX_WORDS_TO_DATELINE} words from the headline, unless labelled.</li>
 * </ul>
 * A line labelled as the publication's wins over a nearer one that is not (an event's day in an info box), and in a
 * line of several dates the first not labelled as an update's is read. Stateless and thread-safe.
 */
final class Dateline {

    /**
     * Most words between the headline and an unlabelled line that dates the article: a standfirst, a byline, a
     * caption. A date further on is a reference's, an event's or a timeline's in the text, unless a date line's
     * label says what it is ("Veröffentlicht am 3. Mai 2024" under a blog post).
     */
    static final int MAX_WORDS_TO_DATELINE = 150;
    /** A line's length up to which its dates are read; a dateline with its byline and reading time is shorter. */
    static final int MAX_LINE_CHARS = 200;
    /** Nodes read of a line's box, and of each item beside it: a dateline is a few spans and links. */
    static final int MAX_LINE_NODES = 40;
    /** Boxes climbed from a line to find the items of a list it is one of. */
    static final int MAX_ITEM_DEPTH = 3;
    /**
     * Lines of the same kind beside a line that hold a date of their own and make it one of a run: three dated lines
     * are a list, an update's line beside the publication's are two. Of boxes around lines (replies, a list's items),
     * two make a run.
     */
    static final int MIN_OTHER_DATED_LINES = 2;
    /** Items of the same kind beside a line that are looked at for a date of their own. */
    static final int MAX_ITEMS_LOOKED_AT = 6;

    /** A label's class: {@code label}, {@code ib-label}, {@code meta__label}; not {@code field--label-hidden}. */
    private static final Pattern LABEL_CLASS = Pattern.compile("(?i)(?:^|[-_])label$");
    /** Words of a link's text that make a line with it a teaser's: another page's title. */
    static final int MIN_TEASER_LINK_WORDS = 2;
    private static final Set<String> BESIDE_THE_ARTICLE = Set.of("footer", "nav", "aside", "table", "figure");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "contentinfo");

    private Dateline() {
    }

    /** The date a line near {@code headline} writes, read in the page's {@code order}; null when none does. */
    static WrittenDate.Reading of(Document document, Element headline, WrittenDate.DayOrder order) {
        if (headline == null) {
            return null;
        }
        Set<Element> inHeadline = Set.copyOf(headline.getAllElements());
        Set<Element> aroundHeadline = Set.copyOf(headline.parents());
        Set<Element> shell = shell(document, headline, aroundHeadline);
        Map<Element, WrittenDate.Reading> read = new HashMap<>();
        Predicate<Element> dateline = element -> read.computeIfAbsent(element, line -> inHeadline.contains(line)
                ? null : reading(line, headline, aroundHeadline, shell, order)) != null;
        Element line = UnderHeadline.nearest(document, headline, dateline, element -> !UnderHeadline.isUpdate(element)
                && DatelineWords.label(read.get(element)) != DatelineWords.Label.UPDATE);
        Element labelled = UnderHeadline.nearest(document, headline, dateline.and(element ->
                DatelineWords.label(read.get(element)) == DatelineWords.Label.PUBLICATION), element -> true);
        // a publication's labelled line in as small a box around the headline wins over a nearer line that is not
        if (labelled != null && sharedBox(labelled, aroundHeadline).parents().size()
                >= sharedBox(line, aroundHeadline).parents().size()) {
            line = labelled;
        }
        if (line == null || DatelineWords.label(read.get(line)) == DatelineWords.Label.NONE
                && wordsBetween(document, headline, line) > MAX_WORDS_TO_DATELINE) {
            return null;
        }
        return read.get(line);
    }

    /** The date {@code line} gives the article, or null when it is no dateline. */
    private static WrittenDate.Reading reading(Element line, Element headline, Set<Element> aroundHeadline,
            Set<Element> shell, WrittenDate.DayOrder order) {
        if (!hasDigitInOwnText(line)) {
            return null;
        }
        String text = shortText(line);
        String label = labelOf(line);
        if (text != null && label != null) { // "<dt>Release date</dt><dd>March 5, 2024</dd>": the term labels it
            text = label + ": " + text.strip();
        }
        WrittenDate.Reading reading = text == null ? null
                : DatelineWords.publication(WrittenDate.findAll(text, order));
        if (reading == null || DatelineWords.wordsBesideDates(reading.text()) > UnderHeadline.MAX_DATELINE_WORDS
                || reading.before().contains("©") || !DatelineWords.introducesADate(reading)
                || isTeaser(line, reading)
                || isBesideTheArticle(line, aroundHeadline) || isInShellOnly(line, headline, aroundHeadline, shell)
                || isOneOfDatedItems(line, aroundHeadline, order)) {
            return null;
        }
        return reading;
    }

    /**
     * The label of the value {@code line} is: the text of the {@code <dt>} of the {@code <dd>} holding it, or of the
     * short element just before it that is classed a label or ends with a colon ({@code <span class=label>Release
     * date</span><span>12 June 2019</span>}); null when none.
     */
    private static String labelOf(Element line) {
        for (Element box = line; box != null && !box.nameIs("dl"); box = box.parent()) {
            if (box.nameIs("dd")) {
                Element term = box.previousElementSibling();
                while (term != null && !term.nameIs("dt")) {
                    term = term.previousElementSibling();
                }
                String text = term == null ? null : shortText(term);
                return text == null ? null : text.strip();
            }
        }
        Element before = line.previousElementSibling();
        String text = before == null ? null : shortText(before);
        if (text == null) {
            return null;
        }
        text = text.strip();
        return before.classNames().stream().anyMatch(name -> LABEL_CLASS.matcher(name).find())
                || text.endsWith(":") || text.endsWith("：") ? text : null;
    }

    /**
     * Whether {@code line} names another page beside its date: a link of {@link #MIN_TEASER_LINK_WORDS} words or
     * more that is not an author's ("← Older: First tulips — March 2, 2024", a list's story and its date).
     */
    private static boolean isTeaser(Element line, WrittenDate.Reading reading) {
        if (DatelineWords.label(reading) != DatelineWords.Label.NONE) {
            return false; // "Posted by <a>Bob Stone</a> on March 7, 2024"
        }
        for (Element link : line.select("a[href]")) {
            String text = link.text().strip();
            if (TextStats.words(text) >= MIN_TEASER_LINK_WORDS && !UnderHeadline.isAuthorLink(link)
                    && !Byline.readsAsNames(text) && WrittenDate.find(text, WrittenDate.DayOrder.UNKNOWN) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a menu, an aside, a footer, a figure, a table or a described item ({@code itemscope}: a review, an
     * event, a person, another story) that does not hold the headline holds {@code line}: a date there is a page's
     * "last modified", a photograph's, a row's, a reviewer's, an event's or a birthday.
     */
    private static boolean isBesideTheArticle(Element line, Set<Element> aroundHeadline) {
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

    /** The smallest box around the headline that holds {@code element}. */
    private static Element sharedBox(Element element, Set<Element> aroundHeadline) {
        Element box = element.parent();
        while (!aroundHeadline.contains(box)) {
            box = box.parent();
        }
        return box;
    }

    /**
     * Whether {@code line} shares with the headline no box below the page's shell, and stands before it (a masthead's
     * "today") or after it where the headline has boxes of its own below the shell (a footer's "Stand: 01.02.2024");
     * where the headline stands right in the shell, as on a page of plain paragraphs, the lines after it are its.
     */
    private static boolean isInShellOnly(Element line, Element headline, Set<Element> aroundHeadline,
            Set<Element> shell) {
        Element shared = sharedBox(line, aroundHeadline);
        return shell.contains(shared) && (childHolding(shared, line).siblingIndex()
                < childHolding(shared, headline).siblingIndex() || !shell.contains(headline.parent()));
    }

    /** The child of {@code box} that holds {@code descendant}. */
    private static Element childHolding(Element box, Element descendant) {
        Element child = descendant;
        while (child.parent() != box) {
            child = child.parent();
        }
        return child;
    }

    /**
     * Whether {@code line}, or a box around it, is one of a run of items of the same kind that each hold a date: a
     * timeline's entries, replies under a post, a sidebar's list of stories ({@link #MIN_OTHER_DATED_LINES}).
     */
    private static boolean isOneOfDatedItems(Element line, Set<Element> aroundHeadline, WrittenDate.DayOrder order) {
        Element item = line;
        for (int depth = 0; depth < MAX_ITEM_DEPTH && item.parent() != null && !aroundHeadline.contains(item);
                depth++, item = item.parent()) {
            int looked = 0;
            int dated = 0;
            for (Element sibling : item.parent().children()) {
                if (sibling == item || !isSameKind(sibling, item)) {
                    continue;
                }
                if (holdsWrittenDate(sibling, order) && ++dated == (depth == 0 ? MIN_OTHER_DATED_LINES : 1)) {
                    return true;
                }
                if (++looked == MAX_ITEMS_LOOKED_AT) {
                    break;
                }
            }
        }
        return false;
    }

    /** The same tag, and no class or a class in common ("episode" and "episode episode--latest"). */
    private static boolean isSameKind(Element a, Element b) {
        if (!a.normalName().equals(b.normalName())) {
            return false;
        }
        Set<String> classes = a.classNames();
        return classes.isEmpty() ? b.classNames().isEmpty() : b.classNames().stream().anyMatch(classes::contains);
    }

    /** Whether one of the first {@link #MAX_LINE_NODES} nodes of {@code box} is a line that writes a date. */
    private static boolean holdsWrittenDate(Element box, WrittenDate.DayOrder order) {
        int[] nodes = {0};
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > MAX_LINE_NODES) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element line && hasDigitInOwnText(line)) {
                    String text = shortText(line);
                    found[0] = text != null && WrittenDate.find(text, order) != null;
                }
                return found[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, box);
        return found[0];
    }

    private static boolean hasDigitInOwnText(Element element) {
        for (TextNode text : element.textNodes()) {
            String value = text.getWholeText();
            for (int i = 0; i < value.length(); i++) {
                if (Character.isDigit(value.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code element}'s text when it is a line's, of at most {@link #MAX_LINE_CHARS} characters, read from at most
     * {@link #MAX_LINE_NODES} nodes; null when longer. A bound, so that asking every box of a deep page stays linear.
     */
    private static String shortText(Element element) {
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

    /** Words of text between {@code a} and {@code b}, either first, counted up to just past the bound. */
    private static int wordsBetween(Document document, Element a, Element b) {
        int[] words = {0};
        Node[] second = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == second[0] || words[0] > MAX_WORDS_TO_DATELINE) {
                    return FilterResult.STOP;
                }
                if (second[0] == null && (node == a || node == b)) {
                    second[0] = node == a ? b : a;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (second[0] != null && node instanceof TextNode text) {
                    words[0] += TextStats.words(text.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
        }, document.body());
        return words[0];
    }
}
