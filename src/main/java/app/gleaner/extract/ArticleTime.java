package app.gleaner.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <time datetime>} that dates the article, for {@link MetadataExtractor}: the first one after the
 * headline, or before it in the headline's own header, that no teaser card holds. A page's first {@code <time>} is
 * often today's date in its top bar, above the headline and outside its header, or the date of a story in a card
 * (a box whose heading links elsewhere); an article's own date may stand in its header or at its foot. A time marked
 * as an update gives way to the publication time beside it. Stateless and thread-safe.
 */
final class ArticleTime {

    private static final Pattern UPDATE = Pattern.compile("(?i)modif|updat");
    /** WordPress marks a post's first time {@code entry-date published updated} until it is edited. */
    private static final Pattern PUBLICATION = Pattern.compile("(?i)publi");

    private ArticleTime() {
    }

    /** The time dating the article under {@code headline}; the page's first time when no headline is known. */
    static Element of(Document document, Element headline) {
        if (headline == null) {
            return document.selectFirst("time[datetime]");
        }
        Element header = headline.parent() == null || headline.parent().nameIs("body") ? null : headline.parent();
        Element found = null;
        boolean after = false;
        for (Element element : document.body().getAllElements()) {
            if (element == headline) {
                after = true;
            } else if (element.nameIs("time") && element.hasAttr("datetime")
                    && (after || header != null && element.parents().contains(header))
                    && !isInCard(element, headline)) {
                if (!isUpdate(element)) {
                    return element;
                }
                found = found == null ? element : found;
            }
        }
        return found;
    }

    /** Whether the nearest box around {@code time} that has a heading is headed by a link, not by the headline. */
    private static boolean isInCard(Element time, Element headline) {
        for (Element box = time.parent(); box != null; box = box.parent()) {
            Element heading = box.selectFirst(Headings.SELECTOR);
            if (heading != null) {
                return heading != headline && (heading.selectFirst("a[href]") != null || heading.closest("a") != null);
            }
        }
        return false;
    }

    private static boolean isUpdate(Element time) {
        String names = time.className() + " " + time.attr("itemprop");
        return UPDATE.matcher(names).find() && !PUBLICATION.matcher(names).find();
    }
}
