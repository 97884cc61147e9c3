package app.gleaner.extract.clean;

import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.List;
import java.util.Locale;

/**
 * What a script shows until the chart, map or player it stands for has loaded ("Loading interactive map…",
 * "Interaktive Karte wird geladen …", "图表加载中…"): a saved copy never loads it, and shows the picture the page set
 * beside it or nothing. A note is a few words ({@link #MAX_WORDS}) ending in an ellipsis that open or close with a
 * word saying something loads, the rest naming what loads: a map, a chart, a graphic, the content. The words are data
 * ({@code rules/loading-notes.txt}); "Loading the boat…" in a story, "Crash when loading…" in a changelog and "Still
 * loading…" in a caption name no such thing. Where a note may stand is {@link LabelledBlocks}'s call. Immutable and
 * thread-safe.
 */
final class LoadingNotes {

    /** Words a note has at most, a Chinese or Japanese character half of one. */
    static final int MAX_WORDS = 6;
    /** Letters of a case or number ending a word may add to a thing's name ("karte" → "karten", "карт" → "карту"). */
    static final int MAX_ENDING = 3;
    /** Marks an entry of the rule file that says something loads; the others name what loads. */
    static final String LOADING_MARK = "~";
    /** How a script's note ends while it loads: an ellipsis, as one character or three dots. */
    private static final List<String> ELLIPSES = List.of("…", "...");

    private final List<String> loading;
    private final List<String> things;

    /** Rules from the bundled rule file. */
    LoadingNotes() {
        this(RuleList.loadLowerCase("loading-notes.txt"));
    }

    /** {@code entries} lower-cased: words that say something loads, marked {@link #LOADING_MARK}, and what loads. */
    LoadingNotes(List<String> entries) {
        this.loading = RuleList.marked(entries, LOADING_MARK);
        this.things = RuleList.unmarked(entries, LOADING_MARK);
    }

    /** Whether {@code text} is a loading note and nothing else. */
    boolean isNote(String text) {
        String note = withoutEllipsis(text.strip().toLowerCase(Locale.ROOT));
        if (note == null || note.isEmpty() || TextStats.wordsCjkHalved(note) > MAX_WORDS) {
            return false;
        }
        for (String word : loading) {
            if (note.startsWith(word) && endsAWord(note, word.length())
                    && namesAThing(note.substring(word.length()))
                    || note.endsWith(word) && startsAWord(note, note.length() - word.length())
                    && namesAThing(note.substring(0, note.length() - word.length()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code note} less the ellipsis that ends it; null when none does. */
    private static String withoutEllipsis(String note) {
        for (String ellipsis : ELLIPSES) {
            if (note.endsWith(ellipsis)) {
                return note.substring(0, note.length() - ellipsis.length()).strip();
            }
        }
        return null;
    }

    /**
     * Whether {@code rest}, the note but its loading word, names what loads: one of its words is a thing's name or
     * that name with an ending of a few letters ({@link #MAX_ENDING}: "interaktive", "gráfico", "карту", not "maple"'s
     * "map" or "картофеля"'s "карт"), or, in Chinese or Japanese, holds it ("地図を").
     */
    private boolean namesAThing(String rest) {
        for (String word : rest.split("[^\\p{L}\\p{M}]+")) {
            for (String thing : things) {
                boolean cjk = TextStats.isCjk(thing.codePointAt(0));
                if (!word.isEmpty() && (cjk ? word.contains(thing)
                        : word.startsWith(thing) && word.length() - thing.length() <= endingOf(thing))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Letters an ending may add to {@code thing}: fewer to a short name ("map" → "maps", not "maple"). */
    private static int endingOf(String thing) {
        return Math.min(MAX_ENDING, thing.length() - 2);
    }

    /** Whether a word ends at {@code end} of {@code text}: Chinese and Japanese end one at any character. */
    private static boolean endsAWord(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || TextStats.isCjk(text.codePointBefore(end));
    }

    /** Whether a word starts at {@code start} of {@code text}: Chinese and Japanese start one at any character. */
    private static boolean startsAWord(String text, int start) {
        return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))
                || TextStats.isCjk(text.codePointAt(start));
    }
}
