package app.gleaner.extract.clean;

import app.gleaner.extract.rules.RuleList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final Pattern TRAILER = Pattern.compile("[\\s:：.…»›>|-]+$");
    /** Marks a label in the rule file that heads a row of tags ("Tags:", "Schlagwörter:"). */
    static final String TAG_ROW_MARK = "=";

    private final Set<String> labels;
    private final Set<String> tagRowLabels;
    private final Map<String, List<String>> labelsByFirstWord;

    /**
     * {@code labels} lower-cased, as {@link app.gleaner.extract.rules.RuleList#loadLowerCase} reads them. Each first
     * word's labels are kept longest first, so the most specific label wins ("share this article" before "share") and
     * the answer never depends on a set's iteration order, which differs from one run of the JVM to the next.
     */
    ChromeLabels(List<String> entries) {
        List<String> labels = entries.stream().map(e -> e.startsWith(TAG_ROW_MARK) ? e.substring(1) : e).toList();
        this.labels = Set.copyOf(labels);
        this.tagRowLabels = Set.copyOf(RuleList.marked(entries, TAG_ROW_MARK));
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

    /** Whether {@code lower}, less its trailing punctuation ("read more:", "anzeige »"), is a label. */
    boolean isLabel(String lower) {
        return labels.contains(TRAILER.matcher(lower).replaceAll(""));
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
     * Whether {@code lower}, less its trailing punctuation, is a label or opens with one at a word boundary ("lesen
     * sie auch die folgenden beiträge:").
     */
    boolean opensWithLabel(String lower) {
        String bare = TRAILER.matcher(lower).replaceAll("");
        for (String label : labelsOpening(bare)) {
            if (bare.startsWith(label) && (bare.length() == label.length()
                    || !Character.isLetterOrDigit(bare.charAt(label.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code label}, as {@link #labelBeforeMore} gives it, heads a row of tags. */
    boolean headsTagRow(String label) {
        return tagRowLabels.contains(label);
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
