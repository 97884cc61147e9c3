package app.gleaner.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Third stage: removes page chrome — navigation, site header and footer, sidebars, share bars, ad slots,
 * "most read" and related-article boxes, comment widgets, "Read more:" link promos, picture credits and date lines.
 * Selectors, class/id words and labels are data ({@code rules/chrome-selectors.txt}, {@code rules/chrome-tokens.txt},
 * {@code rules/chrome-labels.txt}); class and id words are read by {@link ChromeWords}, labels by
 * {@link ChromeLabels}, credit and date lines by {@link LabelLines}. Class-word matches are skipped for elements that
 * hold prose, and every removal passes the {@link RemovalGuard}. Chrome is not logged as removed: it never covered
 * the article. Immutable and thread-safe once built.
 */
public final class ChromeRemover {

    /** An element with this many prose paragraphs is content, whatever its class says. */
    public static final int PROSE_PARAGRAPHS_TO_KEEP = 3;
    /** An aside in the running text with more of its text in links than this is a box of related links. */
    public static final double MAX_ASIDE_LINK_DENSITY = 0.5;
    /** Asides nested this deep are judged with the outer ones: no page nests its boxes so. */
    static final int MAX_ASIDE_NESTING = 4;
    /** An aside in the running text with fewer words than this is a teaser of another story (headline, "Read more"). */
    static final int MIN_ASIDE_WORDS = 20;
    /** Sibling elements looked at before an aside for the prose paragraph that sets it in the text. */
    static final int ASIDE_REACH = 3;
    /** Rows of two cells or more that make a table one of data ({@link #holdsDataTable}). */
    static final int MIN_DATA_ROWS = 3;
    /** Characters of an aside's opening looked for elsewhere in the article: found twice, it is a pull quote. */
    static final int PULL_QUOTE_PROBE_CHARS = 40;
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\\p{Pi}\\p{Ps}\"']+");
    /** Blocks up to this many words are checked against the chrome labels. */
    public static final int MAX_LABELLED_BLOCK_WORDS = 120;
    /** Blocks with more text characters than this are not read as labels: they cannot be that few words. */
    static final int MAX_LABELLED_BLOCK_CHARS = MAX_LABELLED_BLOCK_WORDS * 40;
    /**
     * A label, promo, credit or date line is a few elements at most; a larger subtree is not read as one, which also
     * keeps deeply nested pages from costing a text walk per level.
     */
    static final int MAX_LABELLED_BLOCK_ELEMENTS = 60;
    /** Share of text in links, after the label, that marks a labelled block as a link list. */
    public static final double LABELLED_BLOCK_LINK_DENSITY = 0.5;
    /**
     * A heading or a line up to this many words that opens with a label ("Lesen Sie auch die folgenden Beiträge:")
     * heads the link list after it, and goes with it.
     */
    public static final int MAX_LABEL_HEADING_WORDS = 8;
    /** Raw characters beyond which a block cannot be a label heading: a cheap test before reading its words. */
    static final int MAX_LABEL_HEADING_CHARS = MAX_LABEL_HEADING_WORDS * 40;
    /** Longest text of a link read as a button ("Print recipe", "Next post") when its whole text is a label. */
    static final int MAX_BUTTON_CHARS = 40;

    /** Radio choices that make a form that asks a question a quiz ({@link #isQuiz}). */
    static final int MIN_QUIZ_CHOICES = 2;

    private static final Evaluator EMBEDDED_QUOTE = Selector.evaluatorOf("blockquote");
    private static final Evaluator MEDIA = Selector.evaluatorOf("img, picture, video, audio, iframe, svg");
    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "em", "i", "b", "strong", "small", "time",
            "font", "u", "sup", "sub", "mark", "cite", "abbr");
    private static final Set<String> LABEL_HEADING_TAGS = Set.of("p", "div", "h2", "h3", "h4", "h5", "h6", "strong",
            "b", "span");
    private static final Set<String> LABELLED_BLOCK_TAGS = Set.of(
            "div", "section", "p", "li", "ul", "ol", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "aside",
            "figure", "figcaption", "table", "small", "em", "i", "time", "cite");

    private final SelectorGroup selectors;
    private final ChromeWords classWords;
    private final ChromeLabels labels;
    private final LabelLines labelLines;

    /** Rules from the bundled data files. */
    public ChromeRemover() {
        this(new LabelLines());
    }

    /** Rules from the bundled data files, with label lines shared with other stages. */
    ChromeRemover(LabelLines labelLines) {
        this(RuleList.load("chrome-selectors.txt"), RuleList.loadLowerCase("chrome-tokens.txt"),
                RuleList.loadLowerCase("chrome-labels.txt"), labelLines);
    }

    ChromeRemover(List<String> selectors, List<String> tokens, List<String> labels, LabelLines labelLines) {
        this.labelLines = labelLines;
        this.selectors = SelectorGroup.of(selectors);
        this.classWords = new ChromeWords(tokens);
        this.labels = new ChromeLabels(labels);
    }

    /**
     * Removes chrome below {@code root} in place. With {@code useClassWords} false only structural selectors and
     * labels apply: the pipeline's fallback when class words took too much.
     */
    public void removeFrom(Element root, boolean useClassWords) {
        RemovalGuard guard = new RemovalGuard(root);
        removeAll(selectors.select(root).stream().filter(e -> !isQuiz(e)).toList(), guard);
        removeAll(root.select("header, footer, [role=banner], [role=contentinfo]").stream()
                .filter(e -> e.closest("article, [itemprop=articleBody], blockquote, figure") == null)
                .filter(e -> e.selectFirst("article") == null)
                .toList(), guard);
        removeAll(asidesBesideTheText(root), guard);
        if (useClassWords) {
            removeAll(root.getAllElements().stream().filter(e -> switch (classWords.read(e)) {
                case CHROME_AROUND_PROSE -> true;
                case CHROME -> !holdsProse(e) && !holdsEmbeddedQuote(e) && !holdsDataTable(e);
                case NONE -> false;
            }).toList(), guard);
        }
        removeLabelledBlocks(root, guard);
    }

    /**
     * The asides that do not stand in the running text ({@link #standsInRunningText}). One inside an aside that
     * stands there is part of that box and stays with it, and one inside {@link #MAX_ASIDE_NESTING} asides goes or
     * stays with the outer ones, unjudged: judging each of a thousand nested asides read the page a thousand times.
     * Siblings share their parent's text, read once.
     */
    private static List<Element> asidesBesideTheText(Element root) {
        List<Element> beside = new ArrayList<>();
        Set<Element> standing = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, String> parentTexts = new IdentityHashMap<>();
        for (Element aside : root.select("aside")) { // in document order: an aside before the asides inside it
            if (isJudgedWithAnOuterAside(aside, standing, root)) {
                continue;
            }
            if (standsInRunningText(aside, parentTexts)) {
                standing.add(aside);
            } else {
                beside.add(aside);
            }
        }
        return beside;
    }

    private static boolean isJudgedWithAnOuterAside(Element aside, Set<Element> standing, Element root) {
        int outer = 0;
        for (Element at = aside.parent(); at != null && at != root; at = at.parent()) {
            if (standing.contains(at) || at.nameIs("aside") && ++outer >= MAX_ASIDE_NESTING) {
                return true;
            }
        }
        return false;
    }

    /**
     * An aside after a prose paragraph (a figure or another box may stand between), mostly not links, whose words
     * the paragraphs around it do not already say, with {@link #MIN_ASIDE_WORDS} words at least: a fact box, a
     * glossary, a timeline or an editor's note set in or after the running text, which the reader wants; not a
     * sidebar before the text, a box of related links, a teaser of another story or a pull quote repeating a
     * sentence of the article.
     */
    private static boolean standsInRunningText(Element aside, Map<Element, String> parentTexts) {
        Element parent = aside.parent();
        if (parent == null || !followsProse(aside)) {
            return false;
        }
        if (aside.select(Headings.SELECTOR).stream()
                .anyMatch(h -> TextStats.linkDensity(h) > MAX_ASIDE_LINK_DENSITY)) {
            return false; // its heading is a link to another story: a teaser
        }
        String own = aside.text(); // jsoup's text() has its white space folded already
        if (TextStats.words(own) < MIN_ASIDE_WORDS || TextStats.linkDensity(aside) >= MAX_ASIDE_LINK_DENSITY) {
            return false;
        }
        String opening = OPENING_QUOTES.matcher(own.substring(0, Math.min(own.length(), PULL_QUOTE_PROBE_CHARS)))
                .replaceFirst("");
        String around = parentTexts.computeIfAbsent(parent, Element::text);
        int first = around.indexOf(opening);
        return first < 0 || around.indexOf(opening, first + 1) < 0;
    }

    /**
     * True when a prose paragraph is among the {@link #ASIDE_REACH} sibling elements before {@code aside}, or ends one
     * of them (the text's own wrapper): a figure, another box or an ad slot may stand between.
     */
    private static boolean followsProse(Element aside) {
        Element parent = aside.parent();
        for (int i = aside.elementSiblingIndex() - 1, seen = 0; i >= 0 && seen < ASIDE_REACH; i--, seen++) {
            Element sibling = parent.child(i);
            // the text may run in a wrapper before the aside: its last paragraph counts
            if (isProseParagraph(sibling) || isProseParagraph(sibling.lastElementChild())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph of prose: a {@code <p>} of {@link TextStats#PROSE_PARAGRAPH_CHARS} characters or more, as long in
     * Latin letters ({@link TextStats#latinLength}), so a Korean or Japanese paragraph says as much as an English one.
     */
    static boolean isProseParagraph(Element element) {
        return element != null && element.nameIs("p")
                && TextStats.latinLength(element.text()) >= TextStats.PROSE_PARAGRAPH_CHARS;
    }

    boolean hasChromeWord(Element element) {
        return classWords.read(element) != ChromeWords.Reading.NONE;
    }

    /**
     * A table of data that says most of a box a chrome word names: a share price's closing prices, a city's housing
     * figures. A share bar, a menu or a list of related stories holds links, and a row of cells lays out an ad or a
     * row of share buttons: data has {@link #MIN_DATA_ROWS} rows of two cells or more.
     */
    private static boolean holdsDataTable(Element element) {
        int words = TextStats.words(element);
        return element.select("table").stream().anyMatch(table -> table.select("tr").stream()
                .filter(row -> row.select("> td, > th").size() >= 2).count() >= MIN_DATA_ROWS
                && TextStats.words(table) * 2 >= words);
    }

    private static boolean holdsProse(Element element) {
        return TextStats.proseParagraphs(element) >= PROSE_PARAGRAPHS_TO_KEEP;
    }

    /**
     * A form among the article's paragraphs that asks a question beside choices to tick: the story's quiz, which a
     * reader keeps, where other forms (a search box, a comment form, a sign-in, a sidebar's poll) are the page's.
     */
    private static boolean isQuiz(Element element) {
        return element.nameIs("form") && element.select("input[type=radio]").size() >= MIN_QUIZ_CHOICES
                && TextStats.asksAQuestion(element.text()) && PromoBoxes.inRunningText(element);
    }

    /** Embedded posts (a tweet, a quoted post) sit in wrappers named "social" or "widget", and are content. */
    private static boolean holdsEmbeddedQuote(Element element) {
        return element.selectFirst(EMBEDDED_QUOTE) != null;
    }

    /**
     * Ad labels and "Read more:"-style promos (the outermost short block that is a label, or a label and links, or a
     * short line opening with a label and the link list after it), and picture credits and date lines without media
     * in them.
     */
    private void removeLabelledBlocks(Element root, RemovalGuard guard) {
        Map<Element, Integer> textLengths = TextStats.textLengths(root);
        Map<Element, Integer> elementCounts = TextStats.elementCounts(root);
        ArrayDeque<Element> stack = new ArrayDeque<>(root.children());
        while (!stack.isEmpty()) {
            Element element = stack.pop();
            int textLength = textLengths.getOrDefault(element, 0);
            boolean shortEnough = textLength <= MAX_LABELLED_BLOCK_CHARS
                    && elementCounts.getOrDefault(element, 0) <= MAX_LABELLED_BLOCK_ELEMENTS;
            // the element's text is read at most once, and only when a test needs it
            String text = null;
            boolean labelled = false;
            if (shortEnough && LABELLED_BLOCK_TAGS.contains(element.normalName())) {
                text = element.text();
                labelled = isLabelledBlock(element, text) || isCreditOrDateLine(element, text);
            } else if (element.nameIs("a") && textLength <= MAX_BUTTON_CHARS && !isInRunningText(element)) {
                text = element.text();
                labelled = isLabelledBlock(element, text);
            }
            Element list = null;
            if (!labelled && textLength <= MAX_LABEL_HEADING_CHARS && mayHeadList(element)) {
                list = linkListHeadedBy(element, text != null ? text : element.text());
            }
            if (list != null && guard.mayRemove(list)) {
                list.remove();
                element.remove();
            } else if (labelled && guard.mayRemove(element)) {
                element.remove();
            } else {
                stack.addAll(element.children());
            }
        }
    }

    /**
     * A link with text around it is part of a sentence ("…the paper was published in…"), not a button; a link alone
     * in its box, or beside other buttons, is a button ("Print recipe", "Next post").
     */
    private static boolean isInRunningText(Element element) {
        Element parent = element.parent();
        if (parent == null) {
            return false;
        }
        for (Node sibling : parent.childNodes()) {
            if (sibling instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** {@code element}, whose text is {@code elementText}, is a label, or a label and mostly links. */
    private boolean isLabelledBlock(Element element, String elementText) {
        String text = elementText.strip();
        if (text.isEmpty() || TextStats.words(text) > MAX_LABELLED_BLOCK_WORDS) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (labels.isLabel(lower)) {
            return true;
        }
        String label = labels.labelBeforeMore(lower);
        return label != null
                && linkShareAfter(element, text.length() - label.length()) >= LABELLED_BLOCK_LINK_DENSITY;
    }

    /** A block of a kind that may head a link list, with an element after it. */
    private static boolean mayHeadList(Element element) {
        return LABEL_HEADING_TAGS.contains(element.normalName()) && element.nextElementSibling() != null;
    }

    /**
     * The link list right after {@code element}, whose text is {@code elementText}, when {@code element} is a short
     * line opening with a label; else null.
     */
    private Element linkListHeadedBy(Element element, String elementText) {
        Element next = element.nextElementSibling();
        String text = elementText.strip();
        if (text.isEmpty() || TextStats.words(text) > MAX_LABEL_HEADING_WORDS
                || !labels.opensWithLabel(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        int listWords = TextStats.words(next);
        boolean linkList = listWords > 0 && listWords <= MAX_LABELLED_BLOCK_WORDS
                && TextStats.linkDensity(next) >= LABELLED_BLOCK_LINK_DENSITY;
        return linkList ? next : null;
    }

    private boolean isCreditOrDateLine(Element element, String text) {
        if (element.selectFirst(MEDIA) != null) {
            return false;
        }
        return switch (labelLines.classify(text)) {
            case OPENING -> true;
            case WHOLE_LINE -> standsAlone(element, text);
            case NONE -> false;
        };
    }

    /**
     * Not a run inside a sentence ("according to <em>Reuters</em>."): the element holds all the text of the
     * nearest block around it, or it and the inline runs around it make a line of their own between blocks or line
     * breaks — a gallery's "<span>Image 2 of 5</span>" before the slide's figure, a credit after its figcaption, a
     * date under the headline.
     */
    private static boolean standsAlone(Element element, String text) {
        Element block = element;
        boolean besideBlocksOnly = true;
        while (INLINE_TAGS.contains(block.normalName()) && block.parent() != null) {
            besideBlocksOnly = besideBlocksOnly && !hasTextRunBeside(block);
            block = block.parent();
        }
        return block == element || besideBlocksOnly || block.text().strip().equals(text.strip());
    }

    /**
     * Text, or an inline run holding text, next to {@code element} on the same line: the neighbours up to the nearest
     * element that is not a known inline run (a block, a line break, a custom element) on either side.
     */
    private static boolean hasTextRunBeside(Element element) {
        return runsOn(element.previousSibling(), false) || runsOn(element.nextSibling(), true);
    }

    private static boolean runsOn(Node from, boolean forward) {
        for (Node node = from; node != null; node = forward ? node.nextSibling() : node.previousSibling()) {
            if (node instanceof TextNode run && !run.isBlank()) {
                return true;
            }
            if (node instanceof Element neighbour) {
                if (!INLINE_TAGS.contains(neighbour.normalName())) {
                    return false;
                }
                if (!neighbour.text().isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double linkShareAfter(Element element, int charsAfterLabel) {
        if (charsAfterLabel <= 0) {
            return 0;
        }
        int linked = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) linked / charsAfterLabel);
    }

    private static void removeAll(List<Element> elements, RemovalGuard guard) {
        for (Element element : elements) {
            if (element.parent() != null && guard.mayRemove(element)) {
                element.remove();
            }
        }
    }
}
