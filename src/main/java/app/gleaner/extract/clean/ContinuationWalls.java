package app.gleaner.extract.clean;

import app.gleaner.extract.page.BrowserHints;
import app.gleaner.extract.page.StyleRules;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.PhraseTrie;
import app.gleaner.extract.rules.RuleList;
import app.gleaner.extract.rules.SelectorGroup;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the wall a page showed in place of the rest of its article: a short visible call (a link or button that names
 * a nag phrase, a form field, or nag phrases throughout) that says the reading goes on behind it ("Register for free
 * to continue reading", "La suite de cet article est réservée aux abonnés"), in the words of
 * {@code rules/continuation-phrases.txt}. Read from the captured page before overlays are removed, as a
 * paywall marker is, since the cleaner removes the wall itself. A wall hidden from sight is what a subscriber's full
 * copy still carries, and one the reader may close (a button that says nothing, an "×") lets the reading go on: neither
 * counts. Immutable and thread-safe.
 */
public final class ContinuationWalls {

    /** Where the page showed its wall, if it showed one. */
    public enum Wall {
        /** No wall: the page went on, or its wall was hidden or could be closed. */
        NONE,
        /** Laid over the page (fixed, a dialog, a vendor's modal): the text under it may be whole or the start only. */
        LAID_OVER,
        /** In the page's flow, where the text stopped: the article was cut there. */
        INLINE
    }

    private static final Evaluator FIELDS = Selector.evaluatorOf("input:not([type=hidden]), select");
    private static final Evaluator CALLS = new CombiningEvaluator.Or(List.of(Controls.BUTTONS, FIELDS,
            Selector.evaluatorOf("a[href]")));

    private final PhraseTrie phrases;
    private final NagPhrases nagPhrases;
    /** Dialogs, modals and vendors' layers, from {@code rules/overlay-selectors.txt}. */
    private final SelectorGroup overlays;

    /** Phrases and overlay selectors from the bundled rule files; a wall's phrases are {@code nagPhrases}. */
    public ContinuationWalls(NagPhrases nagPhrases) {
        this(RuleList.load("continuation-phrases.txt"), nagPhrases,
                OverlayRemover.vendorOverlays(RuleList.load(OverlayRemover.SELECTOR_FILE)));
    }

    ContinuationWalls(List<String> phrases, NagPhrases nagPhrases, SelectorGroup overlays) {
        this.phrases = new PhraseTrie(phrases.stream().map(NagPhrases::normalize).toList());
        this.nagPhrases = nagPhrases;
        this.overlays = overlays;
    }

    /** The wall {@code page} showed, judged with the page's style sheet's rules {@code styles}. */
    public Wall find(Document page, StyleRules styles) {
        Wall found = Wall.NONE;
        SelectorGroup hidden = null; // read from the style sheet only for a page that has a wall's words
        SelectorGroup fixed = null;
        for (TextNode text : (Iterable<TextNode>) page.body().nodeStream(TextNode.class)::iterator) {
            Element box = text.parent() != null && holdsPhrase(text.getWholeText()) ? box(text.parent()) : null;
            if (box == null || !isCall(box) || isDismissible(box)) {
                continue;
            }
            if (hidden == null) {
                hidden = SelectorGroup.of(styles.hiddenSelectors());
                fixed = SelectorGroup.of(styles.fixedSelectors());
            }
            if (isHidden(text.parent(), hidden)) {
                continue;
            }
            if (!isLaidOver(text.parent(), fixed)) {
                return Wall.INLINE;
            }
            found = Wall.LAID_OVER;
        }
        return found;
    }

    private boolean holdsPhrase(String text) {
        String normalized = NagPhrases.normalize(text);
        for (int i = 0; i < normalized.length(); i++) {
            if (PhraseTrie.wordStartsAt(normalized, i) && phrases.longestAt(normalized, i, true) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The largest block around {@code element}, itself included, that is still short enough to be a nag; null when
     * {@code element} itself is longer, a paragraph of a story that tells of a wall.
     */
    private static Element box(Element element) {
        if (TextStats.wordsCjkHalved(element) > NagPhrases.MAX_NAG_WORDS) {
            return null;
        }
        Element box = element;
        for (Element parent = box.parent(); parent != null && !"body".equals(parent.normalName())
                && TextStats.wordsCjkHalved(parent) <= NagPhrases.MAX_NAG_WORDS; parent = parent.parent()) {
            box = parent;
        }
        return box;
    }

    /**
     * A box that asks the reader to act: a link or a button in it names a nag phrase ("Register now", "Je m'abonne"),
     * it has a form field, or nag phrases make it up. A story's sentence that tells of a wall links to its source.
     */
    private boolean isCall(Element box) {
        return box.select(CALLS).stream().anyMatch(call -> call.is(FIELDS) || nagPhrases.names(call.text()))
                || nagPhrases.isNag(box.text());
    }

    /** Whether the wall's text, in {@code element}, is hidden by it or by any element around it. */
    private static boolean isHidden(Element element, SelectorGroup hiddenByStyleSheet) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr(BrowserHints.HIDDEN) || e.hasAttr("hidden") && !"until-found".equals(e.attr("hidden"))
                    || StyleRules.HIDDEN.matcher(e.attr("style")).find() || hiddenByStyleSheet.matches(e)
                    || "template".equals(e.normalName()) || "noscript".equals(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** A button in the box that says nothing, an "×" or an icon, with which the reader closes it. */
    private static boolean isDismissible(Element box) {
        return box.select(Controls.BUTTONS).stream()
                .anyMatch(button -> button.text().codePoints().noneMatch(Character::isLetterOrDigit));
    }

    /** Whether the wall's text, in {@code element}, is laid over the page by it or by any element around it. */
    private boolean isLaidOver(Element element, SelectorGroup fixedByStyleSheet) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr(BrowserHints.OVERLAY) || StyleRules.FIXED.matcher(e.attr("style")).find()
                    || fixedByStyleSheet.matches(e) || overlays.matches(e)) {
                return true;
            }
        }
        return false;
    }
}
