package app.gleaner.extract.clean;

import app.gleaner.extract.page.BrowserHints;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.StyleRules;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import app.gleaner.extract.rules.SelectorGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The overlay stage: takes out what covers or hides the article — modals, consent banners, paywall and registration
 * walls, newsletter boxes, push prompts — and remembers their text in a {@link RemovalLog}.
 *
 * <p>Signals, strongest first: the clipper's {@link BrowserHints} (computed by the browser); structure
 * ({@code role=dialog}, {@code aria-modal}, {@code <dialog>}, inline or style-sheet {@code position:fixed}, or
 * {@code sticky} or an inline absolute layer a thousand deep ({@link StyleRules#isLayered}) for what holds less than
 * {@link #IN_FLOW_PROSE_PARAGRAPHS} prose paragraphs or is dismissed by a wordless button, hidden elements, small
 * decoys both {@code inert} and {@code aria-hidden}); vendor selectors from {@code rules/overlay-selectors.txt}; and
 * text and shape, via {@link NagBoxes}, for small boxes whose words are mostly calls to action or that ask to act on
 * one, and {@link CallCards}, for a short pitch to the reader set in the text above a button of its own words.
 * {@code aria-hidden} alone is deliberately not a signal: dialogs set it on the article behind them. A panel that
 * {@link Disclosures} opened is no hidden element. Every removal passes the {@link RemovalGuard}, so no rule can take
 * most of the page. Immutable and thread-safe once built.
 */
public final class OverlayRemover {

    /** Elements hidden for good, not until the browser's search finds them. */
    private static final Evaluator HIDDEN = Selector.evaluatorOf("[hidden]:not([hidden=until-found])");

    /** Elements with an inline style. */
    private static final Evaluator STYLED = Selector.evaluatorOf("[style]");

    /** A gate match ({@link #GATE_MARK}) holding this many prose paragraphs is the gated article itself. */
    public static final int GATED_PROSE_PARAGRAPHS = 1;
    /** A gate with one prose paragraph and a call is an offer card up to this many words. */
    public static final int MAX_OFFER_CARD_WORDS = 150;
    /**
     * A class that says the text is not behind the wall: "non-paywall", "paywall-free", "paywall-opened"; not an
     * offer's own class ("Paywall_offer__8dKsa").
     */
    private static final Pattern OPEN_GATE = Pattern.compile(
            "(?i)(?:non|no|without)[-_]?paywall|paywall[-_]?(?:free|none|off(?!er)|open)");
    /** What an offer card never is nor holds: the article, its header or headline. */
    private static final Evaluator ARTICLE_PARTS = Selector.evaluatorOf("article, main, header, h1");

    /**
     * Marks a selector in the rule file whose matches may wrap the article text behind a paywall rather than cover
     * it ({@code <div class="paywall">} around the last paragraphs): such a match that holds prose is kept.
     */
    static final String GATE_MARK = "~";

    /**
     * A sticky element holding this many prose paragraphs is a column of the page that stays in view as it scrolls
     * (the text beside its sticky heading, a side text), not a bar laid over it.
     */
    public static final int IN_FLOW_PROSE_PARAGRAPHS = 2;
    /**
     * Blocks holding prose that one style rule makes sticky, at least, for the rule to lay out the text itself, and
     * the share of the page's prose they hold: a rail of teaser cards beside each section holds a sentence each.
     */
    public static final int MIN_STICKY_COLUMNS = 2;
    public static final double MIN_LAYOUT_SHARE = 0.5;

    /**
     * A block both {@code inert} and {@code aria-hidden} with up to this many words is a decoy: text set behind a wall,
     * blurred and out of reach of the reader and of assistive technology ("Lorem ipsum…" fading under "Sign up to read
     * on"). A dialog that makes the page behind it inert makes more of it so, or, on a short page, most of it.
     */
    public static final int MAX_DECOY_WORDS = RemovalGuard.ALWAYS_REMOVABLE_WORDS;
    private static final Evaluator DECOY_SELECTOR = Selector.evaluatorOf("[inert][aria-hidden=true]");

    private static final Evaluator HINT_SELECTOR =
            Selector.evaluatorOf("[" + BrowserHints.HIDDEN + "], [" + BrowserHints.OVERLAY + "]");

    private final SelectorGroup vendorSelectors;
    private final SelectorGroup gateSelectors;
    private final NagBoxes nagBoxes;
    private final PitchLeadIns pitchLeadIns;
    private final NagPhrases nagPhrases;
    private final InlineWalls inlineWalls;

    /** Rules from the bundled data files. */
    public OverlayRemover() {
        this(new NagPhrases(), new LabelLines());
    }

    /** Rules from the bundled data files, with nag phrases and label lines shared with other stages. */
    public OverlayRemover(NagPhrases nagPhrases, LabelLines labelLines) {
        this(nagPhrases, labelLines, new ContinuationWalls(nagPhrases));
    }

    /** {@link #OverlayRemover(NagPhrases, LabelLines)} with the walls' phrases shared with the extraction signal. */
    public OverlayRemover(NagPhrases nagPhrases, LabelLines labelLines, ContinuationWalls walls) {
        this(RuleList.load("overlay-selectors.txt"), nagPhrases, labelLines, walls);
    }

    OverlayRemover(List<String> vendorSelectors, NagPhrases nagPhrases, LabelLines labelLines,
            ContinuationWalls walls) {
        this.vendorSelectors = SelectorGroup.of(RuleList.unmarked(vendorSelectors, GATE_MARK));
        this.gateSelectors = SelectorGroup.of(RuleList.marked(vendorSelectors, GATE_MARK));
        this.nagBoxes = new NagBoxes(nagPhrases, labelLines);
        this.pitchLeadIns = new PitchLeadIns(nagPhrases);
        this.nagPhrases = nagPhrases;
        this.inlineWalls = new InlineWalls(walls, nagPhrases);
    }

    /** Removes overlays and nags from {@code document} in place, recording their text in {@code log}. */
    public void removeFrom(Document document, RemovalLog log) {
        removeFrom(document, new StyleRules(document), log);
    }

    /** {@link #removeFrom(Document, RemovalLog)} with the page's style sheet's rules, read once by the caller. */
    public void removeFrom(Document document, StyleRules styles, RemovalLog log) {
        removeHinted(document, log);
        List<Element> gates = gateSelectors.select(document.body()); // judged now, and again after the text rules
        removeStructural(document, styles, gates, log);
        // a wall in the page's flow goes whole, before the nag rules take its call and leave its pitch
        inlineWalls.removeFrom(document.body(), styles, log);
        pitchLeadIns.removeFrom(document.body(), log);
        CallCards.removeFrom(document.body(), log);
        nagBoxes.removeFrom(document.body(), log);
        removeGateRemains(document, gates, log);
    }

    /**
     * A gate judged again on what the rules left of it. A paywall card whose heading, plans and login line went one by
     * one leaves its pitch behind ("Subscribe now and read every article without limits."), when another nag set inside
     * it had made it look like the gated article: more prose than a card holds. A gate that now holds no prose
     * paragraph goes, as one that held none goes at the start ({@link #gatesToRemove}); the article's visible start or
     * last paragraphs in a gate stay, whatever went from among them.
     */
    private static void removeGateRemains(Document document, List<Element> gates, RemovalLog log) {
        removeAll(document, gates.stream().filter(gate -> isAttached(gate, document)
                && TextStats.proseParagraphs(gate) < GATED_PROSE_PARAGRAPHS).toList(),
                new RemovalGuard(document.body()), log);
    }

    /** Removes only what the browser marked; used for the reader's own selection, which is trusted otherwise. */
    public void removeHinted(Document document, RemovalLog log) {
        List<Element> hinted = Find.all(document, HINT_SELECTOR);
        if (!hinted.isEmpty()) {
            removeAll(document, hinted, new RemovalGuard(document.body()), log);
        }
    }

    /**
     * The gates (a "paywall" box, which sites also put around the article's last paragraphs) to remove: those that
     * hold no prose paragraph, and offer cards. A gate with exactly one prose paragraph is an offer card when it is
     * short and holds a call to act on it alone in its line (a button, "1 € le premier mois"): the card goes whole,
     * its pitch with it. One without such a call may be the visible start of the article; it stays, and so do the
     * gates inside it, whose parts the text rules judge together (taken one by one, the card would leave its pitch
     * behind). A gate around the article text, or a class on the body, holds more and shields nothing.
     */
    private List<Element> gatesToRemove(List<Element> gates) {
        Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> toRemove = new ArrayList<>();
        for (Element gate : gates) {
            int prose = TextStats.proseParagraphs(gate);
            if (prose < GATED_PROSE_PARAGRAPHS) {
                toRemove.add(gate);
            } else if (prose == GATED_PROSE_PARAGRAPHS && !gate.nameIs("body") && !gate.nameIs("html")) {
                cards.add(gate);
                if (isOfferCard(gate)) {
                    toRemove.add(gate);
                }
            }
        }
        return toRemove.stream().filter(e -> !insideAny(e, cards)).toList();
    }

    /**
     * A short gate that names a nag phrase (its pitch) and holds a call alone in its line: a button, or a short link
     * (not to a document) that is all its block says. Not a paragraph (some sites mark every paragraph of the text
     * "paywall"), not a block whose class says it is open ("non-paywall"), nor the article's start with the offer
     * below it: a gate that holds the headline or the article's header is the article, cut short. A one-paragraph
     * brief with its Share button names no nag phrase.
     */
    private boolean isOfferCard(Element gate) {
        if (gate.nameIs("p") || OPEN_GATE.matcher(gate.className()).find()
                || TextStats.words(gate) > MAX_OFFER_CARD_WORDS || gate.is(ARTICLE_PARTS)
                || Find.first(gate, ARTICLE_PARTS) != null || !nagPhrases.names(gate.text())) {
            return false;
        }
        if (gate.selectFirst("button, input[type=submit], [role=button]") != null) {
            return true;
        }
        for (Element link : Find.all(gate, Css.LINKS)) {
            String text = link.text();
            int words = TextStats.words(text);
            if (words > 0 && words <= PromoBoxes.MAX_CALL_WORDS && link.parent() != null
                    && (link.parent() == gate ? blankAround(link) : TextStats.words(link.parent()) == words)
                    && !SiteLinks.leadsToDocument(link)) {
                return true;
            }
        }
        return false;
    }

    /** No words beside {@code link} in its parent: it stands on a line of its own. */
    private static boolean blankAround(Element link) {
        return !(link.previousSibling() instanceof TextNode before && !before.isBlank())
                && !(link.nextSibling() instanceof TextNode after && !after.isBlank());
    }

    private static boolean insideAny(Element element, Set<Element> boxes) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (boxes.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    private void removeStructural(Document document, StyleRules styles, List<Element> gates, RemovalLog log) {
        RemovalGuard guard = new RemovalGuard(document.body());
        removeAll(document, vendorSelectors.select(document.body()), guard, log);
        removeAll(document, gatesToRemove(gates.stream().filter(gate -> isAttached(gate, document)).toList()), guard,
                log);
        removeAll(document, SelectorGroup.of(styles.fixedSelectors()).select(document.body()), guard, log);
        removeAll(document, stickyBars(document.body(), styles.stickySelectors()), guard, log);
        removeAll(document, SelectorGroup.of(styles.hiddenSelectors()).select(document.body()).stream()
                .filter(e -> !Disclosures.isOpened(e)).toList(), guard, log);
        List<Element> styled = Find.all(document.body(), STYLED).stream().filter(e -> {
            String style = e.attr("style");
            return StyleRules.FIXED.matcher(style).find()
                    || (StyleRules.STICKY.matcher(style).find() || StyleRules.isLayered(style)) && laidOver(e)
                    || StyleRules.HIDDEN.matcher(style).find();
        }).toList();
        removeAll(document, styled, guard, log);
        // "until-found" hides a collapsed section the reader can open (and find-in-page does): the text's own
        removeAll(document, Find.all(document.body(), HIDDEN), guard, log);
        removeAll(document, Find.all(document.body(), DECOY_SELECTOR).stream()
                .filter(e -> TextStats.wordsCjkHalved(e) <= MAX_DECOY_WORDS && guard.mayRemovePart(e)).toList(),
                guard, log);
    }

    /**
     * What the style sheet makes sticky and is laid over the page ({@link #laidOver}). A rule that makes
     * {@link #MIN_STICKY_COLUMNS} blocks of prose sticky or more, holding {@link #MIN_LAYOUT_SHARE} of the page's prose,
     * sets the text's own layout (each section's text and heading stay in view beside its pictures as they scroll
     * by): a bar over the page is one box, not a series of the story's paragraphs, so of such a rule's blocks only
     * those a wordless button dismisses go. The page is walked once for all the rules ({@link SelectorGroup}); which
     * rule matched a block is asked of the blocks found, and only where two of them hold prose. In page order.
     */
    private static List<Element> stickyBars(Element body, List<String> selectors) {
        List<Element> sticky = SelectorGroup.of(selectors).select(body);
        if (!areColumns(sticky)) {
            return sticky.stream().filter(OverlayRemover::laidOver).toList(); // no rule can lay out the text
        }
        int pageProse = proseChars(body);
        Set<Element> bars = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String selector : selectors) {
            Evaluator rule;
            try {
                rule = QueryParser.parse(selector.strip());
            } catch (Selector.SelectorParseException | IllegalArgumentException unparsable) {
                continue; // as SelectorGroup leaves it out
            }
            List<Element> matched = sticky.stream().filter(e -> e.is(rule)).toList();
            boolean layout = areColumns(matched)
                    && matched.stream().mapToInt(OverlayRemover::proseChars).sum() >= pageProse * MIN_LAYOUT_SHARE;
            for (Element element : matched) {
                if (layout ? isDismissable(element) : laidOver(element)) {
                    bars.add(element);
                }
            }
        }
        return sticky.stream().filter(bars::contains).toList();
    }

    /** Whether {@link #MIN_STICKY_COLUMNS} of {@code blocks} or more hold prose. */
    private static boolean areColumns(List<Element> blocks) {
        return blocks.stream().filter(e -> TextStats.proseParagraphs(e) > 0).limit(MIN_STICKY_COLUMNS).count()
                >= MIN_STICKY_COLUMNS;
    }

    /** Characters in the prose paragraphs ({@link TextStats#proseParagraphs}) below {@code element}. */
    private static int proseChars(Element element) {
        int chars = 0;
        for (Element p : Find.all(element, Css.PARAGRAPHS)) {
            if (TextStats.proseParagraphs(p) > 0) {
                chars += p.text().length();
            }
        }
        return chars;
    }

    /**
     * A sticky element that is a bar or a box over the page, not a column of its text: it holds fewer than
     * {@link #IN_FLOW_PROSE_PARAGRAPHS} prose paragraphs, or a button that says nothing (an "×" or an icon) with which
     * the reader dismisses it. A column of the page's text is not dismissed.
     */
    private static boolean laidOver(Element sticky) {
        return TextStats.proseParagraphs(sticky) < IN_FLOW_PROSE_PARAGRAPHS || isDismissable(sticky);
    }

    /** Whether a button that says nothing (an "×" or an icon) is in {@code box}: the reader dismisses it with it. */
    private static boolean isDismissable(Element box) {
        return box.select(Controls.BUTTON_ELEMENTS).stream()
                .anyMatch(button -> button.text().codePoints().noneMatch(Character::isLetterOrDigit));
    }

    private static void removeAll(Document document, List<Element> elements, RemovalGuard guard, RemovalLog log) {
        for (Element element : elements) {
            if (element.parent() != null && isAttached(element, document) && guard.mayRemove(element)) {
                log.remove(element);
            }
        }
    }

    private static boolean isAttached(Element element, Document document) {
        return element.ownerDocument() == document;
    }

}
