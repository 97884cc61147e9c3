package app.gleaner.extract.meta;

import app.gleaner.extract.clean.AuthorLinks;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.TextStats;
import java.util.HashMap;
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
 * <li>stands at most {@link HeadlineLines#MAX_WORDS_AWAY} words from the headline, unless labelled (a date line's
 * label says what it is: "Veröffentlicht am 3. Mai 2024" under a blog post).</li>
 * </ul>
 * A line labelled as the publication's wins over a nearer one that is not (an event's day in an info box), and in a
 * line of several dates the first not labelled as an update's is read. Where a line stands is
 * {@link HeadlineLines}'s to say. Stateless and thread-safe.
 */
final class Dateline {

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

    private Dateline() {
    }

    /** The date a line near {@code headline} writes, read in the page's {@code order}; null when none does. */
    static WrittenDate.Reading of(Document document, Element headline, WrittenDate.DayOrder order) {
        if (headline == null) {
            return null;
        }
        HeadlineLines lines = new HeadlineLines(document, headline);
        Map<Element, WrittenDate.Reading> read = new HashMap<>();
        Predicate<Element> dateline = element -> read.computeIfAbsent(element, line -> lines.isInHeadline(line)
                ? null : reading(line, lines, order)) != null;
        Element line = UnderHeadline.nearest(document, headline, dateline, element -> !UnderHeadline.isUpdate(element)
                && DatelineWords.label(read.get(element)) != DatelineWords.Label.UPDATE);
        Element labelled = UnderHeadline.nearest(document, headline, dateline.and(element ->
                DatelineWords.label(read.get(element)) == DatelineWords.Label.PUBLICATION), element -> true);
        // a publication's labelled line in as small a box around the headline wins over a nearer line that is not
        if (labelled != null && lines.sharedBox(labelled).parents().size()
                >= lines.sharedBox(line).parents().size()) {
            line = labelled;
        }
        if (line == null || DatelineWords.label(read.get(line)) == DatelineWords.Label.NONE
                && lines.isFarFromHeadline(line)) {
            return null;
        }
        return read.get(line);
    }

    /** The date {@code line} gives the article, or null when it is no dateline. */
    private static WrittenDate.Reading reading(Element line, HeadlineLines lines, WrittenDate.DayOrder order) {
        if (!hasDigitInOwnText(line)) {
            return null;
        }
        String text = HeadlineLines.shortText(line);
        String label = labelOf(line);
        if (text != null && label != null) { // "<dt>Release date</dt><dd>March 5, 2024</dd>": the term labels it
            text = label + ": " + text.strip();
        }
        WrittenDate.Reading reading = text == null ? null
                : DatelineWords.publication(WrittenDate.findAll(text, order));
        if (reading == null || DatelineWords.wordsBesideDates(reading.text()) > UnderHeadline.MAX_DATELINE_WORDS
                || reading.before().contains("©") || !DatelineWords.introducesADate(reading)
                || isTeaser(line, reading)
                || lines.isBesideTheArticle(line) || lines.isInShellOnly(line)
                || isOneOfDatedItems(line, lines, order)) {
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
                String text = term == null ? null : HeadlineLines.shortText(term);
                return text == null ? null : text.strip();
            }
        }
        Element before = line.previousElementSibling();
        String text = before == null ? null : HeadlineLines.shortText(before);
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
        for (Element link : Find.all(line, Css.LINKS)) {
            String text = link.text().strip();
            if (TextStats.words(text) >= MIN_TEASER_LINK_WORDS && !AuthorLinks.isAuthorLink(link)
                    && !BylineNames.readsAsNames(text) && WrittenDate.find(text, WrittenDate.DayOrder.UNKNOWN) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code line}, or a box around it, is one of a run of items of the same kind that each hold a date: a
     * timeline's entries, replies under a post, a sidebar's list of stories ({@link #MIN_OTHER_DATED_LINES}).
     */
    private static boolean isOneOfDatedItems(Element line, HeadlineLines lines, WrittenDate.DayOrder order) {
        Element item = line;
        for (int depth = 0; depth < MAX_ITEM_DEPTH && item.parent() != null && !lines.isAroundHeadline(item);
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

    /**
     * Whether one of the first {@link HeadlineLines#MAX_LINE_NODES} nodes of {@code box} is a line that writes a date.
     */
    private static boolean holdsWrittenDate(Element box, WrittenDate.DayOrder order) {
        int[] nodes = {0};
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > HeadlineLines.MAX_LINE_NODES) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element line && hasDigitInOwnText(line)) {
                    String text = HeadlineLines.shortText(line);
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

}
