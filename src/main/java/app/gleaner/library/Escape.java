package app.gleaner.library;

/**
 * HTML/XML escaping of text for element content and double- or single-quoted attribute values: the one escaper of
 * the exporters and the search snippets. Characters XML 1.0 forbids even as references (most C0 controls) are
 * dropped, so the same output is valid in XHTML (EPUB) and HTML.
 */
public final class Escape {

    private Escape() {
    }

    /** {@code text} escaped; null gives the empty string. */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        html(out, text, 0, text.length());
        return out.toString();
    }

    /** Appends {@code text[from, to)} escaped to {@code out}. */
    public static void html(StringBuilder out, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
