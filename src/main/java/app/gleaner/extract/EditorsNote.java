package app.gleaner.extract;

import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Recognizes the editors' note about a story by the label it opens with ({@code rules/editors-note-labels.txt}):
 * "Correction: …", "Update, May 14: …", "Korrektur: …", "訂正：…". Such a note names what the story got wrong, in
 * the publisher's voice and often with a nag's words ("misstated the price of a digital subscription"), and links to
 * the corrections page; the pitch and promo rules leave it to the story. Immutable and thread-safe.
 */
final class EditorsNote {

    /**
     * Characters that may follow a label at once: a colon (also full width), a comma, a bracket (opening a date,
     * closing the label's own: "【訂正】"), a dash.
     */
    private static final String AFTER_LABEL = ":：,(—–-】]";
    /** Brackets a label may stand in ("【訂正】", "[Update]"). */
    private static final String BEFORE_LABEL = "【[";
    /** How far past a label a colon may close a date or a time ("Update 3 p.m.:", "Update, May 14, 2026:"). */
    private static final int MAX_DATE_CHARS = 24;
    /** Longest first, so "editor's note" is tried before "note". */
    private static final List<String> LABELS = RuleList.load("editors-note-labels.txt").stream()
            .map(NagPhrases::normalize).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private EditorsNote() {
    }

    /** True when {@code text} opens with an editors' note label and the punctuation that sets a label off. */
    static boolean opens(String text) {
        String normalized = NagPhrases.normalize(text).strip();
        if (!normalized.isEmpty() && BEFORE_LABEL.indexOf(normalized.charAt(0)) >= 0) {
            normalized = normalized.substring(1);
        }
        for (String label : LABELS) {
            if (normalized.startsWith(label) && setsOff(normalized, label.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code box} is an editors' note: its text opens with a label ({@link #opens}), or its heading is one
     * ("<h3>Noot van de redactie</h3><p>In een eerdere versie…").
     */
    static boolean marks(Element box) {
        if (opens(box.text())) {
            return true;
        }
        Element heading = box.selectFirst(Headings.SELECTOR);
        return heading != null && LABELS.contains(NagPhrases.normalize(heading.text()).strip());
    }

    /**
     * Whether the label ending at {@code end} is set off: punctuation follows it, or a date or a time and then a
     * colon ("update, may 14:" and "update 3 p.m.:" as normalized), not another word of a sentence ("note that…").
     */
    private static boolean setsOff(String text, int end) {
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at == text.length() || at == end && Character.isLetterOrDigit(text.charAt(at))) {
            return false; // the label is all there is, or only the start of a longer word ("notes", "updates")
        }
        if (AFTER_LABEL.indexOf(text.charAt(at)) >= 0) {
            return true;
        }
        int colon = text.indexOf(':', at);
        return colon > 0 && colon - at <= MAX_DATE_CHARS
                && text.substring(at, colon).chars().anyMatch(Character::isDigit);
    }
}
