package app.gleaner.library.search;

import app.gleaner.library.Escape;

/**
 * A short passage of a clip's text around the first words a search matched, as HTML: every character escaped,
 * matched words wrapped in {@code <mark>}. When the body has no match (the title did) the passage is the body's
 * start, without marks. Stateless and thread-safe.
 */
public final class Snippets {

    /** Characters shown before the first match, so it is read in context. */
    static final int LEAD = 80;
    /** Characters of the whole passage, roughly: it ends at a word boundary. */
    static final int LENGTH = 260;

    private Snippets() {
    }

    /** The highlighted passage, or null when the text is empty. */
    public static String html(String text, SearchQuery query) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int[] first = {-1};
        Tokenizer.scan(text, 0, text.length(), (term, from, to) -> {
            if (query.matches(term)) {
                first[0] = from;
                return false;
            }
            return true;
        });
        int start = first[0] <= LEAD ? 0 : wordStart(text, first[0] - LEAD);
        int end = Math.min(text.length(), wordEnd(text, Math.max(start + LENGTH, first[0] + 1)));
        StringBuilder html = new StringBuilder(LENGTH + 64);
        if (start > 0) {
            html.append('…');
        }
        int[] at = {start};
        Tokenizer.scan(text, start, end, (term, from, to) -> {
            if (to <= end && query.matches(term)) {
                Escape.html(html, text, at[0], from);
                html.append("<mark>");
                Escape.html(html, text, from, to);
                html.append("</mark>");
                at[0] = to;
            }
            return true;
        });
        Escape.html(html, text, at[0], end);
        if (end < text.length()) {
            html.append('…');
        }
        return html.toString().replaceAll("\\s+", " ").strip();
    }

    private static int wordStart(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return Math.min(i + 1, text.length());
    }

    private static int wordEnd(String text, int from) {
        int i = Math.min(from, text.length());
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
