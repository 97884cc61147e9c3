package app.gleaner.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes short lines that label the article rather than tell it: picture credits ("Photo: …", "(Image credit:
 * …)") and date lines ("Updated 9:41 AM", "Veröffentlicht am 3. Mai"). Prefixes are data
 * ({@code rules/credit-prefixes.txt}, {@code rules/dateline-prefixes.txt}); a date line must also hold a digit, so
 * "Updated guidance says…" is not one. Only short lines qualify, so a paragraph that opens with "Photo" stays.
 * Immutable and thread-safe.
 */
public final class PrefixedLines {

    /** Lines longer than this are never credits. */
    public static final int MAX_CREDIT_WORDS = 12;
    /** Lines longer than this are never date lines. */
    public static final int MAX_DATELINE_WORDS = 16;

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s(\\[|•·—–-]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final List<String> creditPrefixes;
    private final List<String> datelinePrefixes;

    /** Prefixes from the bundled rule files. */
    public PrefixedLines() {
        this(RuleList.loadLowerCase("credit-prefixes.txt"), RuleList.loadLowerCase("dateline-prefixes.txt"));
    }

    PrefixedLines(List<String> creditPrefixes, List<String> datelinePrefixes) {
        this.creditPrefixes = List.copyOf(creditPrefixes);
        this.datelinePrefixes = List.copyOf(datelinePrefixes);
    }

    /** True when {@code text} is a short credit or date line. */
    public boolean matches(String text) {
        String lower = LEADING_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
        int words = TextStats.words(lower);
        if (words == 0) {
            return false;
        }
        if (words <= MAX_CREDIT_WORDS && startsWithAny(lower, creditPrefixes)) {
            return true;
        }
        return words <= MAX_DATELINE_WORDS && startsWithAny(lower, datelinePrefixes) && DIGIT.matcher(lower).find();
    }

    private static boolean startsWithAny(String lower, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix) && (lower.length() == prefix.length()
                    || !Character.isLetterOrDigit(lower.charAt(prefix.length()))
                    || !Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
