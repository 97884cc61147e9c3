package app.gleaner.extract.clean;

import app.gleaner.extract.page.Find;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The parts of a how-to that ask the reader to log in, register or download and are no nag for it: its numbered steps
 * ("Log in to your router's page"), the sentences of its bulleted lists ("An account in the console. If you have none
 * yet, register first…") and its tips ("Log in to renew it – your vehicle details are saved."). Read by
 * {@link NagBoxes} before a block's words make it a nag. Stateless.
 */
final class HowToText {

    /** Items of a numbered list that make it a how-to's steps, each of which may ask the reader to log in. */
    static final int MIN_STEPS = 3;
    /** Words of a bulleted list's item that is a sentence, not a perk ({@link #isListedSentence}). */
    static final int MIN_LISTED_SENTENCE_WORDS = 12;
    /** What a box asks the reader to press or fill in. */
    private static final Evaluator CONTROLS = Selector.evaluatorOf(
            "button, input:not([type=hidden]), select, textarea, [role=button]");
    private static final Evaluator LINKS_AND_CONTROLS = Selector.evaluatorOf(Controls.LINKS_AND_CONTROLS);

    private HowToText() {
    }

    /**
     * A numbered list of {@link #MIN_STEPS} items or more, or one that goes on from an earlier list ({@code start}
     * past 1), or one of its items: a how-to's steps, whatever the first asks.
     */
    static boolean isStep(Element element) {
        Element list = element.nameIs("li") ? element.parent() : element;
        if (list == null || !list.nameIs("ol")) {
            return false;
        }
        String start = list.attr("start").strip();
        return list.childrenSize() >= MIN_STEPS || !start.isEmpty() && !start.equals("1");
    }

    /**
     * An item of a bulleted list of {@link #MIN_STEPS} items or more that says {@link #MIN_LISTED_SENTENCE_WORDS}
     * words or more: a prerequisite or a tip ("An account in the console. If you have none yet, register first and
     * confirm your e-mail address."), not a perk of a plan ("Unlimited access on web and app", "Cancel anytime").
     */
    static boolean isListedSentence(Element element, int words) {
        Element list = element.parent();
        return element.nameIs("li") && list != null && list.nameIs("ul") && list.childrenSize() >= MIN_STEPS
                && words >= MIN_LISTED_SENTENCE_WORDS;
    }

    /**
     * A paragraph of a how-to's section: among the running text, with a list within {@link Boxes#REACH} siblings
     * of it; or such a list among the running text, or its item. It gives the reader nothing to click, has no button
     * or field beside it, and does not speak as the publisher: it tells what to do elsewhere ("Log in to renew it –
     * your vehicle details are saved."). A call has a link or a button to act on, or stands beside one in its box, or
     * in a pitch's run of plain paragraphs with no list beside it, or speaks of "our app" (which a help page's "our
     * website" does too, and goes with it).
     */
    static boolean isTip(Element element) {
        Element list = element.nameIs("li") ? element.parent()
                : element.nameIs("ul") || element.nameIs("ol") ? element : null;
        Element inLine = list == null ? element : list;
        if (inLine.parent() == null || Find.first(element, LINKS_AND_CONTROLS) != null) {
            return false;
        }
        List<Element> near = Boxes.neighbours(inLine);
        if (near.stream().anyMatch(HowToText::isOrHoldsAControl)
                || PersonWords.PUBLISHER.foundIn(Quotations.outside(element.text()))) {
            return false;
        }
        if (list != null) {
            return isInRunningTextList(list); // "Sign in to the Dashboard as an account owner." among prerequisites
        }
        return element.nameIs("p") && Boxes.inRunningText(element)
                && near.stream().anyMatch(sibling -> sibling.nameIs("ol") || sibling.nameIs("ul"));
    }

    private static boolean isOrHoldsAControl(Element element) {
        return element.is(CONTROLS) || Find.first(element, CONTROLS) != null;
    }

    /** A list of {@link #MIN_STEPS} items or more among the running text's paragraphs. */
    private static boolean isInRunningTextList(Element list) {
        return (list.nameIs("ul") || list.nameIs("ol")) && list.childrenSize() >= MIN_STEPS && list.parent() != null
                && Boxes.inRunningText(list);
    }
}
