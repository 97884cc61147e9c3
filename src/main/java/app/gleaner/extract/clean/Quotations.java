package app.gleaner.extract.clean;

/**
 * Finds what a text says outside its quotation marks, so a sentence that reports a nag ("Readers now see a message
 * saying: 'You've reached your free article limit. Subscribe now'", "«Siga o nosso canal», pediu o prefeito") is read
 * for its own words. Knows the paired marks of European and CJK typography, and straight quotes where a word starts
 * after the opening one and ends before the closing one, so the apostrophe of "you've" opens nothing.
 */
final class Quotations {

    /** Opening marks, each with the closing marks that end its quotation at the same index of {@link #CLOSERS}. */
    private static final String OPENERS = "\u201c\u201e\u00ab\u00bb\u2039\u203a\u300c\u300e\"'";
    private static final String[] CLOSERS = {"\u201d\u201c", "\u201c\u201d", "\u00bb", "\u00ab", "\u203a", "\u2039",
        "\u300d", "\u300f", "\"", "'"};

    private Quotations() {
    }

    /** {@code text} without its quotations, marks included; {@code text} itself when it quotes nothing. */
    static String outside(String text) {
        StringBuilder kept = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            int kind = OPENERS.indexOf(text.charAt(i));
            if (kind < 0 || isStraight(text.charAt(i)) && !opensAt(text, i)) {
                continue;
            }
            int end = closingAfter(text, i, CLOSERS[kind]);
            if (end < 0) {
                continue; // an unclosed mark quotes nothing
            }
            kept = kept == null ? new StringBuilder(text.length()) : kept;
            kept.append(text, copied, i).append(' ');
            copied = end + 1;
            i = end;
        }
        return kept == null ? text : kept.append(text, copied, text.length()).toString();
    }

    private static int closingAfter(String text, int open, String closers) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (closers.indexOf(c) >= 0 && (!isStraight(c) || closesAt(text, i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStraight(char c) {
        return c == '"' || c == '\'';
    }

    /** A straight mark opens where no word runs into it and a word starts after it. */
    private static boolean opensAt(String text, int i) {
        return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A straight mark closes after something other than a space, where no word runs on from it. */
    private static boolean closesAt(String text, int i) {
        return !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }
}
