package app.gleaner.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * <li>is short, and its date begins it or a field of it, or follows a date line's label ("Published",
 * "Datum:"), not other words ("Registriert:", "valid until", "born", "Urteil vom");</li>
 * <li>stands outside menus, asides, footers, figures and tables that do not hold the headline, and outside a run of
 * items that each hold a date (a timeline, a list of replies, a sidebar's list);</li>
 * <li>stands before the headline only inside a box below the page's shell (the box that also holds the site's
 * menu), so a masthead's "today" does not date it;</li>
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

    /** Words a date line may hold ({@code rules/date-words.txt}, joining words with them). */
    private static final Set<String> DATE_WORDS = Set.copyOf(RuleList.loadLowerCase("date-words.txt").stream()
            .map(word -> word.replaceFirst("^\\+", "")).toList());
    /** How date lines begin ({@code rules/dateline-prefixes.txt}); those marked {@code ~} are an update's. */
    private static final List<String> DATELINE_PREFIXES = RuleList.loadLowerCase("dateline-prefixes.txt");
    private static final List<String> UPDATE_LABELS = labels(RuleList.marked(DATELINE_PREFIXES, "~"));
    /** Labels of a publication: the other prefixes and the labels that name a date ({@code rules/date-labels.txt}). */
    private static final List<String> PUBLICATION_LABELS = Stream.of(
            labels(RuleList.unmarked(DATELINE_PREFIXES, "~")), RuleList.loadLowerCase("date-labels.txt"))
            .flatMap(List::stream).toList();
    private static final List<String> ALL_LABELS = Stream.of(UPDATE_LABELS, PUBLICATION_LABELS)
            .flatMap(List::stream).toList();
    /** The last word of a text, with the spaces, stops and colons around it. */
    private static final Pattern LAST_WORD = Pattern.compile("[\\s,.:：]*(\\p{L}+)[\\s,.:：]*$");
    /** What ends a field of a line of fields, before the date's. */
    private static final String FIELD_SEPARATORS = "|·•—–-,»›";
    /** What a byline begins with ({@code rules/byline-prefixes.txt}): "Von Ann Lee 4. 2. 2022" is a dateline. */
    private static final List<String> BYLINE_PREFIXES = RuleList.loadLowerCase("byline-prefixes.txt").stream()
            .map(prefix -> prefix.replaceFirst("^~", "")).toList();
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
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
        Element line = UnderHeadline.nearest(document, headline, dateline,
                element -> !UnderHeadline.isUpdate(element) && !saysUpdated(read.get(element).before()));
        Element labelled = UnderHeadline.nearest(document, headline,
                dateline.and(element -> lastLabel(read.get(element).before(), PUBLICATION_LABELS) >= 0
                        && !saysUpdated(read.get(element).before())), element -> true);
        // a publication's labelled line in as small a box around the headline wins over a nearer line that is not
        if (labelled != null && sharedBox(labelled, aroundHeadline).parents().size()
                >= sharedBox(line, aroundHeadline).parents().size()) {
            line = labelled;
        }
        if (line == null || lastLabel(read.get(line).before(), ALL_LABELS) < 0
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
        WrittenDate.Reading reading = text == null ? null : publication(WrittenDate.findAll(text, order));
        if (reading == null || wordsBesideDates(reading.text()) > UnderHeadline.MAX_DATELINE_WORDS
                || reading.before().contains("©") || !isIntroducedAsDateline(reading, line)
                || isBesideTheArticle(line, aroundHeadline) || isBeforeInShell(line, headline, aroundHeadline, shell)
                || isOneOfDatedItems(line, aroundHeadline, order)) {
            return null;
        }
        return reading;
    }

    /** Of a line's dates, the first not labelled as an update's ("Zuletzt aktualisiert: 6.3. | Erstmals: 5.3."). */
    private static WrittenDate.Reading publication(List<WrittenDate.Reading> readings) {
        return readings.stream().filter(reading -> !saysUpdated(reading.before())).findFirst()
                .orElse(readings.isEmpty() ? null : readings.get(0));
    }

    /**
     * Whether the date begins its line as a dateline's does: after nothing but date words, after a field's bar or
     * comma ("By Ann Lee · March 5, 2024"), in a byline ("Von Ann Lee 4. 2. 2022") or after a date line's label.
     * Other words make it another day.
     */
    private static boolean isIntroducedAsDateline(WrittenDate.Reading reading, Element line) {
        Element term = definitionTerm(line);
        if (term != null) { // "<dt>Release date</dt><dd>March 5, 2024</dd>": the term is the label
            String label = term.text().strip().toLowerCase(Locale.ROOT);
            return ALL_LABELS.stream().anyMatch(label::startsWith);
        }
        String before = withoutTrailingDateWords(reading.before()).stripLeading();
        return before.isEmpty() || FIELD_SEPARATORS.indexOf(before.charAt(before.length() - 1)) >= 0
                || lastLabel(before, ALL_LABELS) >= 0 || lastLabel(before, BYLINE_PREFIXES) == 0;
    }

    /** The {@code <dt>} that names the {@code <dd>} holding {@code line}, or null. */
    private static Element definitionTerm(Element line) {
        for (Element box = line; box != null && !box.nameIs("dl"); box = box.parent()) {
            if (box.nameIs("dd")) {
                Element term = box.previousElementSibling();
                while (term != null && !term.nameIs("dt")) {
                    term = term.previousElementSibling();
                }
                return term;
            }
        }
        return null;
    }

    /** {@code text} without the date words at its end ("Veröffentlicht am: Freitag, " → "veröffentlicht"). */
    private static String withoutTrailingDateWords(String text) {
        String rest = text.stripTrailing();
        for (Matcher last = LAST_WORD.matcher(rest); last.find() && DATE_WORDS.contains(last.group(1));
                last = LAST_WORD.matcher(rest)) {
            rest = rest.substring(0, last.start());
        }
        return rest.stripTrailing();
    }

    /** Whether the last label before a date says it is an update's ("Published 3 May · Updated 5 May"). */
    private static boolean saysUpdated(String before) {
        return lastLabel(before, UPDATE_LABELS) > lastLabel(before, PUBLICATION_LABELS);
    }

    /** Where the last of {@code labels} stands in {@code text} as whole words ("stand", not "Pegelstand"); or -1. */
    private static int lastLabel(String text, List<String> labels) {
        int last = -1;
        for (String label : labels) {
            for (int at = text.lastIndexOf(label); at > last; at = text.lastIndexOf(label, at - 1)) {
                int after = at + label.length();
                if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                    last = at;
                    break;
                }
            }
        }
        return last;
    }

    /** The prefixes as words: without their update mark and their colon ("~stand:" → "stand"). */
    private static List<String> labels(List<String> prefixes) {
        return prefixes.stream().map(prefix -> prefix.replaceFirst("\\s*:$", "")).toList();
    }

    /**
     * Words of {@code lower} that are neither numbers nor date words: "Par Claire Vasseur — Publié le 21 janvier 2012
     * à 10h05, mis à jour le 22 janvier 2012" has seven.
     */
    private static int wordsBesideDates(String lower) {
        int words = 0;
        for (String word : NOT_WORD.split(lower)) {
            if (!word.isEmpty() && !DATE_WORDS.contains(word) && word.chars().noneMatch(Character::isDigit)) {
                words++;
            }
        }
        return words;
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

    /** Whether {@code line} stands before the headline and shares with it no box below the page's shell. */
    private static boolean isBeforeInShell(Element line, Element headline, Set<Element> aroundHeadline,
            Set<Element> shell) {
        Element lineSide = line;
        while (lineSide.parent() != null && !aroundHeadline.contains(lineSide.parent())) {
            lineSide = lineSide.parent();
        }
        Element shared = lineSide.parent();
        if (shared == null || !shell.contains(shared)) {
            return false;
        }
        Element headlineSide = headline;
        while (headlineSide.parent() != shared) {
            headlineSide = headlineSide.parent();
        }
        return lineSide.siblingIndex() < headlineSide.siblingIndex();
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
                if (sibling == item || !sibling.normalName().equals(item.normalName())
                        || !sibling.className().equals(item.className())) {
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
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element box && (box.isBlock() || box.nameIs("br"))) {
                    text.append(' ');
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
