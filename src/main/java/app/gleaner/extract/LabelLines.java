package app.gleaner.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes short lines that label the article rather than tell it: picture credits ("Photo: …", "(Image credit:
 * …)", "Alex Roe | Getty Images"), date lines ("Updated 9:41 AM", "Veröffentlicht am 3. Mai"), copyright notices
 * ("© 2024 …", "Alle Rechte vorbehalten") and gallery counters ("Image 2 of 13", "3 / 8"). Prefixes, suffixes and
 * phrases are data ({@code rules/credit-prefixes.txt}, {@code rules/credit-suffixes.txt},
 * {@code rules/dateline-prefixes.txt}, {@code rules/legal-lines.txt}); a date line must also hold a digit, so
 * "Updated guidance says…" is not one. Only short lines qualify, so a paragraph that opens with "Photo" stays.
 * Immutable and thread-safe.
 */
public final class LabelLines {

    /** Lines longer than this are never credits. */
    public static final int MAX_CREDIT_WORDS = 12;
    /**
     * Lines longer than this are never credits by their ending: a name or two and the agency. A caption that ends
     * with its credit is longer, and stays.
     */
    public static final int MAX_SUFFIX_CREDIT_WORDS = 6;
    /** Lines longer than this are never date lines. */
    public static final int MAX_DATELINE_WORDS = 16;
    /** Lines longer than this are never copyright notices. */
    public static final int MAX_LEGAL_WORDS = 30;

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s(\\[|•·—–-]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s)\\].,;:|•·—–-]+$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern COPYRIGHT_OPENING = Pattern.compile("^(?:copyright\\s*)?(?:©|\\(c\\)\\s*\\d)"
            + "|^copyright\\s+\\d{4}");
    /** "Image 2 of 13", "Foto 3 von 8", "2 / 13": a slide counter in any language that puts the numbers so. */
    private static final Pattern GALLERY_COUNTER = Pattern.compile(
            "^(?:\\p{L}+\\s+)?\\d{1,3}\\s*(?:/|of|von|de|di|sur|van|z|av|af)\\s*\\d{1,3}$");

    private final List<String> creditPrefixes;
    private final List<String> creditSuffixes;
    private final List<String> datelinePrefixes;
    private final List<String> legalPhrases;

    /** Rules from the bundled rule files. */
    public LabelLines() {
        this(RuleList.loadLowerCase("credit-prefixes.txt"), RuleList.loadLowerCase("credit-suffixes.txt"),
                RuleList.loadLowerCase("dateline-prefixes.txt"), RuleList.loadLowerCase("legal-lines.txt"));
    }

    LabelLines(List<String> creditPrefixes, List<String> creditSuffixes, List<String> datelinePrefixes,
            List<String> legalPhrases) {
        this.creditPrefixes = List.copyOf(creditPrefixes);
        this.creditSuffixes = List.copyOf(creditSuffixes);
        this.datelinePrefixes = List.copyOf(datelinePrefixes);
        this.legalPhrases = List.copyOf(legalPhrases);
    }

    /**
     * True when {@code text} opens like a credit or a date line: such a run is a label even inside a caption
     * ("The harbour at dawn <span>(Photo: Ada Roe)</span>").
     */
    public boolean opensLikeLabel(String text) {
        String lower = LEADING_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
        int words = TextStats.words(lower);
        if (words == 0) {
            return false;
        }
        return words <= MAX_CREDIT_WORDS && startsWithAny(lower, creditPrefixes)
                || words <= MAX_DATELINE_WORDS && startsWithAny(lower, datelinePrefixes) && DIGIT.matcher(lower).find();
    }

    /**
     * True when {@code text}, taken as a whole line, is a credit by its ending ("Alex Roe | Getty Images"), a
     * copyright notice or a gallery counter. Only for a line that stands alone: inside a sentence, "according to
     * <em>Reuters</em>" is prose.
     */
    public boolean isLabelLine(String text) {
        String lower = LEADING_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
        int words = TextStats.words(lower);
        if (words == 0) {
            return false;
        }
        String bare = TRAILING_PUNCTUATION.matcher(lower).replaceFirst("");
        return words <= MAX_SUFFIX_CREDIT_WORDS && endsWithAny(bare, creditSuffixes)
                || words <= MAX_LEGAL_WORDS && (COPYRIGHT_OPENING.matcher(lower).find() || containsAny(lower))
                || GALLERY_COUNTER.matcher(bare).matches();
    }

    private static boolean endsWithAny(String lower, List<String> suffixes) {
        for (String suffix : suffixes) {
            int start = lower.length() - suffix.length();
            if (lower.endsWith(suffix) && (start == 0 || !Character.isLetterOrDigit(lower.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean containsAny(String lower) {
        for (String phrase : legalPhrases) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
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
