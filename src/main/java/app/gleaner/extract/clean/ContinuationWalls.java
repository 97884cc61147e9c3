package app.gleaner.extract.clean;

import app.gleaner.extract.page.BrowserHints;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.StyleRules;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.PhraseTrie;
import app.gleaner.extract.rules.RuleList;
import app.gleaner.extract.rules.SelectorGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the walls a page showed in place of the rest of its article: a short visible call (a link or button that
 * names a nag phrase, a form field, or nag phrases throughout) that says the reading goes on behind it ("Register for
 * free to continue reading", "La suite de cet article est réservée aux abonnés"), in the words of
 * {@code rules/continuation-phrases.txt}. Read from what the overlay stage removes, while it still stands in its
 * page ({@link Watch}), since the stage removes the wall itself: with its nag rules, and before them with
 * {@link InlineWalls}, which takes a wall in the page's flow whole where those rules, reading smaller boxes, would
 * leave its line or its plans.
 *
 * <p>A wall hidden from sight is what a subscriber's full copy still carries, one the reader may close (a button that
 * says nothing, an "×") lets the reading go on, one quoted is a story's, and a meter's ("2 free articles left", in a
 * box named so: {@code <paywall-meter>}, {@code tp-meter}) says this article is open to the reader: none counts. A wall
 * laid over the page (fixed, a dialog, a modal) may cover a whole text or its start only. A wall in the page's flow cut
 * the article only where the article's text stops right before it: {@link Seen} keeps the end of the prose each such
 * wall followed, and the found article is measured against it, so a teaser's "Continue reading this story" link, a
 * prompt under the comments or a wall quoted in the text cuts nothing. At most {@link #MAX_CANDIDATES} visible blocks
 * that name a wall's words are judged, each in boxes of at most {@link #MAX_WALL_NODES} nodes. Immutable and
 * thread-safe.
 */
public final class ContinuationWalls {

    /** Visible text nodes naming a wall's words that are judged on one page; a page of such lines costs no more. */
    static final int MAX_CANDIDATES = 16;
    /** A text node this long is prose a wall may have cut. */
    static final int MIN_LEAD_CHARS = 40;
    /** Characters of the prose before an inline wall looked for at the end of the found article. */
    static final int LEAD_CHARS = 60;
    /** Text the found article may hold after the prose a wall followed: a tag line, a credit the cut left. */
    public static final int MAX_TEXT_AFTER_CUT = 200;
    /**
     * The most words of a wall around a heading or a line that is no call itself ("Esta noticia es exclusiva para
     * suscriptores"), a character of a script without spaces counting half: its pitch, what a subscription brings, its
     * plans and the line for subscribers, as {@link NagPhrases#MAX_PITCH_WORDS} allows. The wall's place is still read
     * from the line's own box of {@link NagPhrases#MAX_NAG_WORDS}, so a short teaser in the same wrapper stays its text.
     */
    static final int MAX_WALL_WORDS = NagPhrases.MAX_PITCH_WORDS;
    /**
     * A text node longer than this cannot stand in a box of {@link #MAX_WALL_WORDS} words, whatever its
     * language, so a story's paragraphs, most of a page's text, are not read for a wall's words.
     */
    static final int MAX_WALL_TEXT_CHARS = 2_000;
    /** Nodes a wall holds at most, as a nag box's elements are bounded: a box of more is not read to its end. */
    static final int MAX_WALL_NODES = 1_000;
    /** Nodes read back from a wall for the prose before it: past a fade, an ad slot, a few empty wrappers. */
    static final int MAX_LEAD_STEPS = 200;

    /**
     * What lies over the page rather than in its flow, besides what is fixed: a dialog, or a box its class or id
     * calls a modal, a pop-up or a lightbox, as consent and paywall vendors name theirs.
     */
    private static final Evaluator DIALOGS = Selector.evaluatorOf("dialog, [role=dialog], [role=alertdialog], "
            + "[aria-modal=true], [class*=modal], [id*=modal], [class*=popup], [id*=popup], [class*=lightbox]");
    /**
     * "meter" as a word of an element's names ({@code tp-meter}, {@code meter__btn}, {@code PaywallMeter_bar}), not
     * within one ("parameter", "metered").
     */
    private static final Pattern METER = Pattern.compile("(?:(?<![A-Za-z])[Mm]|(?<=[a-z])M)eter(?![a-z])");
    private static final Evaluator FIELDS = Selector.evaluatorOf("input:not([type=hidden]), select");
    private static final Evaluator CALLS = new CombiningEvaluator.Or(List.of(Controls.BUTTONS, FIELDS,
            Selector.evaluatorOf("a[href]")));

    /**
     * The walls a page showed.
     *
     * @param laidOver    a wall lay over the page
     * @param inlineLeads for each wall in the page's flow, the last {@link #LEAD_CHARS} characters of the prose
     *                    before it, spaces collapsed
     */
    public record Seen(boolean laidOver, List<String> inlineLeads) {
        /** A page that showed no wall. */
        public static final Seen NONE = new Seen(false, List.of());

        public Seen {
            inlineLeads = List.copyOf(inlineLeads);
        }

        /**
         * Whether a wall in the page's flow stood where {@code articleText} stops: the prose it followed ends the
         * text, or all but {@link #MAX_TEXT_AFTER_CUT} characters of it.
         */
        public boolean cuts(String articleText) {
            if (inlineLeads.isEmpty() || articleText == null) {
                return false;
            }
            String text = StringUtil.normaliseWhitespace(articleText).strip();
            for (String lead : inlineLeads) {
                int at = text.lastIndexOf(lead);
                if (at >= 0 && text.length() - at - lead.length() <= MAX_TEXT_AFTER_CUT) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Marks a longer phrase that makes a wall's words no wall's: "to keep reading our best stories" is a newsletter's
     * promise of more reading, not a wall before the rest of this one.
     */
    static final String EXCEPTION_MARK = "-";

    private final PhraseTrie phrases;
    private final Set<String> exceptions;
    private final int shortestPhrase;
    private final NagPhrases nagPhrases;

    /** Phrases from the bundled rule file; a wall's calls are told by {@code nagPhrases}. */
    public ContinuationWalls(NagPhrases nagPhrases) {
        this(RuleList.load("continuation-phrases.txt"), nagPhrases);
    }

    ContinuationWalls(List<String> phrases, NagPhrases nagPhrases) {
        List<String> normalized = RuleList.unmarked(phrases, EXCEPTION_MARK).stream().map(NagPhrases::normalize)
                .toList();
        this.exceptions = RuleList.marked(phrases, EXCEPTION_MARK).stream().map(NagPhrases::normalize)
                .collect(Collectors.toUnmodifiableSet());
        this.phrases = new PhraseTrie(Stream.concat(normalized.stream(), exceptions.stream()).toList());
        this.shortestPhrase = normalized.stream()
                .mapToInt(phrase -> phrase.replace("*", "").length()).min().orElse(1);
        this.nagPhrases = nagPhrases;
    }

    /**
     * A watch on what the overlay stage removes from one page, with the page's style sheet's rules {@code styles}: give
     * it to the stage's {@link RemovalLog}, then ask it what it {@link Watch#seen saw}.
     */
    public Watch watch(StyleRules styles) {
        return new Watch(styles);
    }

    /**
     * Reads each element the overlay stage removes, while it still stands in its page, for a wall: a wall is a nag,
     * so the stage removes every wall a reader saw, and reading only what it removes leaves a story's own text alone.
     * One per page; not thread-safe.
     */
    public final class Watch implements Consumer<Element> {
        private final StyleRules styles;
        private SelectorGroup hidden; // read from the style sheet only for a page that has a wall's words
        private SelectorGroup fixed;
        private boolean laidOver;
        private final List<String> leads = new ArrayList<>();
        private int candidates;

        private Watch(StyleRules styles) {
            this.styles = styles;
        }

        /** Reads {@code removed}, about to leave its page. */
        @Override
        public void accept(Element removed) {
            for (TextNode text : (Iterable<TextNode>) removed.nodeStream(TextNode.class)::iterator) {
                if (candidates >= MAX_CANDIDATES) {
                    return;
                }
                if (namesAWall(text)) {
                    judge(text.parent());
                }
            }
        }

        private void judge(Element parent) {
            if (hidden == null) {
                hidden = SelectorGroup.of(styles.hiddenSelectors());
                fixed = SelectorGroup.of(styles.fixedSelectors());
            }
            if (isHiddenOrQuoted(parent, hidden)) {
                return; // a subscriber's copy may hide many walls' words; they cost no candidate
            }
            candidates++;
            Element box = box(parent, NagPhrases.MAX_NAG_WORDS);
            if (box == null || isMeter(parent, box) || !asksToAct(box) || isDismissible(box)) {
                return;
            }
            if (isLaidOver(parent, fixed)) {
                laidOver = true;
                return;
            }
            String lead = leadBefore(box);
            if (lead != null && !leads.contains(lead)) {
                leads.add(lead);
            }
        }

        /** The walls seen so far. */
        public Seen seen() {
            return laidOver || !leads.isEmpty() ? new Seen(laidOver, leads) : Seen.NONE;
        }
    }

    /**
     * Whether {@code text}, a text node in an element, names a wall's words: no longer than
     * {@link #MAX_WALL_TEXT_CHARS}, so a story's paragraphs are not read.
     */
    boolean namesAWall(TextNode text) {
        String whole = text.getWholeText();
        return text.parent() != null && whole.length() >= shortestPhrase && whole.length() <= MAX_WALL_TEXT_CHARS
                && !whole.isBlank() && holdsPhrase(whole);
    }

    private boolean holdsPhrase(String text) {
        return phraseAt(NagPhrases.normalize(text)) >= 0;
    }

    /** Where the first wall's phrase of {@code normalized} text starts, one a longer exception holds not; -1 if none. */
    int phraseAt(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            PhraseTrie.Match match = PhraseTrie.wordStartsAt(normalized, i)
                    ? phrases.longestMatchAt(normalized, i, false) : null;
            if (match != null && !exceptions.contains(match.key())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The end of the prose that comes before {@code box} in the page, read back over at most {@link #MAX_LEAD_STEPS}
     * nodes (a neighbour removed before it is gone already); null when none does.
     */
    private static String leadBefore(Element box) {
        Node node = box;
        for (int steps = 0; node != null && steps < MAX_LEAD_STEPS; steps++) {
            Node previous = node.previousSibling();
            if (previous == null) {
                node = node.parentNode(); // the parent comes before its children, and holds no text of its own
                continue;
            }
            node = previous;
            while (node.childNodeSize() > 0) {
                node = node.childNode(node.childNodeSize() - 1);
            }
            if (node instanceof TextNode text && text.getWholeText().length() >= MIN_LEAD_CHARS) {
                String collapsed = StringUtil.normaliseWhitespace(text.getWholeText()).strip();
                if (collapsed.length() >= MIN_LEAD_CHARS) { // a word indented by thirty spaces is no prose
                    return collapsed.substring(Math.max(0, collapsed.length() - LEAD_CHARS));
                }
            }
        }
        return null;
    }

    /**
     * The largest block around {@code element}, itself included, of at most {@code maxWords} words; null when
     * {@code element} itself is longer, a paragraph of a story that tells of a wall.
     */
    static Element box(Element element, int maxWords) {
        if (TextStats.wordsCjkHalvedExceed(element, maxWords, MAX_WALL_NODES)) {
            return null;
        }
        Element box = element;
        for (Element parent = box.parent(); parent != null && !"body".equals(parent.normalName())
                && !TextStats.wordsCjkHalvedExceed(parent, maxWords, MAX_WALL_NODES); parent = parent.parent()) {
            box = parent;
        }
        return box;
    }

    /**
     * A box that asks the reader to act ({@link #isCall}), or a heading or line that is no paragraph, set in a wall of
     * up to {@link #MAX_WALL_WORDS} that does: "Esta noticia es exclusiva para suscriptores" above its plans.
     */
    private boolean asksToAct(Element box) {
        if (isCall(box)) {
            return true;
        }
        Element wall = box.nameIs("p") ? null : box(box, MAX_WALL_WORDS);
        return wall != null && wall != box && isCall(wall);
    }

    /**
     * A box that asks the reader to act: a link or a button in it names a nag phrase ("Register now", "Je m'abonne"),
     * it has a form field, or nag phrases make it up. A story's sentence that tells of a wall links to its source, and
     * a teaser's "Continue reading this story" leads to the story: a link that says only that the reading goes on is
     * no call by itself.
     */
    boolean isCall(Element box) {
        return Find.all(box, CALLS).stream().anyMatch(call -> call.is(FIELDS)
                        || nagPhrases.names(call.text()) && !holdsPhrase(call.text()))
                || nagPhrases.isNag(box.text());
    }

    /** A button in the box that says nothing, an "×" or an icon, with which the reader closes it. */
    private static boolean isDismissible(Element box) {
        return Find.all(box, Controls.BUTTONS).stream()
                .anyMatch(button -> button.text().codePoints().noneMatch(Character::isLetterOrDigit));
    }

    /** Whether the wall's text, in {@code element}, is hidden or quoted by it or by any element around it. */
    static boolean isHiddenOrQuoted(Element element, SelectorGroup hiddenByStyleSheet) {
        for (Element e = element; e != null; e = e.parent()) {
            if (StyleRules.hidesItself(e) || hiddenByStyleSheet.matches(e) || e.nameIs("template")
                    || e.nameIs("noscript") || e.nameIs("blockquote") || e.nameIs("q")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element from {@code element} up to {@code box} is named a meter, by its tag, class or id. */
    private static boolean isMeter(Element element, Element box) {
        for (Element e = element; e != null; e = e == box ? null : e.parent()) {
            if (METER.matcher(e.normalName()).find() || METER.matcher(e.className()).find()
                    || METER.matcher(e.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the wall's text, in {@code element}, is laid over the page by it or by any element around it. */
    private static boolean isLaidOver(Element element, SelectorGroup fixedByStyleSheet) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr(BrowserHints.OVERLAY) || StyleRules.FIXED.matcher(e.attr("style")).find()
                    || fixedByStyleSheet.matches(e) || e.is(DIALOGS)) {
                return true;
            }
        }
        return false;
    }
}
