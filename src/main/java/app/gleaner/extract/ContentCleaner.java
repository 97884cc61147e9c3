package app.gleaner.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Cleans the chosen article block conditionally, like Readability's last pass: lists and boxes that are mostly
 * links (tag clouds, "more stories") go, as do empty blocks left behind by earlier stages. Data tables, prose lists
 * and figures stay. Stateless and thread-safe.
 */
public final class ContentCleaner {

    /** Share of link text above which a list or box without prose is navigation. */
    public static final double MAX_LINK_DENSITY = 0.5;
    /** A box holding a paragraph this long is prose and is kept whatever its links. */
    public static final int PROSE_PARAGRAPH_CHARS = 80;

    private static final String LINK_BOX_TAGS = "ul, ol, div, section, table, dl";
    private static final Set<String> KEEP_WHEN_EMPTY = Set.of("img", "picture", "br", "hr", "td", "th", "tr",
            "iframe", "video", "audio", "source", "col", "colgroup", "svg");

    /** Cleans {@code article} in place. */
    public void clean(Element article) {
        for (Element box : article.select(LINK_BOX_TAGS)) {
            if (box.parent() != null && box != article && isLinkBox(box)) {
                box.remove();
            }
        }
        removeEmpty(article);
    }

    private static boolean isLinkBox(Element box) {
        if (TextStats.linkDensity(box) <= MAX_LINK_DENSITY) {
            return false;
        }
        return box.select("p").stream().noneMatch(p -> p.text().length() >= PROSE_PARAGRAPH_CHARS
                && TextStats.linkDensity(p) <= MAX_LINK_DENSITY);
    }

    /** Elements with neither text nor media, deepest first, so a wrapper emptied by its children goes too. */
    static void removeEmpty(Element root) {
        List<Element> all = root.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element element = all.get(i);
            if (element.parent() != null && !KEEP_WHEN_EMPTY.contains(element.normalName())
                    && !element.hasText() && element.selectFirst("img, picture, video, audio, iframe, br, hr") == null
                    && element.selectFirst("noscript") == null) {
                element.remove();
            }
        }
    }
}
