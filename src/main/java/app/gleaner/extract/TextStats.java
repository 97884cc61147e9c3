package app.gleaner.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Small text measures the stages share: Unicode-aware word counts and link density. Stateless and thread-safe.
 *
 * <p>Words are whitespace-separated tokens holding at least one letter or digit. Scripts written without spaces
 * (Han, Hiragana, Katakana) count one word per character, which is how readers of those scripts measure length.
 */
public final class TextStats {

    /** A paragraph with at least this share of its text in links is not prose. */
    public static final double PROSE_MAX_LINK_DENSITY = 0.5;

    private TextStats() {
    }

    /** Words in {@code text}; CJK ideographs and kana count one each. */
    public static int words(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                inWord = false;
            }
        }
        return words;
    }

    /** Characters of {@code text} in scripts written without spaces between words. */
    public static int cjkCharacters(String text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints().filter(TextStats::isCjk).count();
    }

    /** Share of the element's text that sits inside links, 0 when it has no text. Same-page anchors count less. */
    public static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        double linked = 0;
        for (Element link : element.select("a")) {
            String href = link.attr("href");
            double weight = href.startsWith("#") ? 0.3 : 1.0;
            linked += link.text().length() * weight;
        }
        return Math.min(1.0, linked / total);
    }

    /**
     * Paragraphs below {@code element} (itself included) at least {@code minChars} long with less than half their
     * text in links: the measure of "this holds prose".
     */
    public static int proseParagraphs(Element element, int minChars) {
        int prose = 0;
        for (Element p : element.select("p")) {
            if (p.text().length() >= minChars && linkDensity(p) < PROSE_MAX_LINK_DENSITY) {
                prose++;
            }
        }
        return prose;
    }

    /** Lower-cased class and id of an element, joined with a space, for token matching. */
    public static String classAndId(Element element) {
        return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
