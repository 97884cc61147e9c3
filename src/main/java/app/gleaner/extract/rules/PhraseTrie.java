package app.gleaner.extract.rules;

import app.gleaner.extract.page.TextStats;
import java.util.Arrays;
import java.util.Collection;

/**
 * A fixed list of phrases as a character trie, for finding whole-word phrases in text in one pass: at each word
 * start the trie is walked as far as the text goes, instead of trying every phrase there as a regular-expression
 * alternation does (which made nag detection the costliest step of extraction). A phrase matches only between
 * word boundaries — no letter or number just before or after it — except in Chinese and Japanese, which write
 * words without spaces. A phrase that ends in {@link #STEM_MARK} is a stem: it matches with any ending written onto
 * its last word, as Hungarian, Turkish, Finnish and Korean write case endings and particles ("hirdetésblokkoló*"
 * finds "hirdetésblokkolót", "로그인*" finds "로그인하시면"), and the match runs to that word's end. Immutable and
 * thread-safe once built.
 */
public final class PhraseTrie {

    /** Ends a phrase that is a stem, matched with whatever ending its last word has. */
    static final String STEM_MARK = "*";

    /** Children sorted by character and found by binary search: no boxing and no hashing on the hot path. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private boolean phraseEnd;
        /** A stem ends here: the phrase matches to the end of the word it is written into. */
        private boolean stemEnd;

        Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        Node childOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] moreKeys = new char[keys.length + 1];
            Node[] moreChildren = new Node[children.length + 1];
            System.arraycopy(keys, 0, moreKeys, 0, insert);
            System.arraycopy(children, 0, moreChildren, 0, insert);
            System.arraycopy(keys, insert, moreKeys, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, moreChildren, insert + 1, children.length - insert);
            moreKeys[insert] = c;
            moreChildren[insert] = new Node();
            keys = moreKeys;
            children = moreChildren;
            return moreChildren[insert];
        }
    }

    /** Characters below this have their first step looked up in {@link #firstSteps}, not searched for. */
    private static final char TABLED_BELOW = '\u0250';
    private static final int ASCII_END = 0x80;
    /** The bit that turns an ASCII capital into its small letter ('A' | 0x20 == 'a'). */
    private static final int LOWER_CASE_BIT = 0x20;

    private final Node root = new Node();
    /**
     * The root's children by character, for Latin letters: every word start of a text is looked up at the root, and
     * most go no further, so that first step is the trie's hottest.
     */
    private final Node[] firstSteps = new Node[TABLED_BELOW];

    public PhraseTrie(Collection<String> phrases) {
        for (String phrase : phrases) {
            boolean stem = phrase.endsWith(STEM_MARK);
            String letters = stem ? phrase.substring(0, phrase.length() - STEM_MARK.length()) : phrase;
            Node node = root;
            for (int i = 0; i < letters.length(); i++) {
                node = node.childOrNew(letters.charAt(i));
            }
            node.phraseEnd |= !stem && !letters.isEmpty();
            node.stemEnd |= stem && !letters.isEmpty();
        }
        for (char c = 0; c < TABLED_BELOW; c++) {
            firstSteps[c] = root.child(c);
        }
    }

    /**
     * A phrase found in a text: where its own letters end ({@code key}, past a stem's letters only) and where the
     * match ends ({@code end}, past the ending written onto a stem, or the plural {@code s}). Two matches of one
     * stem with different endings have the same key.
     */
    public record Match(String key, int end) {
    }

    /**
     * The end (exclusive) of the longest phrase starting at {@code start} and ending at a word boundary, or -1. With
     * {@code plural}, a phrase followed by an {@code s} and then a boundary matches with the {@code s}, and that is
     * preferred over the phrase alone. A stem's match ends where the word it is written into ends.
     */
    public int longestAt(String text, int start, boolean plural) {
        Match match = longestMatchAt(text, start, plural);
        return match == null ? -1 : match.end();
    }

    /** {@link #longestAt} with the phrase's key; null when no phrase starts at {@code start}. */
    public Match longestMatchAt(String text, int start, boolean plural) {
        int best = -1;
        int keyEnd = -1;
        Node node = root;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            node = node == root && c < TABLED_BELOW ? firstSteps[c] : node.child(c);
            if (node == null) {
                break;
            }
            if (node.stemEnd) {
                best = wordEnd(text, i + 1);
                keyEnd = i + 1;
            }
            if (node.phraseEnd) {
                int end = i + 1;
                if (plural && end < text.length() && text.charAt(end) == 's' && boundaryAt(text, end + 1)) {
                    best = end + 1;
                    keyEnd = best;
                } else if (boundaryAt(text, end)) {
                    best = end;
                    keyEnd = best;
                }
            }
        }
        return best < 0 ? null : new Match(text.substring(start, keyEnd), best);
    }

    /** Where the word going on at {@code index} ends: the first character from there that is no letter or number. */
    private static int wordEnd(String text, int index) {
        int end = index;
        while (end < text.length() && isWordChar(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /**
     * True when no letter or number comes just before {@code index}, or a Chinese or Japanese character stands on
     * either side: those scripts put no spaces between words, so a phrase may start at any of their characters
     * (and end before kana, see {@link #boundaryAt}).
     */
    public static boolean wordStartsAt(String text, int index) {
        if (index == 0) {
            return true;
        }
        int before = text.codePointBefore(index);
        return !isWordChar(before) || TextStats.isCjk(before)
                || index < text.length() && TextStats.isCjk(text.codePointAt(index));
    }

    private static boolean boundaryAt(String text, int index) {
        if (index >= text.length()) {
            return true;
        }
        int after = text.codePointAt(index);
        if (!isWordChar(after)) {
            return true;
        }
        // a Chinese or Japanese word may end before a kana particle or ending ("ログインして"), but not before
        // another Han or katakana character, which nearly always carries the same word on ("注册制", "登録台数")
        return TextStats.isCjk(text.codePointBefore(index)) ? !continuesAWord(after) : TextStats.isCjk(after);
    }

    private static boolean continuesAWord(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA;
    }

    /** A letter or number, as {@code \p{L}} and {@code \p{N}} in a regular expression. */
    public static boolean isWordChar(int codePoint) {
        if (codePoint < ASCII_END) { // most text asked is ASCII, answered without Unicode's tables
            int lower = codePoint | LOWER_CASE_BIT;
            return lower >= 'a' && lower <= 'z' || codePoint >= '0' && codePoint <= '9';
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
