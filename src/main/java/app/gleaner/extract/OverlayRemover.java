package app.gleaner.extract;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Second stage: takes out what covers or hides the article — modals, consent banners, paywall and registration
 * walls, newsletter boxes, push prompts — and remembers their text in a {@link RemovalLog}.
 *
 * <p>Signals, strongest first: the clipper's {@link BrowserHints} (computed by the browser); structure
 * ({@code role=dialog}, {@code aria-modal}, {@code <dialog>}, inline or style-sheet {@code position:fixed/sticky},
 * hidden elements); vendor selectors from {@code rules/overlay-selectors.txt}; and text, via {@link NagPhrases},
 * for short blocks and small containers whose words are mostly calls to action. {@code aria-hidden} is
 * deliberately not a signal: dialogs set it on the article behind them. Every removal passes the
 * {@link RemovalGuard}, so no rule can take most of the page. Immutable and thread-safe once built.
 */
public final class OverlayRemover {

    /** Containers up to this many words are removed when nag blocks make up most of them. */
    public static final int MAX_NAG_CONTAINER_WORDS = 250;
    /** Share of a container's words in nag blocks that makes the whole container a nag. */
    public static final double MIN_NAG_SHARE = 0.6;
    /** A gate match ({@link #GATE_MARK}) holding this many prose paragraphs is the gated article itself. */
    public static final int GATED_PROSE_PARAGRAPHS = 1;
    /** Characters a paragraph needs to count as prose. */
    public static final int PROSE_PARAGRAPH_CHARS = 80;

    /**
     * Marks a selector in the rule file whose matches may wrap the article text behind a paywall rather than cover
     * it ({@code <div class="paywall">} around the last paragraphs): such a match that holds prose is kept.
     */
    static final String GATE_MARK = "~";

    private static final Pattern INLINE_FIXED = Pattern.compile(
            "position\\s*:\\s*(fixed|sticky)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HIDDEN = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final String HINT_SELECTOR = "[" + BrowserHints.HIDDEN + "], [" + BrowserHints.OVERLAY + "]";
    /** Elements the text rule may remove: blocks and controls, never inline runs inside a sentence. */
    private static final Set<String> NAG_BLOCK_TAGS = Set.of(
            "div", "section", "aside", "form", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "button", "label", "header", "footer", "dialog", "figure", "blockquote", "table", "center", "details");

    private final SelectorGroup vendorSelectors;
    private final SelectorGroup gateSelectors;
    private final NagPhrases nagPhrases;

    /** Rules from the bundled data files. */
    public OverlayRemover() {
        this(new NagPhrases());
    }

    /** Rules from the bundled data files, with nag phrases shared with other stages. */
    OverlayRemover(NagPhrases nagPhrases) {
        this(RuleList.load("overlay-selectors.txt"), nagPhrases);
    }

    OverlayRemover(List<String> vendorSelectors, NagPhrases nagPhrases) {
        this.vendorSelectors = SelectorGroup.of(RuleList.unmarked(vendorSelectors, GATE_MARK));
        this.gateSelectors = SelectorGroup.of(RuleList.marked(vendorSelectors, GATE_MARK));
        this.nagPhrases = nagPhrases;
    }

    /** Removes overlays and nags from {@code document} in place, recording their text in {@code log}. */
    public void removeFrom(Document document, RemovalLog log) {
        removeHinted(document, log);
        removeStructural(document, log);
        removeNagText(document.body(), log);
    }

    /** Removes only what the browser marked; used for the reader's own selection, which is trusted otherwise. */
    public void removeHinted(Document document, RemovalLog log) {
        List<Element> hinted = document.select(HINT_SELECTOR);
        if (!hinted.isEmpty()) {
            removeAll(document, hinted, new RemovalGuard(document.body()), log);
        }
    }

    private void removeStructural(Document document, RemovalLog log) {
        StyleRules styles = new StyleRules(document);
        RemovalGuard guard = new RemovalGuard(document.body());
        removeAll(document, vendorSelectors.select(document.body()), guard, log);
        removeAll(document, gateSelectors.select(document.body()).stream()
                .filter(e -> TextStats.proseParagraphs(e, PROSE_PARAGRAPH_CHARS) < GATED_PROSE_PARAGRAPHS)
                .toList(), guard, log);
        removeAll(document, SelectorGroup.of(styles.fixedSelectors()).select(document.body()), guard, log);
        removeAll(document, SelectorGroup.of(styles.hiddenSelectors()).select(document.body()), guard, log);
        List<Element> styled = document.body().select("[style]").stream()
                .filter(e -> INLINE_FIXED.matcher(e.attr("style")).find()
                        || INLINE_HIDDEN.matcher(e.attr("style")).find())
                .toList();
        removeAll(document, styled, guard, log);
        removeAll(document, document.body().select("[hidden]"), guard, log);
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

    /**
     * Words per element and words inside nag blocks are summed bottom-up in one walk; then the outermost block
     * that is mostly nag is removed, so a sign-up box goes as one piece and a long article never qualifies. A
     * wrapper whose words all come from one child is judged by that child's verdict rather than by reading its
     * text again, so deep chains of wrappers cost one reading, not one per level.
     */
    private void removeNagText(Element body, RemovalLog log) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        TextStats.childrenFirst(body, element -> {
            int words = 0;
            int nagWords = 0;
            int[] onlyWordy = null;
            int wordyChildren = 0;
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    int own = TextStats.words(text.text());
                    words += own;
                    wordyChildren += own > 0 ? 1 : 0;
                } else if (child instanceof Element childElement && counts.containsKey(childElement)) {
                    int[] c = counts.get(childElement);
                    words += c[0];
                    nagWords += c[1];
                    if (c[0] > 0) {
                        wordyChildren++;
                        onlyWordy = c;
                    }
                }
            }
            boolean nagText;
            if (wordyChildren == 1 && onlyWordy != null) {
                nagText = onlyWordy[2] == 1; // a wrapper says what its one worded child says
            } else {
                nagText = words > 0 && words <= NagPhrases.MAX_NAG_WORDS && nagPhrases.isNag(element.text());
            }
            if (nagText) {
                nagWords = words;
            }
            if (element.nameIs("script") || element.nameIs("style")) {
                words = 0;
                nagWords = 0;
                nagText = false;
            }
            counts.put(element, new int[] {words, nagWords, nagText ? 1 : 0});
        });
        RemovalGuard guard = new RemovalGuard(body);
        removeMostlyNag(body, counts, guard, log);
    }

    private static void removeMostlyNag(Element root, Map<Element, int[]> counts, RemovalGuard guard,
            RemovalLog log) {
        ArrayDeque<Element> stack = new ArrayDeque<>();
        pushChildren(root, stack);
        while (!stack.isEmpty()) {
            Element element = stack.pop();
            int[] c = counts.getOrDefault(element, new int[] {0, 0});
            boolean mostlyNag = c[0] > 0 && c[0] <= MAX_NAG_CONTAINER_WORDS
                    && (double) c[1] / c[0] >= MIN_NAG_SHARE;
            if (mostlyNag && NAG_BLOCK_TAGS.contains(element.normalName()) && guard.mayRemove(element)) {
                log.remove(element);
            } else if (c[1] > 0) {
                pushChildren(element, stack);
            }
        }
    }

    private static void pushChildren(Element parent, ArrayDeque<Element> stack) {
        for (int i = parent.childrenSize() - 1; i >= 0; i--) {
            stack.push(parent.child(i));
        }
    }
}
