package app.gleaner.extract.clean;

import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Recognizes the editors' note about a story by the label it opens with ({@code rules/editors-note-labels.txt}):
 * "Correction: …", "Update, May 14: …", "Korrektur: …", "訂正：…". Such a note names what the story got wrong, in
 * the publisher's voice and often with a nag's words ("misstated the price of a digital subscription"), and links to
 * the corrections page; the pitch and promo rules leave it to the story. Immutable and thread-safe.
 */
final class EditorsNote {

    /**
     * Characters that may follow a label at once: a colon (also full width), a comma, a bracket (opening a date, also
     * full width, or closing the label's own: "【訂正】"), a dash.
     */
    private static final String AFTER_LABEL = ":：,(（—–-】]";
    /** Brackets a label may stand in ("【訂正】", "[Update]"). */
    private static final String BEFORE_LABEL = "【[";
    /** How far past a label a colon may close a date or a time ("Update 3 p.m.:", "Update, May 14, 2026:"). */
    private static final int MAX_DATE_CHARS = 24;
    /** A time or a date in numbers: "16:40", "15.20", "3 p.m.", "12/5", "2025-05-03", "5月3日". */
    private static final Pattern DATE_IN_NUMBERS = Pattern.compile(
            "\\d{1,2}[:.]\\d{2}|\\d\\s*[ap]\\.?m\\b|\\d{1,4}[/-]\\d{1,2}|\\d{1,2}月\\d{1,2}日");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Names of months and weekdays, lower case ({@code rules/date-words.txt} without its joining words). */
    private static final Set<String> DATE_NAMES = Set.copyOf(RuleList.unmarked(
            RuleList.loadLowerCase("date-words.txt"), LabelLines.DATE_JOINER_MARK));
    /** Marks a label in the rule file that keeps a box wherever it stands only with a date ("Update, 14 July:"). */
    static final String DATED_MARK = "~";
    /** Words a box must say for its label to keep it wherever it stands: a label over a list of links says nothing. */
    static final int MIN_BOX_WORDS = 6;
    private static final List<String> RULES = RuleList.load("editors-note-labels.txt");
    /** The labels that keep a box wherever it stands without a date: corrections, editors' notes. */
    private static final Set<String> STANDING_LABELS = RuleList.unmarked(RULES, DATED_MARK).stream()
            .map(NagPhrases::normalize).collect(Collectors.toSet());
    /** Every label, longest first, so "editor's note" is tried before "note". */
    private static final List<String> LABELS = Stream.concat(STANDING_LABELS.stream(),
                    RuleList.marked(RULES, DATED_MARK).stream().map(NagPhrases::normalize))
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private EditorsNote() {
    }

    /** True when {@code text} opens with an editors' note label and the punctuation that sets a label off. */
    static boolean opens(String text) {
        return labelOpening(text) != null;
    }

    /** The label {@code text} opens with, set off, normalized; null when it opens with none. */
    private static String labelOpening(String text) {
        String normalized = bare(text);
        for (String label : LABELS) {
            if (normalized.startsWith(label) && setsOff(normalized, label.length())) {
                return label;
            }
        }
        return null;
    }

    private static String bare(String text) {
        String normalized = NagPhrases.normalize(text).strip();
        return !normalized.isEmpty() && BEFORE_LABEL.indexOf(normalized.charAt(0)) >= 0 ? normalized.substring(1)
                : normalized;
    }

    /**
     * True when {@code box} is an editors' note that is the story's wherever the box stands: its text opens with a
     * correction's or an editors' label ("Rettifica:", "【訂正】"), or an update's with a date ("Update, 14 July,
     * 16:40:"), or its heading is such a label ("<h3>Noot van de redactie</h3><p>In een eerdere versie…"), or its
     * heading is an update's label and the text after it opens with a correction's or an editors' label
     * ("<h4>Updated</h4><p>Editor's note, 19 March: …"; not a widget's "<h4>Markets</h4><p>Updated 09:30: …" nor a
     * contact box's "<h4>Contact us</h4><p>Corrections: write to …"); and it says {@link #MIN_BOX_WORDS} words or more,
     * mostly not links, with no control to press. "Update: Get breaking news on your phone" and "Note: our site will
     * be down on Sunday" are an app's and a site's notices.
     */
    static boolean keepsItsBox(Element box) {
        String text = box.text();
        if (box.selectFirst("button, input, select, textarea, form") != null
                || TextStats.wordsCjkHalved(text) < MIN_BOX_WORDS
                || TextStats.linkDensity(box) >= Asides.MAX_LINK_DENSITY) {
            return false;
        }
        String label = labelOpening(text);
        Element heading = Find.first(box, Headings.ANY);
        if (label == null && heading != null) {
            String title = NagPhrases.normalize(heading.text()).strip();
            if (STANDING_LABELS.contains(title)) {
                return true;
            }
            // "<h4>Updated</h4><p>Editor's note: …": a heading that is a label itself, then a standing label
            String after = text.startsWith(heading.text()) && LABELS.contains(title)
                    ? labelOpening(text.substring(heading.text().length())) : null;
            return after != null && STANDING_LABELS.contains(after);
        }
        return label != null && (STANDING_LABELS.contains(label) || datedAfter(bare(text), label.length()));
    }

    /**
     * Whether a date or a time stands between the label ending at {@code end} and the colon that closes it: a month's
     * or a weekday's name, a time ("16:40", "15.20", "3 p.m.") or a date in numbers ("12/5"), not a version ("Update
     * 2.0:").
     */
    private static boolean datedAfter(String text, int end) {
        int colon = closingColon(text, end, Math.min(text.length(), end + MAX_DATE_CHARS + 1));
        if (colon < 0) {
            return false;
        }
        String between = text.substring(end, colon);
        return DATE_IN_NUMBERS.matcher(between).find() || WORD.matcher(between).results()
                .anyMatch(word -> DATE_NAMES.contains(word.group()));
    }

    /**
     * Where the colon (also full width) that closes a label and its date stands between {@code from} and {@code to}:
     * the first not followed by a digit, so not one inside a time ("Update, 14 July, 16:40:"); -1 when there is none.
     */
    static int closingColon(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == ':' || c == '：') && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
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
