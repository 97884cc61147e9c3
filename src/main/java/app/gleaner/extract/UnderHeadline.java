package app.gleaner.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the headline's own lines say, for {@link MetadataExtractor} and {@link Byline}: the article's date and its
 * author's link are the ones in the smallest box around the headline that holds one outside any teaser card, and
 * of those the nearest in page order; never one before the headline that only the page's body shares with it. A
 * page's first {@code <time>} or author link is often elsewhere: today's date in the top bar, a story's date and
 * author in a card (a box whose heading of some words links elsewhere), a comment's date in the thread below.
 * Stateless and thread-safe.
 */
final class UnderHeadline {

    /** A card's heading is a story's headline, of some words; a name in a heading heads an author's box. */
    static final int MIN_CARD_HEADING_WORDS = 3;
    /** Boxes climbed from an element to find the heading of its card: a card is small. */
    static final int MAX_CARD_DEPTH = 6;
    /** Ids and classes of comment threads, whose dates and bylines are the commenters'. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|reaction");
    private static final Pattern UPDATE = Pattern.compile("(?i)modif|updat");
    /** WordPress marks a post's first time {@code entry-date published updated} until it is edited. */
    private static final Pattern PUBLICATION = Pattern.compile("(?i)publi");

    private UnderHeadline() {
    }

    /**
     * The {@code <time datetime>} that dates the article under {@code headline}, a time marked as an update giving
     * way to a publication time; the page's first time when no headline is known.
     */
    static Element time(Document document, Element headline) {
        if (headline == null) {
            return document.selectFirst("time[datetime]");
        }
        return nearest(document, headline, time -> time.nameIs("time") && time.hasAttr("datetime"),
                time -> !isUpdate(time));
    }

    /**
     * The element {@code wanted} nearest the article's {@code headline}, one that is {@code preferred} first; null
     * when there is no headline or none.
     */
    static Element nearest(Document document, Element headline, Predicate<Element> wanted,
            Predicate<Element> preferred) {
        if (headline == null) {
            return null;
        }
        Map<Element, Integer> around = new HashMap<>(); // the headline's boxes, by how far out each is
        int level = 0;
        for (Element box = headline.parent(); box != null; box = box.parent()) {
            around.put(box, level++);
        }
        boolean storyNamedComment = inComments(headline); // an opinion column's "tone-comment" box
        int pageLevel = around.getOrDefault(document.body(), Integer.MAX_VALUE - 1);
        List<Element> elements = document.body().getAllElements();
        int at = elements.indexOf(headline);
        int bestLevel = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        Element best = null;
        Element other = null;
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (i == at || !wanted.test(element) || isInCard(element, headline)
                    || !storyNamedComment && inComments(element)) {
                continue;
            }
            int shared = sharedLevel(element, around);
            // before the headline, only in a box of the article's: the page's own top bar is no dateline
            if (shared > bestLevel || i < at && shared >= pageLevel) {
                continue;
            }
            if (shared < bestLevel) {
                bestLevel = shared;
                bestDistance = Integer.MAX_VALUE;
                best = null;
                other = null;
            }
            if (!preferred.test(element)) {
                other = other == null ? element : other;
            } else if (Math.abs(i - at) < bestDistance || i > at && i - at == bestDistance) {
                bestDistance = Math.abs(i - at); // of two as near, the one after: a dateline follows its headline
                best = element;
            }
        }
        return best != null ? best : other;
    }

    /** Whether {@code element} is in a comment thread, by the ids and classes of the boxes around it. */
    static boolean inComments(Element element) {
        for (Element box = element; box != null && !box.nameIs("body"); box = box.parent()) {
            if (COMMENTS.matcher(box.id()).find() || COMMENTS.matcher(box.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /** How far out from the headline the smallest box holding {@code element} is. */
    private static int sharedLevel(Element element, Map<Element, Integer> around) {
        for (Element box = element.parent(); box != null; box = box.parent()) {
            Integer level = around.get(box);
            if (level != null) {
                return level;
            }
        }
        return Integer.MAX_VALUE - 1;
    }

    /**
     * Whether the nearest box around {@code element} that has a heading is a teaser card: it does not hold the
     * headline, and its heading, of {@link #MIN_CARD_HEADING_WORDS} or more, links elsewhere.
     */
    private static boolean isInCard(Element element, Element headline) {
        Element box = element.parent();
        for (int depth = 0; box != null && depth < MAX_CARD_DEPTH; depth++, box = box.parent()) {
            Element heading = box.selectFirst(Headings.SELECTOR);
            if (heading != null) {
                return heading != headline && !headline.parents().contains(box)
                        && TextStats.words(heading.text()) >= MIN_CARD_HEADING_WORDS
                        && (heading.selectFirst("a[href]") != null || heading.closest("a") != null);
            }
        }
        return false;
    }

    private static boolean isUpdate(Element time) {
        String names = time.className() + " " + time.attr("itemprop");
        return UPDATE.matcher(names).find() && !PUBLICATION.matcher(names).find();
    }
}
