package app.gleaner.extract;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds call cards in the running text, in any language: a small box set among the article's paragraphs that says a
 * line or two and ends in a button of its own words ("Add the fixtures to my calendar", "+ Follow the writer", "Copy
 * my personal link"). The article tells in sentences and links to what it cites; a button beside a short pitch is a
 * component's call, whatever its words, its markup or its class names, and the box goes whole. What the reader opens
 * in place (a spoiler, an answer: a button that controls, expands or pops up something), a button of one word (Play,
 * Copy, Print), a form to fill in and a box that holds a list, a table, a figure, a quotation, code or media are
 * content or another rule's. Part of {@link OverlayRemover}, before {@link NagBoxes}, which would take a card's row of
 * buttons alone for a widget and leave its pitch. Stateless and thread-safe.
 */
final class CallCards {

    /** Words a card says beside its buttons at most, a character of a script without spaces counting half. */
    static final int MAX_CARD_WORDS = 60;
    /** Words a card says beside its buttons at least: a pitch, not a row of buttons or a player's title. */
    static final int MIN_CARD_WORDS = 8;
    /** Words of a call's label at least: "Copy", "Play" and "Print" work the page, "Follow the writer" asks. */
    static final int MIN_CALL_WORDS = 2;
    /** Buttons a card holds at most: more make a toolbar, a poll or a quiz. */
    static final int MAX_CALLS = 3;

    private static final Set<String> BOX_TAGS = Set.of("div", "section", "aside", "footer", "center");
    private static final String BUTTONS = "button, [role=button]";
    /** What a card never holds: the story's parts, fields to fill in, and headings of the text. */
    private static final Evaluator CONTENT = Selector.evaluatorOf("ul, ol, dl, table, figure, blockquote, pre, code, "
            + "video, audio, iframe, form, input:not([type=hidden]), select, textarea, h1, h2");
    /** Where a card never lies: the article's header, a quotation, a figure. */
    private static final Evaluator NOT_IN_CARDS = Selector.evaluatorOf("header, blockquote, figure");

    private CallCards() {
    }

    /** Removes the call cards below {@code body}, noting each in {@code log}. */
    static void removeFrom(Element body, RemovalLog log) {
        RemovalGuard guard = new RemovalGuard(body);
        Map<Element, Integer> buttonsIn = new IdentityHashMap<>(); // each box counted once, however many it holds
        for (Element button : body.select(BUTTONS)) {
            if (button.ownerDocument() != body.ownerDocument() || !isCall(button)) {
                continue; // removed with an earlier card, or no call
            }
            Element card = cardOf(button, body, buttonsIn);
            if (card != null && guard.mayRemovePart(card) && !guard.holdsHeadline(card)) {
                log.remove(card);
            }
        }
    }

    /**
     * A button that asks: its label says {@link #MIN_CALL_WORDS} words or more, and it neither opens nor pops up
     * anything in place nor resets a form.
     */
    private static boolean isCall(Element button) {
        String label = button.text().strip();
        return TextStats.wordsCjkHalved(label) >= MIN_CALL_WORDS && label.codePoints().anyMatch(Character::isLetter)
                && !button.hasAttr("aria-expanded") && !button.hasAttr("aria-controls")
                && !button.hasAttr("aria-haspopup") && !button.attr("type").toLowerCase(Locale.ROOT).equals("reset")
                && button.closest(NOT_IN_CARDS) == null;
    }

    /**
     * The card {@code button} is the call of, or null: its nearest box below {@code root} that says something beside
     * its buttons (past a row that says nothing but its calls), widened to the wrappers that hold nothing else, when
     * that box is a card ({@link #isCard}) set among the article's prose paragraphs. A box with more than
     * {@link #MAX_CALLS} buttons on the way is a toolbar, a poll or a quiz, and nothing around it is a card.
     */
    private static Element cardOf(Element button, Element root, Map<Element, Integer> buttonsIn) {
        for (Element box = button.parent(); box != null && box != root; box = box.parent()) {
            if (buttonsIn.computeIfAbsent(box, b -> b.select(BUTTONS).size()) > MAX_CALLS) {
                return null;
            }
            int beside = TextStats.wordsCjkHalved(PromoBoxes.textBeside(box, BUTTONS));
            if (beside > MAX_CARD_WORDS) {
                return null;
            }
            if (beside >= MIN_CARD_WORDS) {
                if (!isBox(box)) {
                    return null; // a button inside a sentence, an item or a cell is part of its text
                }
                Element card = outermostWrapper(box, root);
                return isCard(box, card) && PromoBoxes.inRunningText(card) ? card : null;
            }
        }
        return null;
    }

    /**
     * A box of a line or two (at most one heading) whose buttons are all calls, holding none of the story's parts nor
     * a field to fill in, and alone: one of a row of such boxes is an entry of a shop's grid or a list of products.
     */
    private static boolean isCard(Element box, Element card) {
        return box.select(BUTTONS).stream().allMatch(CallCards::isCall) && box.selectFirst(CONTENT) == null
                && box.select(Headings.SELECTOR).size() <= 1 && !PromoBoxes.isOneOfARow(card, BUTTONS);
    }

    /** {@code box}, or its outermost ancestor below {@code root} that holds nothing but it. */
    private static Element outermostWrapper(Element box, Element root) {
        Element wrapper = box;
        while (wrapper.parent() != null && wrapper.parent() != root && wrapper.parent().childrenSize() == 1
                && wrapper.parent().ownText().isBlank()) {
            wrapper = wrapper.parent();
        }
        return wrapper;
    }

    private static boolean isBox(Element element) {
        return BOX_TAGS.contains(element.normalName()) || element.normalName().indexOf('-') > 0;
    }
}
