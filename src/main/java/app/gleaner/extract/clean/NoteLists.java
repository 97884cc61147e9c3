package app.gleaner.extract.clean;

import app.gleaner.extract.page.Find;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Part of {@link Disclosures}: the article's notes that a footnote script hid. Littlefoot, Bigfoot and their like
 * show each note in a popover by its number and hide the list of notes the page was written with, often by a rule of
 * the style sheet ({@code .footnote-print-only {display: none}}); the saved copy has no popovers, so the list is where
 * the notes are read. A note is an element whose id names and numbers it ({@code fn:1}, {@code fn2}, {@code
 * footnote-3}, {@code endnote-4}), that stands outside any sentence and links back to its reference; the list and the
 * box that hold only notes (and a rule or a heading) are its panels too, since either may be what the page hid.
 * {@link Disclosures} opens what of them is hidden and is content. Stateless and thread-safe.
 */
final class NoteLists {

    /** An id that names a note and numbers it. */
    private static final Pattern NOTE_ID = Pattern.compile("(?i)(?:fn|footnote|endnote|note)[-:_]?\\d+");
    private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");
    /** What a note never stands in: a sentence. */
    private static final Set<String> INLINE = Set.of("p", "sup", "span", "a");
    /** Where a note's link back leads: its reference's id. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)ref|anchor|link");
    /** A link back into the text, from a note to its reference. */
    private static final Evaluator BACK_LINK = Selector.evaluatorOf("a[href^=#]");
    /** What a box of notes holds besides them: a rule, a heading. */
    private static final Evaluator BESIDE_NOTES = Selector.evaluatorOf("hr, h2, h3, h4, h5, h6");
    /** Boxes climbed from a note: its list, the box around the list. */
    static final int MAX_BOXES = 2;

    private NoteLists() {
    }

    /** Adds to {@code panels} (panel → its control: itself) each note below {@code root}, and its boxes of notes. */
    static void addPanels(Element root, Map<Element, Element> panels) {
        for (Element note : Find.all(root, WITH_ID)) {
            if (!isNote(note)) {
                continue;
            }
            panels.putIfAbsent(note, note);
            Element box = note.parent();
            for (int climbed = 0; climbed < MAX_BOXES && box != null && box != root && holdsOnlyNotes(box);
                    climbed++, box = box.parent()) {
                panels.putIfAbsent(box, box);
            }
        }
    }

    /** Whether {@code element} is a note, or a list or a box of notes (and a rule or a heading beside them). */
    static boolean isNoteBox(Element element) {
        return isNote(element) || holdsOnlyNotes(element);
    }

    /**
     * A block whose id names and numbers a note, outside the sentence (a tooltip's copy of a note inside its
     * {@code <sup>} or paragraph is no list), with a link back to its reference ("#fnref:1", "#footnote-anchor-1",
     * "#…-link"), not to the page's top.
     */
    private static boolean isNote(Element element) {
        if (!NOTE_ID.matcher(element.id()).matches() || INLINE.contains(element.normalName())
                || element.parents().stream().anyMatch(up -> INLINE.contains(up.normalName()))) {
            return false;
        }
        for (Element link : Find.all(element, BACK_LINK)) {
            if (REFERENCE.matcher(link.attr("href")).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code box} holds notes, or lists of them, and nothing else but a rule or a heading. */
    private static boolean holdsOnlyNotes(Element box) {
        boolean notes = false;
        for (Element child : box.children()) {
            boolean held = isNote(child) || child.is(Disclosures.LISTS) && holdsOnlyNotes(child);
            if (!held && !child.is(BESIDE_NOTES)) {
                return false;
            }
            notes |= held;
        }
        return notes;
    }
}
