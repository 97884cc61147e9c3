package app.gleaner.extract.find;

import app.gleaner.extract.page.Nesting;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What ties a found block to the page's own article rather than to a comment thread or a sidebar: the heading that
 * carries the page's title sits in the block or beside it (in the block's parent), or the block's text holds the
 * opening of the declared JSON-LD {@code articleBody}. The pipeline uses it when a short first attempt and a longer
 * later one found different parts of the page. Immutable and thread-safe.
 */
public final class ArticleAnchor {

    /** Headings and titles shorter than this only anchor when they match exactly (a "Comments" heading must not). */
    public static final int MIN_PARTIAL_TITLE_CHARS = 15;
    /** Characters of the declared article body looked for in a block's text. */
    static final int ARTICLE_BODY_PROBE_CHARS = 60;
    /**
     * How deep under a part, or a part's parent, the heading may sit ({@code article > header > h1}); a wrapper of
     * the whole page also holds the heading, but further down, inside the article's own box.
     */
    static final int MAX_HEADING_DEPTH = 2;
    private static final String TITLE_HEADINGS = "h1, h2";

    private final String title;
    private final String bodyProbe;

    public ArticleAnchor(String title, String articleBody) {
        this.title = title == null ? "" : normalize(title);
        String body = articleBody == null ? "" : normalize(articleBody);
        this.bodyProbe = body.length() < ARTICLE_BODY_PROBE_CHARS ? "" : body.substring(0, ARTICLE_BODY_PROBE_CHARS);
    }

    /** The heading under {@code body} that carries the page's title, or null. */
    public Element titleHeading(Element body) {
        if (title.isEmpty()) {
            return null;
        }
        for (Element heading : body.select(TITLE_HEADINGS)) {
            String text = normalize(heading.text());
            boolean partial = text.length() >= MIN_PARTIAL_TITLE_CHARS && title.length() >= MIN_PARTIAL_TITLE_CHARS
                    && (title.contains(text) || text.contains(title));
            if (text.equals(title) || partial) {
                return heading;
            }
        }
        return null;
    }

    /**
     * Whether {@code heading} sits close under the parent of one of {@code parts} (the body aside), the parts still
     * in the page: an article's header and its text share a parent, a comment thread or a sidebar sits further away.
     */
    public static boolean isBeside(Element heading, List<Element> parts) {
        if (heading == null) {
            return false;
        }
        for (Element part : parts) {
            Element parent = part.parent();
            if (!part.nameIs("body") && parent != null && !parent.nameIs("body")
                    && isClose(Nesting.depthWithin(heading, parent))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code heading} is still close inside the collected {@code article} (its box, the part, a header):
     * a wrapper of the whole page holds it too, but deeper.
     */
    public static boolean isInside(Element heading, Element article) {
        return heading != null && isClose(Nesting.depthWithin(heading, article) - 1);
    }

    /** Whether {@code text} holds the opening of the declared article body. */
    public boolean holdsDeclaredBody(String text) {
        return !bodyProbe.isEmpty() && normalize(text).contains(bodyProbe);
    }

    private static boolean isClose(int depth) {
        return depth >= 0 && depth <= MAX_HEADING_DEPTH;
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
