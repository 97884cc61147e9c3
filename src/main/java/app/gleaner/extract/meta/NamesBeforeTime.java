package app.gleaner.extract.meta;

import app.gleaner.extract.clean.AuthorLinks;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.TextStats;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A byline a page shows with no word and no class to mark it: the names just before the article's {@code <time>}
 * on its line ({@code <span>Marisol Achterberg</span><span>·</span><time>…}, {@code Matthias Kreuzkamp · <time>…}),
 * as blog themes and front-end frameworks set a post's meta line. Two to {@link #MAX_WORDS} words that read as
 * names, with no digit and no link but to an author's page (a section's link is no byline). Stateless and
 * thread-safe.
 */
final class NamesBeforeTime {

    /** Most words of names set before a time. */
    static final int MAX_WORDS = 4;
    /** What may stand between the names and the time: spaces and separators. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s·•|–—,/-]*");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s·•|–—,/-]+$");
    /** What shows a picture, not a separator; an {@code <svg>} icon separates. */
    private static final Evaluator MEDIA = Selector.evaluatorOf("img, picture, video");

    private NamesBeforeTime() {
    }

    /** The names set before the {@code <time>} that dates the article under {@code headline}, or null. */
    static String of(Document document, Element headline) {
        Element time = headline == null ? null : UnderHeadline.time(document, headline);
        Node before = time == null ? null : time.previousSibling();
        while (before != null && isSeparator(before)) {
            before = before.previousSibling();
        }
        String text = before instanceof TextNode run ? run.text()
                : before instanceof Element box && !box.isBlock() && namesNoOtherPage(box) ? box.text() : null;
        if (text == null || TextStats.hasDigit(text)) {
            return null;
        }
        String names = BylineNames.clean(TRAILING_SEPARATORS.matcher(text).replaceFirst(""), true);
        int words = names == null ? 0 : TextStats.words(names);
        return words >= 2 && words <= MAX_WORDS && BylineNames.readsAsNames(names) ? names : null;
    }

    /** Whether {@code node} only separates fields: spaces, a dot, a bar, an icon. */
    private static boolean isSeparator(Node node) {
        String text = node instanceof TextNode run ? run.text() : node instanceof Element box ? box.text() : "";
        return SEPARATORS.matcher(text).matches()
                && !(node instanceof Element box && box.is(MEDIA));
    }

    /** Whether {@code box} links nowhere, or to an author's page only. */
    private static boolean namesNoOtherPage(Element box) {
        return Find.all(box, Css.ANCHORS).stream().allMatch(AuthorLinks::isAuthorLink)
                && (!box.nameIs("a") || AuthorLinks.isAuthorLink(box));
    }
}
