package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.TextStats;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The blocks that read as nags but that the story says, so {@link NagBoxes} keeps them: the heading of a section of
 * it, a point of a list, a quotation, and a line of its running text with nothing to click. Each reads the words the
 * walk tallied ({@link NagTally}); the lines of the text are told before any removal, since a removal beside a line
 * changes its neighbours, and the others as the removal reaches them. One per page; nothing changes it once built.
 */
final class StoryLines {

    private final Map<Element, NagTally> tallies;
    /** The nag paragraphs that are lines of the running text ({@link #isLineOfTheText}), told up front. */
    private final Set<Element> linesOfTheText = Collections.newSetFromMap(new IdentityHashMap<>());

    StoryLines(Map<Element, NagTally> tallies, NagPhrases nagPhrases) {
        this.tallies = tallies;
        tallies.forEach((element, c) -> {
            if (c.mostlyNag && readsAsLineOfTheText(element, nagPhrases)) {
                linesOfTheText.add(element);
            }
        });
    }

    /**
     * A heading followed by a paragraph of prose or a how-to's steps that stay, bare or in their box: it heads a
     * section of the story ("Log in to the new app before 1 March", then what the bank's customers must do; "So melden
     * Sie sich an", then the steps; "Skapa konto i fem steg", then a box of the five with no link or control in it),
     * however it reads. A box's heading goes with its box.
     */
    boolean headsASection(Element element) {
        if (!Headings.TAGS.contains(element.normalName())) {
            return false;
        }
        Element next = element.nextElementSibling();
        NagTally t = next == null ? null : tallies.get(next);
        if (t == null || t.mostlyNag) {
            return false;
        }
        if (TextStats.isProseParagraph(next) || HowToText.isStep(next)) {
            return true;
        }
        // a box of a how-to's steps and nothing to click: "Subscribe in three easy steps" has its button
        Element steps = next.selectFirst("ol");
        return steps != null && HowToText.isStep(steps) && next.selectFirst(Controls.LINKS_AND_CONTROLS) == null;
    }

    /**
     * An item of a list of {@link HowToText#MIN_STEPS} items or more that is no nag as a whole, with no link or control
     * of its own and not in the publisher's voice ("Download our app for alerts" is a call): one point among others
     * (a review's cons, "Free trial only 3 days"; a summary's "Cancel the subscription in the app"). An offer's perks,
     * a list mostly nag, go with it; a box goes or stays whole before its items are judged.
     */
    boolean isPointOfAList(Element element) {
        Element list = element.parent();
        NagTally c = tallies.get(element);
        if (!element.nameIs("li") || list == null || list.childrenSize() < HowToText.MIN_STEPS || c == null
                || c.control || Find.first(element, Css.LINKS) != null
                || PersonWords.PUBLISHER.foundIn(element.text())) {
            return false;
        }
        NagTally whole = tallies.get(list);
        return whole != null && !whole.mostlyNag;
    }

    /**
     * Whether {@code element} is, holds or is part of a quotation: the sentences of a quoted e-mail or notice are
     * the article's evidence, whatever they ask of the reader ("Subscribe now to keep your playlists"). A box inside
     * one is not, nor is a quotation with a link or a control to act on, which is a callout styled as a quote
     * ("Subscribe to our free newsletter… <a>Sign up now</a>").
     */
    static boolean isQuoted(Element element) {
        Element quote = element.nameIs("blockquote") ? element : element.closest(Css.BLOCKQUOTES);
        if (quote == null) {
            quote = Find.first(element, Css.BLOCKQUOTES);
        }
        return quote != null && quote.selectFirst("a[href], button, input, select, textarea") == null;
    }

    /**
     * A sentence among the running text's paragraphs, built as they are (a {@code <p>} of their class), with nothing
     * to click and not in the publisher's voice or asking a sum: a step or a notice the story tells ("Log in to the
     * router's page and open Wi-Fi settings.", "Connectez-vous au site de la mairie pour réserver un emplacement."),
     * as a quoted notice is its evidence. A nag only because it opens with a call, not by its phrases ("Accept
     * cookies to see this video."), unless the paragraph before announces it with a colon (a message the story
     * quotes). Its neighbours are such paragraphs too, neither empty nor a nag, and one of them is prose. A
     * publisher's call gives the reader a link or a button to act on.
     */
    boolean isLineOfTheText(Element element) {
        return linesOfTheText.contains(element);
    }

    private boolean readsAsLineOfTheText(Element element, NagPhrases nagPhrases) {
        Element before = element.previousElementSibling();
        Element after = element.nextElementSibling();
        if (!element.nameIs("p") || element.selectFirst(Controls.LINKS_AND_CONTROLS) != null
                || !isParagraphBeside(element, before) || !isParagraphBeside(element, after)
                || !TextStats.isProseParagraph(before) && !TextStats.isProseParagraph(after)) {
            return false;
        }
        String text = element.text();
        return TextStats.endsASentence(text) && !PersonWords.PUBLISHER.foundIn(text) && !Sums.namedIn(text)
                && (!nagPhrases.isNagByItsPhrases(text) || before.text().strip().endsWith(":"));
    }

    private boolean isParagraphBeside(Element element, Element neighbour) {
        NagTally t = neighbour == null ? null : tallies.get(neighbour);
        return t != null && t.words > 0 && !t.mostlyNag && neighbour.nameIs("p")
                && neighbour.className().equals(element.className());
    }
}
