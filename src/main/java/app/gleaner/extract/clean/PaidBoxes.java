package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredLines;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds boxes of paid links in the running text: an affiliate's offer ("My top pick · Casa do Vinhedo · From €112 per
 * night · Check prices on Booking.com"), a booking box ("Reserva tu hotel en Oviedo … Ver hoteles"), a listicle item's
 * price row ("From $320/night · Check rates · Expedia"). A link the page marks as paid for ({@code rel="sponsored"}, as
 * the HTML standard and search engines ask of an affiliate's or an advertiser's link) and sets apart from any sentence
 * is the advertiser's call, and the box around it goes with it while the box says little else: no other link, no part
 * of the story (a heading of the text, a list, a table, a figure, a quotation, code, media), at most {@link
 * #MAX_BOX_WORDS} words, some of them its offer's own (a name, a price, a label), none of them a sentence of the
 * writer's (a verdict, a card's description, a note on a stay, however split into spans). A paid link inside a sentence
 * ("We booked it on <a>…</a>") is the writer's, and so is a list of the gear a post uses, and a line that is the call
 * alone, closing a review's verdict ("Ver precio en Deportes Alcor (124,90 €)"); all stay. The affiliate disclosure a
 * box of paid links holds ("If you buy through our links, the blog earns a small commission", {@code
 * rules/disclosure-phrases.txt}) is the box's own small print, no sentence of the writer's. Part of {@link
 * ContentCleaner}. Stateless and thread-safe.
 */
final class PaidBoxes {

    /** Words a box of paid links says at most, a character of a script without spaces counting half. */
    static final int MAX_BOX_WORDS = 40;
    /** Words an offer's line says at most ("Casa do Vinhedo – from €112 per night"); a longer run is prose. */
    static final int MAX_FIELD_WORDS = 12;
    /** Words of the shortest sentence: "Breakfast is included." */
    static final int MIN_SENTENCE_WORDS = 3;
    /** Words a disclosure's sentence says before its phrase at most: "If you", "Please note that we". */
    static final int MAX_WORDS_BEFORE_DISCLOSURE = 6;
    /** Words of a thanks after a disclosure at most. */
    static final int MAX_THANKS_WORDS = 8;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?。！？])\\s+");
    /** Phrases of affiliate and advertising disclosures, lower case. */
    private static final List<String> DISCLOSURES = RuleList.loadLowerCase("disclosure-phrases.txt");
    /** The boxes that may go; a list item is one of the story's lists, whatever it links to. */
    private static final Set<String> BOX_TAGS = Set.of("div", "section", "aside", "p", "span", "center", "footer");
    /** What a box of paid links never holds: the story's parts. A card's own title ({@code <h3>}) may open it. */
    private static final Evaluator STORY_PARTS =
            Selector.evaluatorOf("h1, h2, ul, ol, dl, table, figure, blockquote, pre, video, audio, iframe");

    private PaidBoxes() {
    }

    /** Removes the boxes of paid links below {@code article}, noting each in {@code log}. */
    static void removeFrom(Element article, RemovalLog log) {
        List<Element> boxes = new ArrayList<>();
        for (Element link : article.select("a[rel][href]")) {
            if (!isPaid(link) || !standsApart(link) || boxes.stream().anyMatch(box -> Nesting.isWithin(link, box))) {
                continue;
            }
            Element box = null;
            for (Element up = link.parent(); up != null && up != article && BOX_TAGS.contains(up.normalName())
                    && holdsOnlyPaidCalls(up); up = up.parent()) {
                box = up;
            }
            if (box != null && saysMoreThanItsLinks(box) && !DeclaredLines.touch(box)) {
                boxes.add(box);
            }
        }
        boxes.forEach(log::remove);
    }

    /** A link the page marks as paid for ({@code rel="sponsored"}): an affiliate's or an advertiser's. */
    static boolean isPaid(Element link) {
        return link.attr("rel").toLowerCase(Locale.ROOT).contains("sponsored");
    }

    /**
     * Whether no words run on either side of {@code link} within its parent: a button or a line of its own. A span
     * beside it runs on where a space joins the two ("<span>I bought mine from </span><a>…</a>", as a word processor
     * writes a sentence); a price's field set flush beside a button does not.
     */
    private static boolean standsApart(Element link) {
        return !runsOn(link.previousSibling(), false) && !runsOn(link.nextSibling(), true);
    }

    private static boolean runsOn(Node node, boolean after) {
        if (node instanceof TextNode text) {
            return hasLetterOrDigit(text.text());
        }
        if (!(node instanceof Element inline) || inline.isBlock() || inline.nameIs("br")) {
            return false;
        }
        String words = inline.wholeText();
        boolean spaced = !words.isEmpty() && Character.isWhitespace(words.charAt(after ? 0 : words.length() - 1));
        return spaced && hasLetterOrDigit(words);
    }

    private static boolean hasLetterOrDigit(String words) {
        for (int i = 0; i < words.length(); i++) {
            if (Character.isLetterOrDigit(words.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsOnlyPaidCalls(Element box) {
        return TextStats.wordsCjkHalved(box.text()) <= MAX_BOX_WORDS && Find.first(box, STORY_PARTS) == null
                && Find.all(box, Css.LINKS).stream().allMatch(PaidBoxes::isPaid) && !holdsProse(box);
    }

    /**
     * Whether a run of {@code box}'s text outside its links is longer than an offer's field ({@link #MAX_FIELD_WORDS})
     * or ends as a sentence does: a sentence of the writer's ("We stayed three nights in a river-view room…", a
     * verdict, a product card's description), however its paragraph is split into spans.
     */
    private static boolean holdsProse(Element box) {
        for (TextNode text : box.textNodes()) {
            int words = TextStats.wordsCjkHalved(text.text());
            if ((words > MAX_FIELD_WORDS || words >= MIN_SENTENCE_WORDS && TextStats.endsASentence(text.text()))
                    && !isDisclosure(text.text())) {
                return true;
            }
        }
        for (Element element : box.children()) {
            if (!element.nameIs("a") && !isDisclosure(element.text()) && holdsProse(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} is a disclosure and nothing else: each of its sentences opens with a disclosure's phrase
     * (within {@link #MAX_WORDS_BEFORE_DISCLOSURE} words: "If you buy through our links, we may earn…") or is a short
     * thanks ("Thanks for supporting the blog!"). A writer's verdict, note or advice that goes on to mention the
     * commission ("My verdict: four stars; if you buy through our links…") is the writer's.
     */
    private static boolean isDisclosure(String text) {
        boolean disclosed = false;
        for (String sentence : SENTENCE_BREAK.split(text.strip().toLowerCase(Locale.ROOT))) {
            int at = -1;
            for (String phrase : DISCLOSURES) {
                int found = sentence.indexOf(phrase);
                at = found >= 0 && (at < 0 || found < at) ? found : at;
            }
            if (at >= 0 && TextStats.words(sentence.substring(0, at)) <= MAX_WORDS_BEFORE_DISCLOSURE) {
                disclosed = true;
            } else if (TextStats.words(sentence) > MAX_THANKS_WORDS) {
                return false;
            }
        }
        return disclosed;
    }

    /** Whether {@code box} holds words outside its links: an offer's name, price or pitch, not a lone call. */
    private static boolean saysMoreThanItsLinks(Element box) {
        int linked = Find.all(box, Css.LINKS).stream().mapToInt(link -> TextStats.wordsCjkHalved(link.text())).sum();
        return TextStats.wordsCjkHalved(box.text()) > linked;
    }
}
