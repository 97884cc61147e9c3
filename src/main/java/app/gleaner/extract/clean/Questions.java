package app.gleaner.extract.clean;

import org.jsoup.nodes.Element;

/**
 * Finds where a text asks the reader something: a question mark of any script that has one of its own, and Greek's
 * semicolon, which asks only after Greek words. A question is what an advertisement, a survey and a "was this
 * helpful?" widget have and a call to act on a story's behalf has not; and where a page answers its reader's
 * questions in place (an FAQ).
 */
final class Questions {

    /** Question marks of the scripts that have one of their own. */
    private static final String QUESTION_MARKS = "?？¿\u037e؟";
    /**
     * Greek's question mark as most Greek text is typed: the semicolon, to which Unicode's own Greek question mark
     * (U+037E) normalizes. It asks only after Greek words.
     */
    private static final char GREEK_QUESTION_AS_TYPED = ';';
    /** Letters read back from a semicolon: most of them Greek, the sentence before it is Greek. */
    private static final int GREEK_LETTERS_READ = 40;
    /** Characters read back from a semicolon at most: a run of code's semicolons is read in linear time. */
    private static final int GREEK_CHARS_READ = 200;

    private Questions() {
    }

    /** True when {@code text} holds a question mark, in any script that has one of its own: it asks the reader. */
    static boolean asks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (endsAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the character at {@code i} ends a question: a question mark of any script, or a semicolon after Greek
     * words ("Θέλετε να ενημερώνεστε για το θέμα;", "Θέλετε νέο iPhone;"): most of the {@link #GREEK_LETTERS_READ}
     * letters before it are Greek, so a Greek letter in other words ("Alpha (α); Beta") does not ask.
     */
    static boolean endsAt(String text, int i) {
        char c = text.charAt(i);
        if (QUESTION_MARKS.indexOf(c) >= 0) {
            return true;
        }
        if (c != GREEK_QUESTION_AS_TYPED) {
            return false;
        }
        int greek = 0;
        int letters = 0;
        for (int at = i - 1; at >= Math.max(0, i - GREEK_CHARS_READ) && letters < GREEK_LETTERS_READ; at--) {
            char before = text.charAt(at);
            if (Character.isLetter(before)) {
                letters++;
                greek += Character.UnicodeScript.of(before) == Character.UnicodeScript.GREEK ? 1 : 0;
            }
        }
        return greek * 2 > letters;
    }

    /**
     * Questions the page answers in place: a {@code <details>} whose summary asks, beside others like it (an FAQ's
     * entry), or a box of such entries (the FAQ). "Will resetting my password cancel my subscription?" is the
     * reader's question about the service the page explains, not the site's call.
     */
    static boolean answeredInPlace(Element element) {
        return isAnsweredQuestion(element)
                || element.childrenSize() > 1 && element.children().stream().allMatch(Questions::isAnsweredQuestion);
    }

    private static boolean isAnsweredQuestion(Element element) {
        Element summary = element.nameIs("details") ? element.selectFirst("> summary") : null;
        return summary != null && asks(summary.text()) && BoxRows.isOneOfARow(element, "summary");
    }
}
