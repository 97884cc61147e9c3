package app.gleaner.extract.clean;

import app.gleaner.extract.page.BrowserHints;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.LazyImages;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.StyleRules;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import app.gleaner.extract.rules.SelectorGroup;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The first stage after parsing: opens what a reader opens in place. The panel of a disclosure button (an FAQ's
 * answer, a quiz's "Show answer", a story's "Continue reading", a transcript), of a tab (a recipe's Method beside its
 * Ingredients) and a carousel's other slides are hidden until clicked, yet they are the article's: the saved copy
 * holds them open, whether the page hid them with the {@code hidden} attribute, an inline style, a rule of its style
 * sheet, a framework's hiding class ({@code rules/hiding-classes.txt}), or the clipper saw them hidden, so the
 * clipper's copy and an imported page keep the same panels. The reader's selection is what the reader saw: it opens
 * nothing.
 *
 * <p>A panel opens when it is hidden and a control names it ({@code aria-controls} with {@code aria-expanded}, or
 * a tab) or it follows a closed disclosure button that names none, or it is the rest a button that names none shows
 * ("Continue reading", "Alle Zubereitungsschritte anzeigen": the box after it, the steps of the list before it; not
 * a copy of the text in view, a loading note, a translation or other stories' summaries: {@link Expanders}), or when
 * it is a hidden slide of a carousel ({@code aria-roledescription=slide}, a library's, or one of a row of pictures of
 * which one shows), or the article's list of notes that a footnote script hid ({@link NoteLists}), and nothing
 * says it is something else: a control that pops something up ({@code aria-haspopup}: a menu, a dialog) or a panel
 * that is a dialog, a menu, a navigation or a tooltip, holds a form or a field (a log-in dropdown, a newsletter box,
 * consent choices), or is mostly links (a navigation drawer, a share menu) stays as the page has it; so does one
 * whose box names a nag phrase outside its controls and panels, where the reader sees it before the click (a
 * newsletter box's "What's in it", a donation card's "Read the letter"): it goes with its box. Only the panel opens,
 * and the hidden rows or items of a table or list whose control says it is collapsed ("Show all 14 rows") when they
 * are like the rows in view: what else hides inside (a unit's other measure, a variant of a headline, a "No results"
 * row) stays hidden. Popovers float over the text rather than open in its flow, so they stay hidden; a closed
 * {@code <details>} is never hidden here in the first place.
 *
 * <p>An opened panel is marked ({@link #isOpened}) and judged by the later stages where it stands, as if the reader
 * had clicked: a pitch among the paragraphs behind "Continue reading" goes. Only what hid the panel spares it (its
 * hiding class, the style sheet's rule), and a box the page names as chrome is not kept for the prose of the one
 * panel a click opens in it. The buttons that ask an accordion's questions become the questions' text, and a tab's
 * words head its panel. Immutable and thread-safe once built.
 */
public final class Disclosures {

    /** A panel with more than this share of its text in links is a menu or a list of links, not text. */
    static final double MAX_LINK_DENSITY = 0.5;

    private static final Evaluator CONTROLS =
            Selector.evaluatorOf("[aria-controls][aria-expanded], [role=tab][aria-controls]");
    /**
     * A closed disclosure button that names no panel: when it asks a question (an FAQ's), its answer is what follows
     * it, or what follows the heading it is set in. Other such buttons ("Show 3 responses", "Auf Deutsch lesen")
     * open what the reader did not ask to keep.
     */
    private static final Evaluator UNNAMED_CONTROLS =
            Selector.evaluatorOf("[aria-expanded=false]:not([aria-controls])");
    /**
     * Paragraphs of prose ({@link TextStats#PROSE_PARAGRAPH_CHARS}) outside the panels that make the box around a
     * control and its panel the article's text, where only the control's own line may pitch ({@link #pitchesAround}).
     */
    static final int MIN_PROSE_BESIDE = 2;
    private static final Evaluator NOT_TEXT =
            Selector.evaluatorOf("dialog, [role=dialog], [role=alertdialog], [aria-modal=true], "
                + "[role=menu], [role=menubar], [role=listbox], [role=tooltip], nav, [role=navigation]");
    /** What a log-in dropdown, a newsletter box or consent choices ask with. */
    private static final Evaluator FIELDS = Selector.evaluatorOf("form, input:not([type=hidden]), textarea");
    /** A picker: a settings panel's, or a transcript's language; only the latter holds prose beside it. */
    private static final Evaluator PICKERS = Selector.evaluatorOf("select");
    /**
     * Characters (a Han character or a kana counting as the Latin letters it stands for) a panel with a picker holds
     * beside it to be text: a transcript's, not a settings panel's line and labels.
     */
    static final int MIN_TEXT_BESIDE_PICKER = 200;
    /** Boxes of their own inside the box around a control and its panel: a newsletter box, a form, a footer. */
    private static final Evaluator OWN_BOXES = Selector.evaluatorOf("section, aside, form, footer, nav");
    /**
     * The slides of a carousel (the ARIA carousel pattern), each one a panel its arrows or dots open; the libraries'
     * own are {@code rules/carousel-slides.txt}.
     */
    private static final String SLIDES = "[aria-roledescription=slide]";
    private static final Evaluator MEDIA = Selector.evaluatorOf("img, picture, video, audio");
    /**
     * Slides, at least, of a gallery that names none of its own: boxes of one tag, side by side, each with its own
     * picture, of which one shows. Two are a picture and its other crop for another screen.
     */
    static final int MIN_UNNAMED_SLIDES = 3;
    /** Levels between a slide's picture and the slide. */
    private static final int MAX_SLIDE_DEPTH = 3;
    /** A disclosure button, a {@code <button>} or a box playing one ({@code role=button}: Elementor's accordion). */
    private static final Evaluator QUESTION_BUTTONS = Selector.evaluatorOf("button[aria-expanded], "
            + "button[aria-controls], [role=button][aria-expanded], [role=button][aria-controls]");
    private static final Evaluator ANCHORS_WITHOUT_ADDRESS = Selector.evaluatorOf("a:not([href])");
    /** A tab, whose words head its panel ({@link #labelTabs}). */
    private static final Evaluator TABS = Selector.evaluatorOf("[role=tab]");
    private static final String TAB_HEADING = "h3";
    /** Longer words on a tab are no label. */
    static final int MAX_TAB_LABEL_CHARS = 80;
    /** A table or list in view whose control says it is collapsed ("Show all rows"), and its own rows or items. */
    static final Evaluator LISTS = Selector.evaluatorOf("table, tbody, ul, ol");
    static final Evaluator ITEMS = Selector.evaluatorOf("> tr, > tbody > tr, > li");
    /** Marks a panel opened here, for the stages that ask what the reader sees before a click. */
    private static final String OPENED = "data-gleaner-opened";
    static final String OPENED_PANELS = "[" + OPENED + "]";

    private final SelectorGroup hidingClasses;
    private final SelectorGroup slides;
    private final NagPhrases nagPhrases;

    /** Rules from the bundled data files, with nag phrases shared with other stages. */
    public Disclosures(NagPhrases nagPhrases) {
        this(RuleList.load("hiding-classes.txt"), RuleList.load("carousel-slides.txt"), nagPhrases);
    }

    Disclosures(List<String> hidingClasses, List<String> carouselSlides, NagPhrases nagPhrases) {
        this.hidingClasses = SelectorGroup.of(ChromeRemover.hidingSelectors(hidingClasses));
        this.slides = SelectorGroup.of(Stream.concat(Stream.of(SLIDES), carouselSlides.stream()).toList());
        this.nagPhrases = nagPhrases;
    }

    /**
     * Opens, in place, every hidden panel of {@code page} that a disclosure control or a tab names, and every hidden
     * slide of a carousel, marks each opened, and turns the buttons that ask the questions into text. {@code styles}
     * are the page's style sheet's rules.
     */
    public void open(Document page, StyleRules styles) {
        Element root = page.body();
        Map<Element, Element> panels = new LinkedHashMap<>(); // panel → its control; a slide has none
        List<Element> controls = Find.all(root, CONTROLS);
        Map<String, Element> byId = controls.isEmpty() ? Map.of() : byId(root);
        for (Element control : controls) {
            if (!popsUp(control)) {
                for (String id : control.attr("aria-controls").trim().split("\\s+")) {
                    Element panel = byId.get(id);
                    if (panel != null && !Nesting.isWithin(control, panel)) {
                        panels.putIfAbsent(panel, control);
                        if (control.attr("aria-expanded").equalsIgnoreCase("false") && panel.is(LISTS)) {
                            for (Element item : Find.all(panel, ITEMS)) {
                                panels.putIfAbsent(item, control); // "Show all 14 rows": the hidden rows open
                            }
                        }
                    }
                }
            }
        }
        for (Element control : Find.all(root, UNNAMED_CONTROLS)) {
            Element before = control.nextElementSibling() == null && control.parent() != null
                    && control.parent().is(Headings.ANY) ? control.parent() : control;
            Element panel = before.nextElementSibling();
            if (panel != null && !popsUp(control) && Questions.asks(control.text())) {
                panels.putIfAbsent(panel, control);
            }
        }
        Expanders.addPanels(root, panels);
        NoteLists.addPanels(root, panels);
        slides.select(root).forEach(slide -> panels.putIfAbsent(slide, slide));
        List<Element> galleries = galleries(root);
        if (!panels.isEmpty() || !galleries.isEmpty()) {
            SelectorGroup styleSheet = SelectorGroup.of(styles.hiddenSelectors());
            for (Element gallery : galleries) {
                if (!gallery.children().stream().allMatch(slide -> isHidden(slide, styleSheet))) {
                    gallery.children().forEach(slide -> panels.putIfAbsent(slide, slide));
                }
            }
            panels.forEach((panel, control) -> {
                if (isHidden(panel, styleSheet) && isContent(panel) && (!isItem(panel) || isLikeItsSiblings(panel))
                        && !pitchesAround(panel, control, panels.keySet())) {
                    panel.removeAttr("hidden").removeAttr(BrowserHints.HIDDEN).removeAttr("aria-hidden")
                            .removeAttr("style").attr(OPENED, "");
                }
            });
            labelTabs(panels, styleSheet);
        }
        keepQuestions(root);
    }

    /**
     * Heads each panel of a tab set one of whose panels opened with its tab's words, when it does not open with a
     * heading already: the tabs are buttons, which go, and two tables of tide times or a recipe's two lists mean little
     * without "This week" and "Next week", "Ingredients" and "Method". The panel in view is headed too, so the set
     * reads alike.
     */
    private void labelTabs(Map<Element, Element> panels, SelectorGroup styleSheet) {
        Set<Element> openedSets = Collections.newSetFromMap(new IdentityHashMap<>());
        panels.forEach((panel, control) -> {
            if (isOpened(panel) && control.is(TABS)) {
                openedSets.add(control.parent());
            }
        });
        panels.forEach((panel, control) -> {
            String label = control.text().strip();
            boolean shown = isOpened(panel) || !isHidden(panel, styleSheet);
            if (shown && control.is(TABS) && openedSets.contains(control.parent()) && !label.isEmpty()
                    && label.length() <= MAX_TAB_LABEL_CHARS && !opensWithHeading(panel)) {
                panel.prependChild(new Element(TAB_HEADING).text(label));
            }
        });
    }

    private static boolean opensWithHeading(Element panel) {
        Element first = panel.firstElementChild();
        return first != null && first.is(Headings.ANY);
    }

    /**
     * The galleries below {@code root} that name neither their slides nor their role: a row of at least
     * {@link #MIN_UNNAMED_SLIDES} boxes of one tag and nothing else, each holding one picture and at most its caption,
     * each another picture with another alt text or caption.
     */
    private static List<Element> galleries(Element root) {
        Set<Element> galleries = new LinkedHashSet<>();
        Map<Element, Boolean> judged = new IdentityHashMap<>(); // a row of many pictures is read once, not per picture
        for (Element img : Find.all(root, Css.IMAGES)) {
            Element slide = img.parent();
            for (int up = 0; slide != null && slide.parent() != null && up < MAX_SLIDE_DEPTH; up++) {
                String tag = slide.normalName();
                if (judged.computeIfAbsent(slide.parent(), row -> isGallery(row, tag))) {
                    galleries.add(slide.parent());
                    break;
                }
                slide = slide.parent();
            }
        }
        return List.copyOf(galleries);
    }

    private static boolean isGallery(Element row, String tag) {
        if (row.childrenSize() < MIN_UNNAMED_SLIDES) {
            return false;
        }
        Set<String> pictures = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (Element slide : row.children()) {
            List<Element> images = Find.all(slide, Css.IMAGES);
            if (!slide.nameIs(tag) || images.size() != 1 || !pictures.add(address(images.get(0)))) {
                return false;
            }
            // a slide shows a picture and its caption, no quotation or price (a testimonial's, a shop's card), and
            // says something of its own: a crop for another screen repeats its picture's alt text and caption
            if (!Boxes.saysOnlyItsCaptions(slide)
                    || !descriptions.add(images.get(0).attr("alt").strip() + "\n" + Boxes.captions(slide))) {
                return false;
            }
        }
        return true;
    }

    /** The address an image loads once it is in view: its lazy loader's ({@link LazyImages}), or its own. */
    private static String address(Element img) {
        for (String attribute : LazyImages.LAZY_SRC_ATTRIBUTES) {
            if (!img.attr(attribute).isBlank()) {
                return img.attr(attribute).strip();
            }
        }
        return img.attr("src").strip();
    }

    /** Opened here: shown to the reader only after a click. */
    static boolean isOpened(Element element) {
        return element.hasAttr(OPENED);
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
        for (Element button : Find.all(root, QUESTION_BUTTONS)) {
            if (button.is(Headings.ANY)) {
                continue; // a heading playing the button (AMP's accordion) heads its answer already
            }
            if (button.closest(Headings.ANY) != null) {
                button.unwrap();
            } else if (Questions.asks(button.text())) {
                button.tagName("p").clearAttributes();
                Find.all(button, ANCHORS_WITHOUT_ADDRESS).unwrap(); // a box playing a button words it in one
            }
        }
    }

    private static boolean isItem(Element panel) {
        return panel.nameIs("tr") || panel.nameIs("li");
    }

    /**
     * A hidden row or item like one in view beside it: as many cells, or the same class. Not a "No results" row
     * spanning the table, nor a list's "Loading…" item.
     */
    private static boolean isLikeItsSiblings(Element item) {
        for (Element sibling : item.siblingElements()) {
            if (sibling.nameIs(item.normalName()) && !sibling.hasAttr("hidden") && (item.nameIs("tr")
                    ? sibling.childrenSize() == item.childrenSize()
                    : BoxRows.firstClass(sibling).equals(BoxRows.firstClass(item)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the box that holds the control and its panel names a nag phrase outside the controls and the panels,
     * where the reader sees it before the click: a newsletter box's "What's in it", a donation card's "Read the
     * letter". Such a panel stays closed and goes with its box, which the later stages judge as the reader sees it.
     * The rest of a story behind "Continue reading", an FAQ's answer under its question, a tab beside its tabs say
     * nothing outside the controls; a pitch inside the tab in view is that tab's, and a box of its own that holds
     * neither control nor panel (an article's newsletter box after its tabs) is judged on its own. Where the box is
     * the article under its headline, only the line that holds the control is read.
     */
    private boolean pitchesAround(Element panel, Element control, Set<Element> panels) {
        if (control == panel) {
            return false; // a slide: its carousel's arrows say nothing
        }
        Predicate<Element> panelOrControl = inner -> inner == control || panels.contains(inner) || inner.is(CONTROLS)
                || inner.hasAttr("aria-controls");
        Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());
        above.addAll(control.parents());
        Element box = panel.parent();
        while (box != null && !above.contains(box)) {
            box = box.parent();
        }
        if (box == null || box.nameIs("body")) {
            return false;
        }
        if (Find.first(box, Css.H1) != null || holdsProse(box, panels)) {
            // the article under its headline, or its text: it may name a newsletter; only the control's line pitches
            // ("Subscribe · Gift this article"), and "Continue reading" set in the text itself pitches nothing
            Element line = control.parent();
            return line != null && line != box && nagPhrases.names(TextStats.textOutside(line, panelOrControl));
        }
        // what the reader sees before the click: the box outside the panels and the disclosure controls (a tab set's
        // panel in view is the text itself, and a pitch set in it goes on its own), and outside the boxes of their own
        // that hold neither (an article's newsletter box after its tabs)
        return nagPhrases.names(TextStats.textOutside(box, panelOrControl.or(
                inner -> inner.is(OWN_BOXES) && !Nesting.isWithin(control, inner))));
    }

    /** Whether {@code box} holds {@link #MIN_PROSE_BESIDE} paragraphs of prose outside the {@code panels}. */
    private static boolean holdsProse(Element box, Set<Element> panels) {
        int prose = 0;
        for (Element paragraph : Find.all(box, Css.PARAGRAPHS)) {
            if (paragraph.text().length() >= TextStats.PROSE_PARAGRAPH_CHARS
                    && paragraph.parents().stream().noneMatch(panels::contains) && ++prose >= MIN_PROSE_BESIDE) {
                return true;
            }
        }
        return false;
    }

    static boolean popsUp(Element control) {
        String popup = control.attr("aria-haspopup");
        return !popup.isEmpty() && !popup.equalsIgnoreCase("false");
    }

    /**
     * Hidden by the attribute (but "until-found", which find-in-page opens), an inline style, the clipper's mark, a
     * framework's hiding class or the page's style sheet.
     */
    private boolean isHidden(Element panel, SelectorGroup styleSheet) {
        return StyleRules.hidesItself(panel) || hidingClasses.matches(panel) || styleSheet.matches(panel);
    }

    /** Text or media, and none of a menu, a dialog, a form, settings or a list of links. */
    private static boolean isContent(Element panel) {
        return panel.closest(NOT_TEXT) == null && Find.first(panel, FIELDS) == null
                && (Find.first(panel, PICKERS) == null || TextStats.latinLength(TextStats.textOutside(panel,
                        inner -> inner.is(PICKERS))) >= MIN_TEXT_BESIDE_PICKER)
                && Find.first(panel, NOT_TEXT) == null && TextStats.linkDensity(panel) <= MAX_LINK_DENSITY
                && (!panel.text().isBlank() || Find.first(panel, MEDIA) != null);
    }
}
