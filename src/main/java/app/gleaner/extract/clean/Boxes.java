package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * What the cleaners read of a box set in the article, whatever they judge it to be: where it stands (among the running
 * text, beside which neighbours, inside which tags), what it says beside its parts (its links, buttons, headings), and
 * whether it holds a part of the story. {@link PromoBoxes}, {@link PitchBoxes}, {@link CallCards}, {@link HowToText}
 * and others ask these questions; each keeps its own answer to whether the box goes.
 */
final class Boxes {

    /** Sibling elements looked at on each side of a box for a paragraph of the article's prose. */
    static final int REACH = 3;
    /** A picture in a box of fewer words than this is the box's content, with its caption and credit. */
    static final int MIN_WORDS_BESIDE_PICTURE = 15;
    private static final Evaluator CAPTIONS = Selector.evaluatorOf("figcaption");
    /** Words outside links that make a list item a step or a fact rather than a choice or a menu entry. */
    private static final int MIN_ITEM_WORDS = 5;

    private Boxes() {
    }

    /** What the pictures of {@code box} say in their captions ({@code <figcaption>}), joined and stripped. */
    static String captions(Element box) {
        return String.join(" ", Find.all(box, CAPTIONS).eachText()).strip();
    }

    /** Whether {@code box} says nothing but its pictures' captions: a picture and its caption alone, or no words. */
    static boolean saysOnlyItsCaptions(Element box) {
        return box.text().strip().equals(captions(box));
    }

    /** True when a paragraph of the article's prose is among the {@link #REACH} nearest siblings on either side. */
    static boolean inRunningText(Element box) {
        return proseBeside(box, -1) || proseBeside(box, 1);
    }

    /**
     * True when a paragraph of the article's prose is among the {@link #REACH} siblings after {@code box}: the story
     * goes on past it, as it does not past the small print under its end.
     */
    static boolean proseFollows(Element box) {
        return proseBeside(box, 1);
    }

    /** Whether a paragraph of prose is among the {@link #REACH} siblings before ({@code step} -1) or after (1). */
    private static boolean proseBeside(Element box, int step) {
        Element parent = box.parent();
        int at = box.elementSiblingIndex();
        for (int i = at + step, seen = 0; i >= 0 && i < parent.childrenSize() && seen < REACH; i += step, seen++) {
            Element sibling = parent.child(i);
            // the text may run on in a wrapper beside the box: its paragraph nearest the box counts
            Element nearest = step < 0 ? sibling.lastElementChild() : sibling.firstElementChild();
            if (TextStats.isProseParagraph(sibling) || TextStats.isProseParagraph(nearest)) {
                return true;
            }
        }
        return false;
    }

    /** The sibling elements within {@link #REACH} of {@code element} on either side. */
    static List<Element> neighbours(Element element) {
        Element parent = element.parent();
        int at = element.elementSiblingIndex();
        int from = Math.max(0, at - REACH);
        int to = Math.min(parent.childrenSize() - 1, at + REACH);
        List<Element> near = new ArrayList<>(to - from);
        for (int i = from; i <= to; i++) {
            if (i != at) {
                near.add(parent.child(i));
            }
        }
        return near;
    }

    /** Whether an ancestor of {@code element} (or the element) has one of {@code tags}. */
    static boolean within(Element element, Set<String> tags) {
        for (Element at = element; at != null; at = at.parent()) {
            if (tags.contains(at.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The text of {@code box} without the text of its parts that match {@code parts} (its links, its headings). */
    static String textBeside(Element box, String parts) {
        return textBeside(box, box.select(parts));
    }

    /** The text of {@code box} without the text of its parts that {@code parts} matches (its buttons). */
    static String textBeside(Element box, Evaluator parts) {
        return textBeside(box, Find.all(box, parts));
    }

    private static String textBeside(Element box, Elements parts) {
        String text = box.text();
        for (Element part : parts) {
            String own = part.text();
            if (!own.isEmpty()) { // "".replace would put a space between every two characters
                text = text.replace(own, " ");
            }
        }
        return text;
    }

    /** Words of {@code element} outside its links, a character of a script without spaces counting as half a word. */
    static int wordsBesideLinks(Element element) {
        int linked = Find.all(element, Css.ANCHORS).stream().mapToInt(a -> TextStats.wordsCjkHalved(a.text())).sum();
        return TextStats.wordsCjkHalved(element.text()) - linked;
    }

    /**
     * Whether {@code box} holds a part of the story, and is content whatever it links to: a picture with fewer than
     * {@link #MIN_WORDS_BESIDE_PICTURE} words beside it (its caption and credit), one of {@code contentParts}, or
     * a list item that says more than its links (a step, a fact).
     */
    static boolean holdsStoryParts(Element box, int words, String contentParts) {
        return words < MIN_WORDS_BESIDE_PICTURE && box.selectFirst("img, picture, svg") != null
                || box.selectFirst(contentParts) != null
                || Find.all(box, Css.LIST_ITEMS).stream().anyMatch(Boxes::saysMoreThanItsLinks);
    }

    /** A list item that is a step or a fact: it says {@link #MIN_ITEM_WORDS} words or more besides its links. */
    private static boolean saysMoreThanItsLinks(Element item) {
        return wordsBesideLinks(item) >= MIN_ITEM_WORDS;
    }}
