package app.gleaner.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The first stage after parsing: opens what a reader opens in place. The panel of a disclosure button (an FAQ's
 * answer, a quiz's "Show answer", a story's "Continue reading", a transcript), of a tab (a recipe's Method beside its
 * Ingredients) and a carousel's other slides are hidden until clicked, yet they are the article's: the saved copy
 * holds them open, whether the page hid them with the {@code hidden} attribute, an inline style or a style sheet's
 * class, or the clipper saw them hidden. The page and the reader's selection both pass here, so the clipper's copy
 * and an imported page keep the same panels.
 *
 * <p>A panel opens when a control names it ({@code aria-controls}) and says whether it is open ({@code
 * aria-expanded}, or a tab's {@code aria-selected}), or when it is a slide of a carousel ({@code
 * aria-roledescription=slide}), and nothing says it is something else: a control that pops something up ({@code
 * aria-haspopup}: a menu, a dialog) or a panel that is a dialog, a menu or a navigation, holds a form or a field (a
 * log-in dropdown, a newsletter box, consent choices), or is mostly links (a navigation drawer, a share menu) stays
 * as the page has it. Popovers float over the text rather than open in its flow, so they stay hidden; a closed
 * {@code <details>} is never hidden here in the first place.
 *
 * <p>An opened panel is marked ({@link #isOpened}) and then judged by every stage where it stands, as if the reader
 * had clicked: a pitch among the paragraphs behind "Continue reading" goes, and so does a panel whose class names it
 * chrome ("comments"). Only what hides a panel spares it: the style sheet's rules that hide its parts while it is
 * closed ({@link #opensWithAPanel}) and the utility classes that hide it ({@code .collapse}); and a box the page names
 * as chrome is not kept for prose that only a click shows in it (a donation card's "Read the letter"). The buttons
 * that ask an accordion's questions become the questions' text. Stateless.
 */
final class Disclosures {

    /** A panel with more than this share of its text in links is a menu or a list of links, not text. */
    static final double MAX_LINK_DENSITY = 0.5;

    private static final String CONTROLS = "[aria-controls][aria-expanded], [role=tab][aria-controls]";
    private static final String NOT_TEXT = "dialog, [role=dialog], [role=alertdialog], [aria-modal=true], "
            + "[role=menu], [role=menubar], [role=listbox], nav, [role=navigation]";
    private static final String FIELDS = "form, input:not([type=hidden]), select, textarea";
    /** The slides of a carousel (the ARIA carousel pattern): each one a panel its arrows or dots open. */
    private static final String SLIDES = "[aria-roledescription=slide]";
    private static final String MEDIA = "img, picture, video, audio";
    /** What may hide a part of an opened panel. */
    private static final String MAY_HIDE = "[hidden], [" + BrowserHints.HIDDEN + "], [style]";

    /** Marks a panel opened here, for the stages that ask what the reader sees before a click. */
    private static final String OPENED = "data-gleaner-opened";

    private Disclosures() {
    }

    /**
     * Opens, in place, every closed panel below {@code root} that a disclosure control or a tab names, and every
     * hidden slide of a carousel, marks each opened, and turns the buttons that ask the questions into text.
     */
    static void open(Element root) {
        Set<Element> closed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> controls = root.select(CONTROLS);
        Map<String, Element> byId = controls.isEmpty() ? Map.of() : byId(root);
        for (Element control : controls) {
            if (!popsUp(control)) {
                for (String id : control.attr("aria-controls").trim().split("\\s+")) {
                    Element panel = byId.get(id);
                    if (panel != null && isClosed(panel, control) && panel != control
                            && !control.parents().contains(panel)) {
                        closed.add(panel);
                    }
                }
            }
        }
        root.select(SLIDES).stream().filter(Disclosures::isHidden).forEach(closed::add);
        for (Element panel : closed) {
            if (isContent(panel)) {
                openPanel(panel);
            }
        }
        keepQuestions(root);
    }

    /** The elements below {@code root} by their id, the first of each (as {@link Element#getElementById} finds). */
    private static Map<String, Element> byId(Element root) {
        Map<String, Element> byId = new HashMap<>();
        for (Element element : root.select("[id]")) {
            byId.putIfAbsent(element.id(), element);
        }
        return byId;
    }

    /**
     * Turns the buttons that head a disclosed answer into text, so that no stage takes them for a call to act: a
     * heading's button (the accordion pattern, "<h3><button aria-expanded>…</button></h3>") leaves its words to the
     * heading, and a disclosure button that asks a question ("<button aria-expanded>Can I vote if I have just
     * moved?</button><div>Only if…</div>") becomes the paragraph its answer follows. Other buttons are controls.
     */
    private static void keepQuestions(Element root) {
        for (Element button : root.select("button[aria-expanded], button[aria-controls]")) {
            if (button.closest(Headings.SELECTOR) != null) {
                button.unwrap();
            } else if (TextStats.asksAQuestion(button.text())) {
                button.tagName("p").clearAttributes();
            }
        }
    }

    /** Opened here: shown to the reader only after a click. */
    static boolean isOpened(Element element) {
        return element.hasAttr(OPENED);
    }

    /**
     * An opened panel or a part of one, which a style sheet's rule hides only while the panel is closed (the rows of
     * a table under "Show all rows", "tr.is-hidden").
     */
    static boolean opensWithAPanel(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (isOpened(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean popsUp(Element control) {
        String popup = control.attr("aria-haspopup");
        return !popup.isEmpty() && !popup.equalsIgnoreCase("false");
    }

    /** Hidden, or said to be closed by its control. */
    private static boolean isClosed(Element panel, Element control) {
        return isHidden(panel) || control.attr("aria-expanded").equalsIgnoreCase("false")
                || control.attr("aria-selected").equalsIgnoreCase("false");
    }

    /** Hidden by itself: the attribute (but "until-found", which find-in-page opens), an inline style, the clipper. */
    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") && !element.attr("hidden").equalsIgnoreCase("until-found")
                || element.hasAttr(BrowserHints.HIDDEN) || StyleRules.HIDDEN.matcher(element.attr("style")).find();
    }

    /** Text or media, and none of a menu, a dialog, a form or a list of links. */
    private static boolean isContent(Element panel) {
        return panel.closest(NOT_TEXT) == null && panel.selectFirst(FIELDS) == null
                && panel.selectFirst(NOT_TEXT) == null && TextStats.linkDensity(panel) <= MAX_LINK_DENSITY
                && (!panel.text().isBlank() || panel.selectFirst(MEDIA) != null);
    }

    /**
     * Takes away what hides the panel — its attribute, its inline style, the clipper's mark — and so from its hidden
     * parts, which the reader's click shows with it (the rows of a table under "Show all rows"), unless a part is no
     * content (a share menu): that goes.
     */
    private static void openPanel(Element panel) {
        for (Element part : panel.select(MAY_HIDE)) {
            if (part.parent() != null && isHidden(part)) {
                if (isContent(part)) {
                    reveal(part);
                } else {
                    part.remove();
                }
            }
        }
        reveal(panel);
        panel.attr(OPENED, "");
    }

    private static void reveal(Element element) {
        element.removeAttr("hidden").removeAttr(BrowserHints.HIDDEN).removeAttr("aria-hidden").removeAttr("style");
    }
}
