package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import app.gleaner.extract.rules.SelectorGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The chrome stage: removes page chrome — navigation, site header and footer, sidebars, share bars, ad slots,
 * "most read" and related-article boxes, comment widgets, "Read more:" link promos, picture credits and date lines,
 * readers' rating tallies ({@link RatingTallies}), and every frame but the article's players ({@link EmbeddedMedia}).
 * Selectors, class/id words and labels are data ({@code rules/chrome-selectors.txt}, {@code rules/chrome-tokens.txt},
 * {@code rules/chrome-labels.txt}, and the classes that hide, {@code rules/hiding-classes.txt}, which spare a panel a
 * click opens, {@link Disclosures}, and screen-reader text that says what nothing visible says); class and id words
 * are read by {@link ChromeWords} (a page builder's by {@link FrameworkNames}), asides by {@link Asides}, labelled
 * blocks by {@link LabelledBlocks}. Class-word matches are skipped for elements that hold prose the reader sees,
 * and every removal passes the {@link RemovalGuard}. Chrome is not logged as removed: it never covered the article.
 * Immutable and thread-safe once built.
 */
public final class ChromeRemover {

    /** An element with this many prose paragraphs is content, whatever its class says. */
    public static final int PROSE_PARAGRAPHS_TO_KEEP = 3;
    /** Rows of two cells or more that make a table one of data ({@link #holdsDataTable}). */
    static final int MIN_DATA_ROWS = 3;
    /** Characters of a chrome label's line at most ("Advertisement", "Anzeige", "Sponsored content"). */
    static final int MAX_LABEL_CHARS = 40;
    /** Radio choices that make a form that asks a question a quiz ({@link #isQuiz}). */
    static final int MIN_QUIZ_CHOICES = 2;

    /** The page's own header and footer, which a story, a quotation or a figure may also have. */
    private static final Evaluator PAGE_HEADS_AND_FEET =
            Selector.evaluatorOf("header, footer, [role=banner], [role=contentinfo]");
    private static final Evaluator STORY_BOXES =
            Selector.evaluatorOf("article, [itemprop=articleBody], blockquote, figure");
    private static final Evaluator ARTICLES = Selector.evaluatorOf("article");
    private static final Evaluator EMBEDDED_QUOTE = Selector.evaluatorOf("blockquote");
    /** Marks the classes of {@code rules/hiding-classes.txt} that hide text from sight only, for screen readers. */
    private static final String SCREEN_READER_MARK = "~";
    private static final Evaluator TABLE_OR_LIST = Selector.evaluatorOf("table, ul, ol, dl");
    /**
     * A box that tells what a script is doing (loading, busy), whose words for screen readers say so ("Loading…",
     * "Chargement de la vidéo en cours" over a spinner or a grey skeleton) and nothing of the article.
     */
    private static final Evaluator STATUS_BOXES =
            Selector.evaluatorOf("[aria-busy=true], [role=status], [role=progressbar]");
    private static final Evaluator OPENED_PANELS = Selector.evaluatorOf(Disclosures.OPENED_PANELS);
    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[ .,]\\d+)*");

    private final SelectorGroup selectors;
    private final SelectorGroup hidingClasses;
    private final SelectorGroup screenReaderOnly;
    private final ChromeWords classWords;
    private final ChromeLabels chromeLabels;
    private final NagPhrases nagPhrases;
    private final CitingLinks citingLinks;
    private final LabelledBlocks labelledBlocks;
    private final RatingTallies ratingTallies = new RatingTallies();
    private final EmbeddedMedia embeddedMedia;

    /** Rules from the bundled data files. */
    public ChromeRemover() {
        this(new NagPhrases(), new LabelLines(), new EmbeddedMedia());
    }

    /** Rules from the bundled data files, with phrases, label lines and media hosts shared with other stages. */
    public ChromeRemover(NagPhrases nagPhrases, LabelLines labelLines, EmbeddedMedia embeddedMedia) {
        this(RuleList.load("chrome-selectors.txt"), RuleList.load("hiding-classes.txt"),
                RuleList.loadLowerCase("chrome-tokens.txt"), RuleList.loadLowerCase("chrome-labels.txt"), nagPhrases,
                labelLines, embeddedMedia);
    }

    ChromeRemover(List<String> selectors, List<String> hidingClasses, List<String> tokens, List<String> labels,
            NagPhrases nagPhrases, LabelLines labelLines, EmbeddedMedia embeddedMedia) {
        this.nagPhrases = nagPhrases;
        this.embeddedMedia = embeddedMedia;
        this.citingLinks = new CitingLinks(nagPhrases);
        List<String> hiding = hidingSelectors(hidingClasses);
        this.selectors = SelectorGroup.of(Stream.concat(selectors.stream(), hiding.stream()).toList());
        this.hidingClasses = SelectorGroup.of(hiding);
        this.screenReaderOnly = SelectorGroup.of(RuleList.marked(hidingClasses, SCREEN_READER_MARK));
        this.classWords = new ChromeWords(tokens);
        this.chromeLabels = new ChromeLabels(labels);
        this.labelledBlocks = new LabelledBlocks(chromeLabels, labelLines);
    }

    /**
     * The selectors of {@code rules/hiding-classes.txt}, the screen-reader-only ones ({@link #SCREEN_READER_MARK})
     * among them.
     */
    static List<String> hidingSelectors(List<String> entries) {
        return Stream.concat(RuleList.unmarked(entries, SCREEN_READER_MARK).stream(),
                RuleList.marked(entries, SCREEN_READER_MARK).stream()).toList();
    }

    /**
     * Whether screen-reader-only {@code text} carries what the page shows no words for: a table or a list (a chart's
     * figures), numbers its box does not show (a chart's data written out), or the words of a box whose visible rest
     * is icons or symbols ("Rated 4 out of 5" beside five stars, "Included" in a cell of check marks), but not of a
     * link around a picture (a gallery's "View full size"), nor of a box that tells a script's status ("Loading…"
     * in a spinner).
     */
    private static boolean saysWhatNothingVisibleSays(Element text) {
        if (Find.first(text, TABLE_OR_LIST) != null) { // the element itself, or one inside it
            return true;
        }
        Element box = text.parent();
        if (box == null || !text.hasText() || box.nameIs("a") && Find.first(box, Css.PICTURES) != null
                || box.is(STATUS_BOXES)) {
            return false; // a picture's link says what it opens ("View full size"), the picture what it shows
        }
        String said = text.text();
        String visible = box.text().replace(said, "");
        Matcher number = NUMBER.matcher(said);
        while (number.find()) {
            if (!visible.contains(number.group())) {
                return true;
            }
        }
        return !WORD_CHARACTER.matcher(visible).find();
    }

    /**
     * Removes chrome below {@code root} in place. With {@code useClassWords} false only structural selectors and
     * labels apply: the pipeline's fallback when class words took too much.
     */
    public void removeFrom(Element root, boolean useClassWords) {
        RemovalGuard guard = new RemovalGuard(root);
        removeAll(selectors.select(root).stream()
                .filter(e -> !isQuiz(e) && !embeddedMedia.isPlayer(e)
                        && !(Disclosures.isOpened(e) && hidingClasses.matches(e))
                        && !(screenReaderOnly.matches(e) && saysWhatNothingVisibleSays(e))).toList(), guard);
        removeAll(Find.all(root, PAGE_HEADS_AND_FEET).stream()
                .filter(e -> e.closest(STORY_BOXES) == null)
                .filter(e -> Find.first(e, ARTICLES) == null)
                .toList(), guard);
        removeAll(Asides.besideTheText(root, nagPhrases, citingLinks, this::holdsChromeLabel), guard);
        removeAll(ratingTallies.below(root), guard);
        removeAll(MailingFooters.in(root), guard);
        removeAll(ContentsLists.in(root), guard);
        if (useClassWords) {
            for (Element element : chromeByClassWords(root)) {
                if (element.parent() != null && (guard.mayRemove(element)
                        || isThreadBesideTheStory(element, root) && !guard.holdsDeclared(element))) {
                    element.remove();
                }
            }
        }
        labelledBlocks.removeFrom(root, guard);
    }

    /**
     * The elements below {@code root} that their class words name chrome, in document order. A box that a word of
     * place alone names ({@link ChromeWords.Reading#CHROME_BESIDE_TEXT}: "sidebar") stays when it is set in the running
     * text ({@link Asides#isSetInRunningText}) and holds no chrome label ("Advertisement"), and so do the parts inside
     * it that such a word names ("sidebar__title"): the story's own box, title and all. What a {@code <pre>} or
     * {@code <code>} holds is not read, since a syntax highlighter's classes name the code's tokens ("token
     * comment"); the {@code <pre>} or {@code <code>} itself is (a share box's {@code share-embed-code}). Each element
     * is read once.
     */
    private List<Element> chromeByClassWords(Element root) {
        List<Element> chrome = new ArrayList<>();
        Set<Element> storyBoxes = Collections.newSetFromMap(new IdentityHashMap<>()); // and all that is inside them
        Set<Element> code = Collections.newSetFromMap(new IdentityHashMap<>()); // and all that is inside it
        Asides.ParentTexts parentTexts = new Asides.ParentTexts();
        Map<Element, ChromeWords.Reading> readings = new IdentityHashMap<>(); // the elements a chrome word names
        Map<Element, Integer> chromeProse = new IdentityHashMap<>(); // what those read as CHROME show of prose
        List<Element> all = Find.all(root);
        for (Element element : all) {
            // the article's notes that a footnote script hid are often hidden by their class ("footnote-print-only")
            ChromeWords.Reading reading = Disclosures.isOpened(element) && NoteLists.isNoteBox(element)
                    ? ChromeWords.Reading.NONE : classWords.read(element);
            if (reading != ChromeWords.Reading.NONE) {
                readings.put(element, reading);
            }
            if (reading == ChromeWords.Reading.CHROME) {
                chromeProse.put(element, proseShown(element));
            }
        }
        FrameworkNames framework = new FrameworkNames(root, all, chromeProse, classWords);
        for (int at = 0; at < all.size(); at++) {
            Element element = all.get(at);
            if (element.parent() != null && code.contains(element.parent())) {
                code.add(element); // a highlighter's classes name the code's tokens: "token comment", "hljs-meta"
                continue;
            }
            if (element.nameIs("pre") || element.nameIs("code")) {
                code.add(element); // read itself: "<pre class=share-embed-code>" is a share box's
            }
            boolean inStoryBox = element.parent() != null && storyBoxes.contains(element.parent());
            ChromeWords.Reading reading = readings.getOrDefault(element, ChromeWords.Reading.NONE);
            if (reading == ChromeWords.Reading.CHROME_BESIDE_TEXT && !inStoryBox
                    && Asides.isSetInRunningText(element, parentTexts, nagPhrases) && !holdsChromeLabel(element)) {
                inStoryBox = true;
            }
            if (inStoryBox) {
                storyBoxes.add(element);
            }
            boolean isChrome = switch (reading) {
                case CHROME_AROUND_PROSE -> true;
                case CHROME -> chromeProse.get(element) < PROSE_PARAGRAPHS_TO_KEEP && !holdsEmbeddedQuote(element)
                        && !holdsDataTable(element) && !framework.namesProse(element)
                        && !framework.sparesModule(at, element, classWords);
                case CHROME_BESIDE_TEXT -> !inStoryBox && !holdsProse(element) && !holdsEmbeddedQuote(element)
                        && !holdsDataTable(element);
                case NONE -> false;
            };
            if (isChrome) {
                chrome.add(element);
            }
        }
        return chrome;
    }

    /**
     * Whether {@code element} is a comment thread by its names ({@link ChromeWords.Reading#CHROME_AROUND_PROSE}) after
     * the story: an {@code <h1>} and then a paragraph with text stand before it. A short story under a long thread of
     * comments is not the thread, though the thread holds most of the page's words, which the {@link RemovalGuard}
     * keeps otherwise. A story's own box whose classes name comments ({@code story has-comments}, an opinion
     * section's {@code tone-comment}) is reached before any paragraph, however its headline stands above it.
     */
    private boolean isThreadBesideTheStory(Element element, Element root) {
        return classWords.read(element) == ChromeWords.Reading.CHROME_AROUND_PROSE && storyComesFirst(element, root);
    }

    private static boolean storyComesFirst(Element box, Element root) {
        boolean headline = false;
        for (Element at : Find.all(root)) {
            if (at == box) {
                return false;
            }
            if (at.nameIs("h1")) {
                headline = true;
            } else if (headline && at.nameIs("p") && !at.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code box} or a short line of it, a child or a grandchild, is a chrome label ("Advertisement",
     * "<p><span>Sponsored</span></p>"): an ad's copy, not a story's box. Two levels down at most, so a box costs a
     * few elements, however deep.
     */
    private boolean holdsChromeLabel(Element box) {
        if (isChromeLabel(box)) {
            return true; // "<h4>Advertentie</h4>" is one
        }
        for (Element child : box.children()) {
            if (isChromeLabel(child) || child.children().stream().anyMatch(this::isChromeLabel)) {
                return true;
            }
        }
        return false;
    }

    private boolean isChromeLabel(Element line) {
        if (line.childrenSize() > 1) {
            return false; // a label is one run of text, with one styling element at most
        }
        String text = line.text();
        return !text.isBlank() && text.length() <= MAX_LABEL_CHARS
                && chromeLabels.isLabel(ChromeLabels.lowered(text.strip()));
    }

    public boolean hasChromeWord(Element element) {
        return classWords.read(element) != ChromeWords.Reading.NONE;
    }

    /**
     * Whether a chrome word names {@code element} besides {@code sharedWords} (lower case), the class words a page
     * builder gives all its modules alike ({@code elementor-widget} is read for its own part: {@code -image}).
     */
    public boolean hasChromeWordBeyond(Element element, Set<String> sharedWords) {
        return hasChromeWord(element) && classWords.readBeyond(element, sharedWords) != ChromeWords.Reading.NONE;
    }

    /**
     * A table of data that says most of a box a chrome word names: a share price's closing prices, a city's housing
     * figures. A share bar, a menu or a list of related stories holds links, and a row of cells lays out an ad or a
     * row of share buttons: data has {@link #MIN_DATA_ROWS} rows of two cells or more.
     */
    private static boolean holdsDataTable(Element element) {
        int words = TextStats.words(element);
        return Find.all(element, Css.TABLES).stream().anyMatch(table -> Find.all(table, Css.ROWS).stream()
                .filter(row -> Find.all(row, Css.OWN_CELLS).size() >= 2).count() >= MIN_DATA_ROWS
                && TextStats.words(table) * 2 >= words);
    }

    /**
     * Prose the reader sees in the box, not what a click opens in one panel inside it ({@link Disclosures#isOpened}: a
     * donation card's "Read the letter"); an accordion's or a tab set's panels, two or more, are the box's text.
     */
    private static boolean holdsProse(Element element) {
        return proseShown(element) >= PROSE_PARAGRAPHS_TO_KEEP;
    }

    /** The prose paragraphs {@code element} shows, not those behind the click that opens its one panel. */
    private static int proseShown(Element element) {
        boolean onePanel = Find.all(element, OPENED_PANELS).size() == 1;
        return TextStats.proseParagraphs(element, p -> !onePanel || !behindAClick(p, element));
    }

    private static boolean behindAClick(Element paragraph, Element box) {
        for (Element e = paragraph; e != null && e != box; e = e.parent()) {
            if (Disclosures.isOpened(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A form among the article's paragraphs that asks a question beside choices to tick: the story's quiz, which a
     * reader keeps, where other forms (a search box, a comment form, a sign-in, a sidebar's poll) are the page's.
     */
    private static boolean isQuiz(Element element) {
        return element.nameIs("form") && element.select("input[type=radio]").size() >= MIN_QUIZ_CHOICES
                && Questions.asks(element.text()) && Boxes.inRunningText(element);
    }

    /** Embedded posts (a tweet, a quoted post) sit in wrappers named "social" or "widget", and are content. */
    private static boolean holdsEmbeddedQuote(Element element) {
        return Find.first(element, EMBEDDED_QUOTE) != null;
    }

    private static void removeAll(List<Element> elements, RemovalGuard guard) {
        for (Element element : elements) {
            if (element.parent() != null && guard.mayRemove(element)) {
                element.remove();
            }
        }
    }
}
