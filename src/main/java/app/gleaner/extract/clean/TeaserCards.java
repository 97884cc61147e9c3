package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredLines;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Part of {@link ContentCleaner}: removes teaser cards left in the article, the "more on this topic" and "related
 * articles" boxes that survive because their class names say nothing. Two kinds: a link wrapped around a heading
 * or paragraph, which goes with the short excerpt, author and date after it; and a small box whose one heading is
 * all link to another page of the same site, with at most a short excerpt and a picture beside it. Boxes of the
 * second kind come in groups, so a lone one (a boxed "see also" inside the text) is left alone, as are headings
 * that link elsewhere (a product list's entries). Stateless and thread-safe.
 */
final class TeaserCards {

    /** Words a card may hold: its heading, a short excerpt, a date or a "more" link. */
    static final int MAX_CARD_WORDS = 80;
    /** Words a teaser may say after its card link: an excerpt, an author, a date. */
    static final int MAX_TEASER_WORDS = 40;
    /** Levels above its heading the box of a card may sit. */
    static final int MAX_CARD_DEPTH = 4;
    /** Cards needed before any is read as one: teasers come in lists and grids. */
    static final int MIN_CARDS = 2;
    /** Share of a heading's text in its link that makes the heading a link. */
    static final double HEADING_LINK_SHARE = 0.7;

    /** A link that wraps a heading or a paragraph: a card. */
    private static final Evaluator LINKED_CARD = Selector.evaluatorOf("a:has(" + Headings.SELECTOR + ", p)");
    private static final Set<String> CARD_TAGS = Set.of("div", "article", "li", "section");

    private TeaserCards() {
    }

    /** Removes the link-wrapped cards under {@code article}, then the groups of heading cards. */
    static void removeFrom(Element article) {
        for (Element card : Find.all(article, LINKED_CARD)) {
            if (card.parent() != null && TextStats.words(card) <= MAX_CARD_WORDS) {
                Element teaser = teaserAround(card, article);
                Element box = teaser != null ? teaser : card;
                if (!DeclaredLines.touch(box)) { // "<li><a href=/glossary/flour><p>125 g flour</p></a></li>"
                    box.remove();
                }
            }
        }
        for (Element card : headingCards(article)) {
            if (!DeclaredLines.touch(card)) {
                card.remove();
            }
        }
    }

    /**
     * The teaser a card link opens: its parent, when the link is the parent's first text and what follows it is
     * short (the teaser's excerpt, author and date). Null when the parent is the article or says more.
     */
    private static Element teaserAround(Element card, Element article) {
        Element parent = card.parent();
        String cardText = card.text();
        if (parent == null || parent == article || cardText.isBlank() || !parent.text().startsWith(cardText)) {
            return null;
        }
        int after = TextStats.words(parent) - TextStats.words(cardText);
        return after <= MAX_TEASER_WORDS ? parent : null;
    }

    /** The heading cards under {@code article}, outermost box of each; empty when fewer than {@link #MIN_CARDS}. */
    private static List<Element> headingCards(Element article) {
        List<Element> cards = new ArrayList<>();
        for (Element heading : Find.all(article, Headings.ANY)) {
            Element link = Find.first(heading, Css.LINKS);
            if (link == null || !isAllLink(heading) || !SiteLinks.leadsWithinSite(link)) {
                continue;
            }
            Element card = boxAround(heading, article);
            if (card != null && cards.stream().noneMatch(c -> c == card)) {
                cards.add(card);
            }
        }
        return cards.size() >= MIN_CARDS ? cards : List.of();
    }

    private static boolean isAllLink(Element heading) {
        int total = heading.text().length();
        int linked = Find.all(heading, Css.LINKS).stream().mapToInt(a -> a.text().length()).sum();
        return total > 0 && linked >= total * HEADING_LINK_SHARE;
    }

    /** The outermost box within {@link #MAX_CARD_DEPTH} levels that holds this heading only and few words. */
    private static Element boxAround(Element heading, Element article) {
        Element card = null;
        Element box = heading.parent();
        for (int level = 0; level < MAX_CARD_DEPTH && box != null && box != article; level++, box = box.parent()) {
            if (Find.all(box, Headings.ANY).size() > 1 || TextStats.words(box) > MAX_CARD_WORDS) {
                break;
            }
            if (CARD_TAGS.contains(box.normalName())) {
                card = box;
            }
        }
        return card;
    }
}
