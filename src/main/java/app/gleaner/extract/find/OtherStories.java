package app.gleaner.extract.find;

import app.gleaner.extract.clean.BoxRows;
import app.gleaner.extract.page.Nesting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Part of {@link ArticleFinder}: the stories a page holds besides its own. A reader who scrolled a site that loads
 * the next story as the page ends captures those stories too, each in a box with its own headline, built like the
 * first and often longer. The page's own story is the one whose headline carries the page's title
 * ({@link ArticleAnchor#titleHeading}); another story's box is the outermost box around another {@code <h1>} that
 * does not hold that heading, that this {@code <h1>} opens as a headline opens its story, and that is built like the
 * box of the page's own story, as a scroll repeats its template. An {@code <h1>} that a page builder puts inside the
 * story's text (an appeal at its end) opens nothing; sections, live-blog entries and slides headed with {@code <h1>}
 * are not built like the story's box. Stateless and thread-safe.
 */
public final class OtherStories {

    /** Characters a story's box may hold before its headline: a label ("Next story"), a kicker, a date. */
    static final int MAX_CHARS_BEFORE_HEADLINE = 200;

    private OtherStories() {
    }

    /** The boxes of other stories under {@code body}; none unless the title's heading is an {@code <h1>}. */
    public static List<Element> of(Element body, Element titleHeading) {
        // stories are headed alike: a page that sets its title in an <h2> uses <h1> for its name or its sections,
        // and <h2> for its stories only where each is an <article> of one template
        if (titleHeading == null || !titleHeading.nameIs("h1") && !titleHeading.nameIs("h2")) {
            return List.of();
        }
        boolean articlesOnly = titleHeading.nameIs("h2");
        Set<Element> holdingTitle = Collections.newSetFromMap(new IdentityHashMap<>());
        holdingTitle.addAll(titleHeading.parents());
        List<Element> boxes = new ArrayList<>();
        for (Element headline : body.getElementsByTag(titleHeading.normalName())) {
            if (headline == titleHeading || !headline.hasText()
                    || boxes.stream().anyMatch(box -> Nesting.isWithin(headline, box))) {
                continue;
            }
            Element box = headline;
            while (box.parent() != null && !holdingTitle.contains(box.parent())) {
                box = box.parent();
            }
            // a second <h1> beside the title's is a heading of the same story, not a story
            if (box != headline && (!articlesOnly || box.nameIs("article")) && opens(headline, box)
                    && isBuiltLikeOwnStory(box, headline, titleHeading)) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /**
     * Whether {@code box} holds a story built like the page's own: the page's story has a box of its own beside
     * {@code box} (not the title's heading alone, nor a header holding little more), and {@code box} is that box
     * again or holds it around {@code headline} — the same tag and first class, or both an {@code <article>}. Pages
     * that head their sections, live-blog entries or slides with {@code <h1>} build those unlike the story's box.
     */
    private static boolean isBuiltLikeOwnStory(Element box, Element headline, Element titleHeading) {
        Element own = titleHeading;
        while (own.parent() != null && own.parent() != box.parent()) {
            own = own.parent();
        }
        if (own == titleHeading || own.parent() == null
                || own.text().length() - titleHeading.text().length() <= MAX_CHARS_BEFORE_HEADLINE) {
            return false;
        }
        for (Element e = headline.parent(); e != null; e = e.parent()) {
            if (isBuiltAlike(e, own)) {
                return true;
            }
            if (e == box) {
                break;
            }
        }
        return false;
    }

    /** Two boxes of one template: the same tag and first class, a class there is, or two {@code <article>}s. */
    private static boolean isBuiltAlike(Element a, Element b) {
        if (!a.normalName().equals(b.normalName())) {
            return false;
        }
        String first = BoxRows.firstClass(a);
        return !first.isEmpty() ? first.equals(BoxRows.firstClass(b)) : a.nameIs("article");
    }

    /** Whether {@code headline} comes first in {@code box}, after a few words at most. */
    private static boolean opens(Element headline, Element box) {
        int[] chars = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == headline || chars[0] > MAX_CHARS_BEFORE_HEADLINE) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode text) {
                    chars[0] += text.text().strip().length();
                }
                return FilterResult.CONTINUE;
            }
        }, box);
        return chars[0] <= MAX_CHARS_BEFORE_HEADLINE;
    }
}
