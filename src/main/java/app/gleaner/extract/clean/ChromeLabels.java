package app.gleaner.extract.clean;

import app.gleaner.extract.rules.RuleList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chrome labels of {@code rules/chrome-labels.txt}: short words that announce chrome rather than content — ad
 * slots ("Advertisement", "Anzeige"), link promos ("Read more:", "Related"), share and print bars. Says whether a
 * text is a label, trailing punctuation aside, and whether it opens with one at a word boundary, so "Related" opens
 * "Related: …" but not "Relatedness …". Deciding what the label makes of its block is {@link ChromeRemover}'s job.
 * Texts are given lower-cased as the labels are ({@link #lowered}). Labels are looked up by their first word, so a
 * text is compared with the few labels that can open it, not all of them. Immutable and thread-safe.
 */
final class ChromeLabels {

    /** The trailing punctuation that closes a frame: only then is a frame's opening read off the label's start. */
    private static final String FRAME_CLOSE = "»›>|-–—~·•*=])）】］〕》」";
    /** Punctuation after a label ("read more:", "anzeige »"), or closing a frame around it ("- Advertisement -"). */
    private static final String TRAILER = ":：.…" + FRAME_CLOSE;
    /**
     * A frame's opening before a label: "- Advertisement -", "— Anzeige —", "[ Ad ]", "« publicité »", "【広告】". A
     * dash that opens a line of dialogue ("—Mire.") or a typed bullet ("• Print") closes nothing and stays.
     */
    private static final String FRAME = "«‹<|-–—~·•*=[(（【［〔《「";
    /**
     * Marks an entry of the rule file that heads a row of tags ("Temas:", "Etiketler:"), and only that: alone, such a
     * word may title the story's own part ("<h3>Sujets</h3>" over an exam's questions).
     */
    static final String TAG_ROW_MARK = "=";
    /** Marks a label that titles a short box as the ad or the teaser it is ("Sponsored", "Read also"). */
    static final String TITLING_MARK = "+";

    private final Set<String> labels;
    private final Set<String> titling;
    private final Map<String, List<String>> labelsByFirstWord;
    /** The labels that head a row of tags, looked up as labels are; null in the set that holds them. */
    private final ChromeLabels tagRows;

    /**
     * {@code entries} lower-cased, as {@link app.gleaner.extract.rules.RuleList#loadLowerCase} reads them: labels,
     * some marked {@link #TITLING_MARK}, and the words that head a row of tags, marked {@link #TAG_ROW_MARK}. Each
     * first word's labels are kept longest first, so the most specific label wins ("share this article" before
     * "share") and the answer never depends on a set's iteration order, which differs from one run of the JVM to the
     * next.
     */
    ChromeLabels(List<String> entries) {
        this(RuleList.unmarked(entries, TAG_ROW_MARK).stream()
                .map(e -> e.startsWith(TITLING_MARK) ? e.substring(TITLING_MARK.length()).strip() : e).toList(),
                RuleList.marked(entries, TITLING_MARK), new ChromeLabels(RuleList.marked(entries, TAG_ROW_MARK),
                        List.of(), null));
    }

    private ChromeLabels(List<String> labels, List<String> titling, ChromeLabels tagRows) {
        this.labels = Set.copyOf(labels);
        this.titling = Set.copyOf(titling);
        this.tagRows = tagRows;
        this.labelsByFirstWord = Map.copyOf(labels.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.groupingBy(ChromeLabels::firstWord, Collectors.toUnmodifiableList())));
    }

    /**
     * {@code text} lower-cased as the labels are, in the root locale, with Turkish's dotted capital "İ" read as "i":
     * the root locale writes it "i" and a combining dot, which no label has ("İlginizi çekebilir"). A text keeps its
     * length, so a label's length still cuts it.
     */
    static String lowered(String text) {
        return text.toLowerCase(Locale.ROOT).replace("i\u0307", "i");
    }

    /**
     * Whether {@code lower}, less its trailing punctuation ("read more:", "anzeige »") and a frame around it
     * ("- advertisement -"), is a label.
     */
    boolean isLabel(String lower) {
        return labels.contains(bare(lower));
    }

    /**
     * The label {@code lower} opens with when more text follows it past a word boundary ("read more: the harbour
     * reopens"); null when none.
     */
    String labelBeforeMore(String lower) {
        for (String label : labelsOpening(lower)) {
            if (lower.startsWith(label) && lower.length() > label.length()
                    && !Character.isLetterOrDigit(lower.charAt(label.length()))) {
                return label;
            }
        }
        return null;
    }

    /**
     * Whether {@code lower}, less its trailing punctuation and a frame, is a label or opens with one at a word
     * boundary ("lesen sie auch die folgenden beiträge:").
     */
    boolean opensWithLabel(String lower) {
        String bare = bare(lower);
        for (String label : labelsOpening(bare)) {
            if (bare.startsWith(label) && (bare.length() == label.length()
                    || !Character.isLetterOrDigit(bare.charAt(label.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lower}, less its trailing punctuation and a frame, is a label that titles a short box whole. */
    boolean titlesABox(String lower) {
        return titling.contains(bare(lower));
    }

    /**
     * {@code lower} without the {@link #TRAILER} after it and, when that closes a frame, the {@link #FRAME} before it,
     * white space with them.
     */
    private static String bare(String lower) {
        int end = lower.length();
        boolean framed = false;
        while (end > 0 && isOneOf(lower.charAt(end - 1), TRAILER)) {
            framed |= FRAME_CLOSE.indexOf(lower.charAt(end - 1)) >= 0;
            end--;
        }
        int start = 0;
        while (framed && start < end && isOneOf(lower.charAt(start), FRAME)) {
            start++;
        }
        return lower.substring(start, end);
    }

    private static boolean isOneOf(char c, String punctuation) {
        return Character.isWhitespace(c) || punctuation.indexOf(c) >= 0;
    }

    /** The word that heads a row of tags {@code lower} opens with when more text follows it; null when none. */
    String tagRowLabelBeforeMore(String lower) {
        return tagRows.labelBeforeMore(lower);
    }

    /** Whether {@code lower} is a word that heads a row of tags, or opens with one. */
    boolean opensWithTagRowLabel(String lower) {
        return tagRows.opensWithLabel(lower);
    }

    private List<String> labelsOpening(String lower) {
        return labelsByFirstWord.getOrDefault(firstWord(lower), List.of());
    }

    private static String firstWord(String lower) {
        int end = 0;
        while (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
            end++;
        }
        return lower.substring(0, end);
    }
}
