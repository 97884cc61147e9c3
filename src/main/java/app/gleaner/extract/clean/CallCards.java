package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredSize;
import app.gleaner.extract.page.ElementSums;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.page.Wrappers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds call cards in the running text: a small box set among the article's paragraphs whose line or two speaks to the
 * reader or as the publisher ({@link PersonWords}: "you", "Ihnen", "vous", "we", "unsere", "本报"…) and is followed by a
 * button of its own words ("Add the fixtures to your calendar", "+ Follow the writer", "Copy my personal link"; a
 * {@code <button>}, an element acting as one or a web component's, {@link Controls#BUTTONS}). A pitch in that voice
 * above a button is a component's call, whatever its markup or class names, and the box goes whole.
 *
 * <p>A box's tools stay with what they work on: a button that opens something in place (a spoiler, an answer, a tab, a
 * popover, a script's handler, a link to a place on the page), a link or a button in a link to another site or a
 * document, a button of one word or a number (Play 3:45, Copy, Print), buttons before the text they belong to (an FAQ's
 * question), answers after a question (a quiz, a poll), a button inside a sentence, figures (a score, a recipe's
 * times), a text cut short before "Show more", boxes of the story's parts (a list, a table, a picture, a quotation,
 * code, media, a field) and one of a row of like boxes (a shop's grid, a live blog's posts). A box that tells of others
 * in the third person with a button ("The festival runs until Sunday. [Add to calendar]") is the story's. Part of
 * {@link OverlayRemover}, before {@link NagBoxes}, which would take a card's row of buttons alone for a widget and
 * leave its pitch. Stateless and thread-safe.
 */
final class CallCards {

    /** Words a card says beside its buttons at most, a character of a script without spaces counting half. */
    static final int MAX_CARD_WORDS = 60;
    /** Words a card says beside its buttons at least: a pitch, not a row of buttons or a player's title. */
    static final int MIN_CARD_WORDS = 8;
    /** Characters below a box past which it is no card, whatever its buttons say: the walk up stops there. */
    static final int MAX_CARD_CHARS = 2_000;
    /** Elements below a box past which it is no card either: a card is a few blocks. */
    static final int MAX_CARD_ELEMENTS = 200;
    /** Words with a letter in a call's label at least: "Copy" and "Play 3:45" work the page; "Follow her" asks. */
    static final int MIN_CALL_WORDS = 2;
    /** Buttons a card holds at most: more make a toolbar or a quiz. */
    static final int MAX_CALLS = 3;
    /**
     * Numbers a card's pitch names at most besides its prices: more are figures, a result or a recipe's yield and
     * times.
     */
    static final int MAX_FIGURES = 1;
    /** Width of the largest picture read as a portrait's or an icon's. */
    static final int MAX_DECORATION_PIXELS = 96;

    /** A number: "30", "2.300", "1,5", "2–1" counts two. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** An ellipsis ending a text cut short. */
    private static final Pattern CUT_SHORT = Pattern.compile("(?:…|\\.\\.\\.)$");
    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "strong", "b", "em", "i", "u", "small", "mark");
    private static final Set<String> BOX_TAGS = Set.of("div", "section", "aside", "footer", "center");
    /** Attributes of a control that opens or shows something in place rather than asks. */
    private static final List<String> OPENER_ATTRIBUTES = List.of("aria-expanded", "aria-controls", "aria-haspopup",
            "data-toggle", "data-bs-toggle", "popovertarget", "commandfor", "onclick");
    /** What a card never holds: the story's parts, fields to fill in, and headings of the text. */
    private static final Evaluator CONTENT = Selector.evaluatorOf("ul, ol, dl, table, figure, blockquote, pre, code, "
            + "video, audio, iframe, form, input:not([type=hidden]), select, textarea, h1, h2, [role=tab]");

    private CallCards() {
    }

    /** Removes the call cards below {@code body}, noting each in {@code log}. */
    static void removeFrom(Element body, RemovalLog log) {
        List<Element> buttons = Find.all(body, Controls.BUTTONS);
        if (buttons.isEmpty()) {
            return;
        }
        // one walk each: the climb stops at large boxes, by characters or by elements
        Map<Element, Integer> chars = ElementSums.textLengths(body);
        Map<Element, Integer> elements = ElementSums.elementCounts(body);
        RemovalGuard guard = new RemovalGuard(body);
        for (Element button : buttons) {
            if (button.ownerDocument() != body.ownerDocument() || !isCall(button)) {
                continue; // removed with an earlier card, or no call
            }
            Element card = cardOf(button, body, chars, elements);
            if (card != null && guard.mayRemovePart(card) && !guard.holdsHeadline(card)) {
                log.remove(card);
            }
        }
    }

    /**
     * A button that asks: its label says {@link #MIN_CALL_WORDS} words with a letter or more, it opens nothing in
     * place (no opener attribute, no tab, no link to a place on the page), a link dressed as one is a call into the
     * site ({@link PromoBoxes#isCall}: not to another site or a document), and it stands apart from any sentence and
     * lies in no quotation, figure or header.
     */
    static boolean isCall(Element button) {
        String label = button.text().strip();
        // a link dressed as a button, or a web component's button that navigates ("<sl-button href=…>")
        Element link = !button.nameIs("button") && button.hasAttr("href") ? button : button.closest(Css.LINKS);
        if (wordsWithLetters(label) < MIN_CALL_WORDS || button.attr("role").equalsIgnoreCase("tab")
                || button.attr("type").toLowerCase(Locale.ROOT).equals("reset")
                || OPENER_ATTRIBUTES.stream().anyMatch(button::hasAttr)
                || link != null && (link.attr("href").matches("#.+") || !PromoBoxes.isCall(link))) {
            return false;
        }
        for (Element line = button; line != null; line = inlineParent(line)) {
            if (hasWords(line.previousSibling()) || hasWords(line.nextSibling())) {
                return false; // "press <span><button>Report a problem</button></span> at the foot of the page"
            }
        }
        return !Boxes.within(button, PromoBoxes.NOT_IN_PROMOS);
    }

    /**
     * The card {@code button} is the call of, or null: its nearest box below {@code root} that says something beside
     * its buttons (past a row that says nothing but its calls), widened to the wrappers that hold nothing else, when
     * that box is a card ({@link #isCard}) set among the article's prose paragraphs.
     */
    private static Element cardOf(Element button, Element root, Map<Element, Integer> chars,
            Map<Element, Integer> elements) {
        for (Element box = button.parent(); box != null && box != root; box = box.parent()) {
            if (chars.getOrDefault(box, 0) > MAX_CARD_CHARS || elements.getOrDefault(box, 0) > MAX_CARD_ELEMENTS) {
                return null;
            }
            List<Element> buttons = Find.all(box, Controls.BUTTONS);
            if (buttons.size() > MAX_CALLS) {
                return null; // a toolbar, a quiz: nothing around it is a card
            }
            String beside = Boxes.textBeside(box, Controls.BUTTONS).strip();
            int words = TextStats.wordsCjkHalved(beside);
            if (words > MAX_CARD_WORDS) {
                return null;
            }
            if (words >= MIN_CARD_WORDS) {
                if (!isBox(box)) {
                    return null; // a button in a paragraph, an item or a cell is part of its text
                }
                Element card = Wrappers.outermost(box, root);
                return isCard(box, buttons, beside) && !BoxRows.isOneOfARow(card, Controls.BUTTONS)
                        && Boxes.inRunningText(card) ? card : null;
            }
        }
        return null;
    }

    /**
     * A box whose buttons are all calls and come after its first words; whose words speak to the reader or as the
     * publisher and are a pitch, not figures (a score, a recipe's yield and times, a step of five: {@link #MAX_FIGURES}
     * number at most besides sums) nor a text cut short ("…" before "Show more"); that asks no question before two
     * buttons or more (a quiz's or a poll's answers); and that holds none of the story's parts, a field or a picture
     * that is no decoration.
     */
    private static boolean isCard(Element box, List<Element> buttons, String beside) {
        String before = textBefore(box, buttons.get(0));
        return !before.isBlank() && buttons.stream().allMatch(CallCards::isCall)
                && (PersonWords.READER.foundIn(beside) || PersonWords.PUBLISHER.foundIn(beside))
                && NUMBER.matcher(beside).results().count() - Sums.countIn(beside) <= MAX_FIGURES
                && !CUT_SHORT.matcher(before).find()
                && !(buttons.size() > 1 && Questions.asks(before))
                && Find.first(box, CONTENT) == null && Find.all(box, Headings.ANY).size() <= 1
                && Find.all(box, Css.PICTURES).stream().allMatch(CallCards::isDecoration);
    }

    /** The text of {@code box} before {@code first}, its first button, in document order. */
    private static String textBefore(Element box, Element first) {
        return box.nodeStream().takeWhile(node -> node != first).filter(node -> node instanceof TextNode)
                .map(node -> ((TextNode) node).text()).collect(Collectors.joining(" ")).strip();
    }

    /**
     * A picture that shows no content: hidden from assistive technology or presentational, or an avatar
     * declared at most {@link #MAX_DECORATION_PIXELS} wide.
     */
    private static boolean isDecoration(Element picture) {
        return picture.closest("[aria-hidden=true], [role=presentation]") != null
                || DeclaredSize.width(picture).orElse(Integer.MAX_VALUE) <= MAX_DECORATION_PIXELS;
    }

    private static boolean isBox(Element element) {
        return BOX_TAGS.contains(element.normalName()) || element.normalName().indexOf('-') > 0;
    }

    /** The parent of {@code element} when it is an inline element or a link the button sits in. */
    private static Element inlineParent(Element element) {
        Element parent = element.parent();
        return parent != null && INLINE_TAGS.contains(parent.normalName()) ? parent : null;
    }

    private static boolean hasWords(Node node) {
        return node instanceof TextNode text && TextStats.words(text) > 0;
    }

    private static int wordsWithLetters(String label) {
        int words = 0;
        for (String word : label.split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetter)) {
                words += Math.max(1, TextStats.wordsCjkHalved(word));
            }
        }
        return words;
    }
}
