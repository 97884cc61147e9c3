package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.StyleRules;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.PhraseTrie;
import app.gleaner.extract.rules.RuleList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Part of {@link Disclosures}: the rest a button that names no panel shows. A button whose words begin as one that
 * shows what the page holds back ("Continue reading", "Zobrazit celý článek", "Alle Zubereitungsschritte anzeigen":
 * {@code rules/expander-labels.txt}) shows the hidden box right after it, or after the wrapper it stands alone in, and
 * the hidden items of the list right before it. A box that reads as no rest of a text stays as the page has it: a
 * loading note, a translation, other stories' summaries, a copy of the text in view. {@link Disclosures} opens what
 * is hidden and is content. Stateless and thread-safe.
 */
final class Expanders {

    /** A button, or a box playing one, that names no panel. */
    private static final Evaluator EXPANDERS =
            Selector.evaluatorOf("button:not([aria-controls]), [role=button]:not([aria-controls])");
    private static final PhraseTrie EXPANDER_LABELS = new PhraseTrie(RuleList.loadLowerCase("expander-labels.txt"));
    /** Words an expander's label has at most: "Continua a leggere la recensione". */
    static final int MAX_EXPANDER_WORDS = 6;
    /** Characters the box an expander shows holds at least: two paragraphs' worth of prose. */
    static final int MIN_REST_CHARS = 2 * TextStats.PROSE_PARAGRAPH_CHARS;
    /** What declares the language of what it holds. */
    private static final Evaluator LANGUAGES = Selector.evaluatorOf("[lang]");

    private Expanders() {
    }

    /** Adds to {@code panels} (panel → its control) the rest each expander below {@code root} shows. */
    static void addPanels(Element root, Map<Element, Element> panels) {
        Map<String, List<Element>> shownParagraphs = null;
        for (Element control : Find.all(root, EXPANDERS)) {
            if (Disclosures.popsUp(control) || control.attr("aria-expanded").equalsIgnoreCase("true")
                    || !isExpander(control)) {
                continue;
            }
            Element line = standsAlone(control) ? control.parent() : control;
            Element after = line.nextElementSibling();
            shownParagraphs = shownParagraphs != null ? shownParagraphs : shownParagraphs(root);
            if (after != null && isTheRest(after, control, shownParagraphs)) {
                panels.putIfAbsent(after, control);
            }
            Element before = line.previousElementSibling();
            if (before != null && before.is(Disclosures.LISTS)) {
                Find.all(before, Disclosures.ITEMS).forEach(item -> panels.putIfAbsent(item, control));
            }
        }
    }

    /** Whether {@code control}'s few words begin as a button's that shows the rest ({@link #EXPANDER_LABELS}). */
    private static boolean isExpander(Element control) {
        String label = control.text().strip();
        return !label.isEmpty() && TextStats.words(label) <= MAX_EXPANDER_WORDS
                && EXPANDER_LABELS.longestAt(ChromeLabels.lowered(label), 0, false) > 0;
    }

    /**
     * Whether {@code panel}, hidden after an expander, reads as the rest of a text: {@link #MIN_REST_CHARS} characters
     * or more (not "Loading the rest of the article, please wait…"), in the language of the text around its
     * {@code control} (not a translation, whose button may name it in its own), not paragraphs that each end in a
     * link to another story, and no paragraph the reader sees already (a copy of the text for another screen).
     */
    private static boolean isTheRest(Element panel, Element control, Map<String, List<Element>> shownParagraphs) {
        if (panel.text().length() < MIN_REST_CHARS || control.parent() != null
                && !language(panel).equals(language(control.parent()))
                || isListOfLinks(panel)) {
            return false;
        }
        for (Element paragraph : Find.all(panel, Css.PARAGRAPHS)) {
            for (Element same : shownParagraphs.getOrDefault(paragraph.text().strip(), List.of())) {
                if (!Nesting.isWithin(same, panel)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The language {@code element} is in, as its nearest {@code lang} declares it: "" when none does. */
    private static String language(Element element) {
        Element declared = element.closest(LANGUAGES);
        String lang = declared == null ? "" : declared.attr("lang").strip().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : lang.substring(0, dash);
    }

    /** Whether every paragraph of {@code panel} ends in a link: other stories' summaries, each with its link. */
    private static boolean isListOfLinks(Element panel) {
        List<Element> paragraphs = Find.all(panel, Css.PARAGRAPHS);
        return !paragraphs.isEmpty() && paragraphs.stream().allMatch(paragraph -> {
            Element last = paragraph.lastElementChild();
            return last != null && last.nameIs("a") && (last.nextSibling() == null
                    || last.nextSibling() instanceof TextNode text && text.text().strip().length() <= 1);
        });
    }

    /**
     * The paragraphs of prose below {@code root} that no hiding attribute or inline style hides, by their text: what
     * the reader may see already.
     */
    private static Map<String, List<Element>> shownParagraphs(Element root) {
        Map<String, List<Element>> shown = new HashMap<>();
        for (Element paragraph : Find.all(root, Css.PARAGRAPHS)) {
            if (paragraph.text().length() >= TextStats.PROSE_PARAGRAPH_CHARS
                    && Stream.concat(Stream.of(paragraph), paragraph.parents().stream())
                            .noneMatch(StyleRules::hidesItself)) {
                shown.computeIfAbsent(paragraph.text().strip(), text -> new ArrayList<>()).add(paragraph);
            }
        }
        return shown;
    }

    /** Whether {@code control} is the one element of a box that says nothing else: a line of its own. */
    private static boolean standsAlone(Element control) {
        Element parent = control.parent();
        return parent != null && !parent.nameIs("body") && parent.childrenSize() == 1
                && parent.ownText().isBlank();
    }
}
