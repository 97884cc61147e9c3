package app.gleaner.library.search;

import java.lang.Character.UnicodeScript;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into search terms: runs of letters and digits, lower-cased, diacritics stripped ({@code Café} and
 * {@code cafe} are one term). Only accents and optional vowel points are stripped: in Devanagari, Thai and the
 * other scripts whose combining marks spell the vowels ({@code माल} and {@code मिल} are two words), and on kana
 * ({@code が} is not {@code か}), marks stay. Han, Hiragana and Katakana have no spaces between words, so each of
 * their characters is a term of its own — simple, and enough to find a CJK word as a phrase of characters. Thai has
 * no spaces between words either; the JDK's Thai dictionary splits it into words. Terms longer than
 * {@link #MAX_TERM_LENGTH} (hashes, base64 runs) are dropped: nobody searches for them and they bloat the index.
 *
 * <p>Stateless and thread-safe. Token offsets refer to the original text, so snippets can highlight it.
 */
public final class Tokenizer {

    /** Longest term kept; the index column holds this many characters. */
    public static final int MAX_TERM_LENGTH = 64;
    /** Scripts whose combining marks are accents or optional vowel points, typed or left out at will. */
    private static final Set<UnicodeScript> FOLDED = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC, UnicodeScript.ARABIC, UnicodeScript.HEBREW);
    private static final Locale THAI = Locale.forLanguageTag("th");

    /** A term and where its source characters sit in the original text ({@code end} exclusive). */
    public record Token(String term, int start, int end) {
    }

    private Tokenizer() {
    }

    /** Receives tokens from {@link #scan}; answers false to stop the scan. */
    @FunctionalInterface
    public interface Visitor {
        boolean visit(String term, int start, int end);
    }

    /** Every token of {@code text}, in order; empty for null. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text != null) {
            scan(text, 0, text.length(), (term, start, end) -> tokens.add(new Token(term, start, end)));
        }
        return tokens;
    }

    /**
     * Hands the tokens that start in {@code [from, to)} to {@code visitor}, in order, until it answers false.
     * {@code from} should be a word boundary (0, or just after white space) or the first token may be a fragment.
     */
    public static void scan(String text, int from, int to, Visitor visitor) {
        int i = from;
        int length = text.length();
        while (i < to) {
            int cp = text.codePointAt(i);
            if (isIdeographic(cp)) {
                int end = i + Character.charCount(cp);
                while (end < length && isMark(text.codePointAt(end))) { // a kana's sound mark written apart
                    end += Character.charCount(text.codePointAt(end));
                }
                if (!visitor.visit(normalize(text.substring(i, end)), i, end)) {
                    return;
                }
                i = end;
            } else if (isWordPart(cp) && !isMark(cp)) {
                int start = i;
                boolean thai = isThai(cp);
                i += Character.charCount(cp);
                while (i < length) {
                    int next = text.codePointAt(i);
                    if (!isWordPart(next) || isIdeographic(next)) {
                        break;
                    }
                    thai |= isThai(next);
                    i += Character.charCount(next);
                }
                if (!(thai ? visitThaiWords(text, start, i, visitor) : visitWord(text, start, i, visitor))) {
                    return;
                }
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    private static boolean visitWord(String text, int start, int end, Visitor visitor) {
        String term = normalize(text.substring(start, end));
        return term.isEmpty() || term.length() > MAX_TERM_LENGTH || visitor.visit(term, start, end);
    }

    /** Thai leaves no space between words; the JDK's Thai dictionary finds where they end. */
    private static boolean visitThaiWords(String text, int start, int end, Visitor visitor) {
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(new StringCharacterIterator(text, start, end, start));
        for (int from = words.first(), to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
            if (!visitWord(text, from, to, visitor)) {
                return false;
            }
        }
        return true;
    }

    /** Only the terms of {@code text}, in order. */
    public static List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    /**
     * Lower case without diacritics: NFKD splits {@code é} into {@code e} and a combining mark, which goes when the
     * letter it sits on is of a {@link #FOLDED} script.
     */
    static String normalize(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        boolean folded = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            if (!isMark(cp)) {
                folded = FOLDED.contains(UnicodeScript.of(cp));
                kept.appendCodePoint(cp);
            } else if (!folded) {
                kept.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isThai(int cp) {
        return cp >= 0x0E01 && cp <= 0x0E5B;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
