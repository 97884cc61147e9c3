package app.gleaner.extract.meta;

import app.gleaner.extract.clean.AuthorLinks;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.TextStats;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * What the headline's own lines say, for {@link MetadataExtractor}, {@link Byline} and {@link Dateline}: the
 * article's date and its author's link are the ones in the smallest box around the headline that holds one outside
 * any teaser card, and
 * of those the nearest in page order; never one before the headline that only the page's body shares with it. A
 * page's first {@code <time>} or author link is often elsewhere: today's date in the top bar, a story's date and
 * author in a card (a box whose heading of some words links elsewhere, unless it stands beside the headline as a
 * kicker's row does), a comment's date in the thread below, an event's date in a sentence. Stateless and
 * thread-safe.
 */
final class UnderHeadline {

    /** A card's heading is a story's headline, of some words; a name in a heading heads an author's box. */
    static final int MIN_CARD_HEADING_WORDS = 3;
    /** Most words a dateline's paragraph holds besides its date ("Published on … by Ann Lee, Lyon"). */
    static final int MAX_DATELINE_WORDS = 12;
    /** Boxes climbed from an element to find the heading of its card: a card is small. */
    static final int MAX_CARD_DEPTH = 6;
    /** Ids and classes of comment threads, whose dates and bylines are the commenters'. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|reaction");
    private static final Evaluator LINK = Selector.evaluatorOf("a");
    private static final Evaluator LINK_WITH_ADDRESS = Selector.evaluatorOf("a[href]");
    private static final Pattern TAXONOMY = Pattern.compile("(?i)category-|tag-|section-");
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
        return nearest(document, headline, time -> time.nameIs("time") && time.hasAttr("datetime")
                && !isInRunningText(time), time -> !isUpdate(time));
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
        for (Element box = headline.parent(); box != null && !(box instanceof Document); box = box.parent()) {
            around.put(box, level++);
        }
        boolean storyNamedComment = inComments(headline); // an opinion column's "tone-comment" box
        int pageLevel = around.getOrDefault(document.body(), Integer.MAX_VALUE - 1);
        List<Element> elements = Find.all(document.body());
        int at = elements.indexOf(headline);
        int bestLevel = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        Element best = null;
        Element other = null;
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (i == at || !wanted.test(element) || isInCard(element, headline, around)
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
            if (COMMENTS.matcher(box.id()).find() || box.classNames().stream().anyMatch(UnderHeadline::namesComments)) {
                return true;
            }
        }
        return false;
    }

    /** A class naming comments; not a taxonomy's ({@code category-comment}: an opinion section's posts). */
    private static boolean namesComments(String name) {
        return COMMENTS.matcher(name).find() && !TAXONOMY.matcher(name).lookingAt();
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
     * headline (one of its boxes, {@code around}), and its heading, of {@link #MIN_CARD_HEADING_WORDS} or more, links
     * elsewhere.
     */
    private static boolean isInCard(Element element, Element headline, Map<Element, Integer> around) {
        Element box = element.parent();
        for (int depth = 0; box != null && depth < MAX_CARD_DEPTH; depth++, box = box.parent()) {
            Element heading = Find.first(box, Headings.ANY);
            if (heading != null) {
                Element link = heading.closest(LINK);
                link = link != null ? link : Find.first(heading, LINK_WITH_ADDRESS);
                // a kicker's row above the headline links its topic; an author box heads with its author's name
                return heading != headline && !around.containsKey(box) && !isKicker(box, headline)
                        && TextStats.words(heading.text()) >= MIN_CARD_HEADING_WORDS
                        && link != null && !AuthorLinks.isAuthorLink(link);
            }
        }
        return false;
    }

    /** Whether {@code box} stands just above the headline, beside it in the same box. */
    private static boolean isKicker(Element box, Element headline) {
        Element holder = headline;
        while (holder.parent() != null && holder.parent() != box.parent()) {
            holder = holder.parent();
        }
        return holder.parent() == box.parent() && box.siblingIndex() < holder.siblingIndex();
    }

    /** A date a paragraph's sentence names (the day of an event the story is about), not a dateline. */
    private static boolean isInRunningText(Element time) {
        Element parent = time.parent();
        return parent != null && parent.nameIs("p")
                && TextStats.words(parent.text()) - TextStats.words(time.text()) > MAX_DATELINE_WORDS;
    }

    static boolean isUpdate(Element time) {
        String names = time.className() + " " + time.attr("itemprop");
        return UPDATE.matcher(names).find() && !PUBLICATION.matcher(names).find();
    }
}
