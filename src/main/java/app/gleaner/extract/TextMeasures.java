package app.gleaner.extract;

import app.gleaner.extract.page.TextStats;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Measures stage: renders sanitized article HTML as plain text (blocks separated by blank lines, {@code <br>} as a
 * line break) and estimates words and reading time. Latin-script words read at {@link #WORDS_PER_MINUTE}; CJK text
 * at {@link #CJK_CHARACTERS_PER_MINUTE}. Stateless and thread-safe.
 */
public final class TextMeasures {

    /** Average adult reading speed for space-separated languages. */
    public static final int WORDS_PER_MINUTE = 230;
    /** Average reading speed for Chinese and Japanese, in characters. */
    public static final int CJK_CHARACTERS_PER_MINUTE = 500;

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "figure", "figcaption", "table", "tr", "caption", "hr", "article", "header", "footer");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00a0]+");
    private static final Pattern SPACE_AROUND_NEWLINES = Pattern.compile(" *\n *");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\n{3,}");

    /** Plain text of {@code root}: paragraphs separated by blank lines, whitespace collapsed. */
    public String text(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(node.parent() != null && ((Element) node.parent()).nameIs("pre")
                            ? text.getWholeText() : text.text());
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        out.append('\n');
                    } else if (element.nameIs("td") || element.nameIs("th")) {
                        out.append(' ');
                    } else if (BLOCKS.contains(element.normalName())) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        String collapsed = SPACES.matcher(out.toString()).replaceAll(" ");
        collapsed = SPACE_AROUND_NEWLINES.matcher(collapsed).replaceAll("\n");
        return MANY_NEWLINES.matcher(collapsed).replaceAll("\n\n").strip();
    }

    /** Words in {@code text}, Unicode-aware; CJK characters count one each. */
    public int wordCount(String text) {
        return TextStats.words(text);
    }

    /** Minutes to read {@code text}, rounded up, at least 1 when there is any word, 0 otherwise. */
    public int readingMinutes(String text) {
        int words = TextStats.words(text);
        if (words == 0) {
            return 0;
        }
        int cjk = TextStats.cjkCharacters(text);
        double minutes = (double) (words - cjk) / WORDS_PER_MINUTE + (double) cjk / CJK_CHARACTERS_PER_MINUTE;
        return Math.max(1, (int) Math.ceil(minutes));
    }
}
