package app.gleaner.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first stage after parsing: opens what a reader opens in place. The panel of a disclosure button (an FAQ's
 * answer, a quiz's "Show answer", a story's "Continue reading", a transcript), of a tab (a recipe's Method beside its
 * Ingredients) and a carousel's other slides are hidden until clicked, yet they are the article's: the saved copy
 * holds them open, whether the page hid them with the {@code hidden} attribute, an inline style, a rule of its style
 * sheet, a framework's hiding class ({@code rules/hiding-classes.txt}), or the clipper saw them hidden. The page and
 * the reader's selection both pass here, so the clipper's copy and an imported page keep the same panels.
 *
 * <p>A panel opens when it is hidden and a control names it ({@code aria-controls} with {@code aria-expanded}, or
 * a tab), or when it is a hidden slide of a carousel ({@code aria-roledescription=slide}), and nothing says it is
 * something else: a control that pops something up ({@code aria-haspopup}: a menu, a dialog) or a panel that is a
 * dialog, a menu, a navigation or a tooltip, holds a form or a field (a log-in dropdown, a newsletter box, consent
 * choices), or is mostly links (a navigation drawer, a share menu) stays as the page has it. Only the panel opens,
 * and the hidden rows or items of a table or list in it whose control says it is collapsed ("Show all 14 rows"):
 * what else hides inside (a unit's other measure, a variant of a headline, an error message) stays hidden. Popovers
 * float over the text rather than open in its flow, so they stay hidden; a closed {@code <details>} is never hidden
 * here in the first place.
 *
 * <p>An opened panel is marked ({@link #isOpened}) and judged by the later stages as if the reader had clicked, but
 * the boxes around it are judged as the reader sees them before the click: the nag stage sets the panels aside
 * while it judges the boxes, then judges each panel on its own ({@link #setAside}), and a box the page names as
 * chrome is not kept for prose that only a click shows in it (a donation card's "Read the letter"). Only what hid
 * the panel spares it: its hiding class and the style sheet's rule. The buttons that ask an accordion's questions
 * become the questions' text. Immutable and thread-safe once built.
 */
final class Disclosures {

    /** A panel with more than this share of its text in links is a menu or a list of links, not text. */
    static final double MAX_LINK_DENSITY = 0.5;

    private static final String CONTROLS = "[aria-controls][aria-expanded], [role=tab][aria-controls]";
    private static final String NOT_TEXT = "dialog, [role=dialog], [role=alertdialog], [aria-modal=true], "
            + "[role=menu], [role=menubar], [role=listbox], [role=tooltip], nav, [role=navigation]";
    private static final String FIELDS = "form, input:not([type=hidden]), select, textarea";
    /** The slides of a carousel (the ARIA carousel pattern): each one a panel its arrows or dots open. */
    private static final String SLIDES = "[aria-roledescription=slide]";
    private static final String MEDIA = "img, picture, video, audio";
    /** The rows and items of a table or list in view whose control says it is collapsed ("Show all rows"). */
    private static final String ITEMS = "tr, li";
    /** Marks a panel opened here, for the stages that ask what the reader sees before a click. */
    private static final String OPENED = "data-gleaner-opened";
    private static final String OPENED_PANELS = "[" + OPENED + "]";

    private final SelectorGroup hidingClasses;

    /** Rules from the bundled data files. */
    Disclosures() {
        this(RuleList.load("hiding-classes.txt"));
    }

    Disclosures(List<String> hidingClasses) {
        this.hidingClasses = SelectorGroup.of(hidingClasses);
    }

    /**
     * Opens, in place, every hidden panel of {@code page} that a disclosure control or a tab names, and every hidden
     * slide of a carousel, marks each opened, and turns the buttons that ask the questions into text.
     */
    void open(Document page) {
        Element root = page.body();
        List<Element> panels = new ArrayList<>();
        List<Element> controls = root.select(CONTROLS);
        Map<String, Element> byId = controls.isEmpty() ? Map.of() : byId(root);
        for (Element control : controls) {
            if (!popsUp(control)) {
                for (String id : control.attr("aria-controls").trim().split("\\s+")) {
                    Element panel = byId.get(id);
                    if (panel != null && panel != control && !control.parents().contains(panel)) {
                        panels.add(panel);
                        if (control.attr("aria-expanded").equalsIgnoreCase("false")) {
                            panels.addAll(panel.select(ITEMS)); // "Show all 14 rows": the hidden rows open
                        }
                    }
                }
            }
        }
        panels.addAll(root.select(SLIDES));
        if (!panels.isEmpty()) {
            SelectorGroup styleSheet = SelectorGroup.of(new StyleRules(page).hiddenSelectors());
            for (Element panel : panels) {
                if (!isOpened(panel) && isHidden(panel, styleSheet) && isContent(panel)) {
                    panel.removeAttr("hidden").removeAttr(BrowserHints.HIDDEN).removeAttr("aria-hidden")
                            .removeAttr("style").attr(OPENED, "");
                }
            }
        }
        keepQuestions(root);
    }

    /** Opened here: shown to the reader only after a click. */
    static boolean isOpened(Element element) {
        return element.hasAttr(OPENED);
    }

    /**
     * Takes the outermost opened panels below {@code root} out of the page, leaving an empty {@code <template>} in
     * the place of each, so that a stage judges the boxes around them as the reader sees them before a click.
     */
    static Aside setAside(Element root) {
        List<Element> panels = root.select(OPENED_PANELS).stream()
                .filter(panel -> panel.parents().stream().noneMatch(Disclosures::isOpened)).toList();
        List<Element> places = new ArrayList<>(panels.size());
        for (Element panel : panels) {
            Element place = new Element("template");
            panel.replaceWith(place);
            places.add(place);
        }
        return new Aside(panels, places);
    }

    /** Panels set aside and the places they were taken from. */
    static final class Aside {
        private final List<Element> panels;
        private final List<Element> places;

        private Aside(List<Element> panels, List<Element> places) {
            this.panels = panels;
            this.places = places;
        }

        /**
         * Puts each panel back where its place still is in the page and returns those panels, to be judged on their
         * own; a panel whose place went with its box goes too, recorded in {@code log}.
         */
        List<Element> putBack(RemovalLog log) {
            List<Element> back = new ArrayList<>(panels.size());
            for (int i = 0; i < panels.size(); i++) {
                Element place = places.get(i);
                if (place.ownerDocument() != null) {
                    place.replaceWith(panels.get(i));
                    back.add(panels.get(i));
                } else {
                    log.record(panels.get(i).text());
                }
            }
            return back;
        }
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

    private static boolean popsUp(Element control) {
        String popup = control.attr("aria-haspopup");
        return !popup.isEmpty() && !popup.equalsIgnoreCase("false");
    }

    /**
     * Hidden by the attribute (but "until-found", which find-in-page opens), an inline style, the clipper's mark, a
     * framework's hiding class or the page's style sheet.
     */
    private boolean isHidden(Element panel, SelectorGroup styleSheet) {
        return panel.hasAttr("hidden") && !panel.attr("hidden").equalsIgnoreCase("until-found")
                || panel.hasAttr(BrowserHints.HIDDEN) || StyleRules.HIDDEN.matcher(panel.attr("style")).find()
                || hidingClasses.matches(panel) || styleSheet.matches(panel);
    }

    /** Text or media, and none of a menu, a dialog, a form or a list of links. */
    private static boolean isContent(Element panel) {
        return panel.closest(NOT_TEXT) == null && panel.selectFirst(FIELDS) == null
                && panel.selectFirst(NOT_TEXT) == null && TextStats.linkDensity(panel) <= MAX_LINK_DENSITY
                && (!panel.text().isBlank() || panel.selectFirst(MEDIA) != null);
    }
}
