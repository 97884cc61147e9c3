package app.gleaner.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds pitches in the running text, wherever their link leads and wherever it sits: a div, section or aside among
 * the article's paragraphs, holding a link or a button, whose words pitch. They speak as the publisher
 * ({@link PublisherVoice}) and name a nag phrase outside their links or ask for a sum of money every month or with a
 * question ("Unabhängiger Lokaljournalismus kostet Geld. … unterstützen Sie unsere Redaktion ab 5 Euro im Monat –
 * <a>hier</a>."), or their nag phrases cover much of them ("Zapisz się <a>tutaj</a> … zupełnie za darmo"). The
 * story's own boxes speak of others, name a price once ("Our verdict: … $699 at the shop"), or hold a heading, a
 * table, a list of terms or a figure. The sibling of {@link PromoBoxes}, whose promos end with a call of their own
 * line. Part of {@link ContentCleaner}. Immutable and thread-safe.
 */
final class PitchBoxes {

    /** A box that speaks as the publisher is a pitch up to this many words. */
    static final int MAX_VOICE_BOX_WORDS = 80;
    /** Boxes a pitch comes in: not a paragraph of the story. */
    private static final Set<String> BOX_TAGS = Set.of("div", "section", "aside");
    /**
     * What a pitch box never holds: those of {@link PromoBoxes#CONTENT_PARTS}, any heading, a table or a list of
     * terms. "Our verdict" in a product box with its specifications is the review's.
     */
    private static final String CONTENT_PARTS = PromoBoxes.CONTENT_PARTS + ", h4, h5, h6, table, dl";
    /** A sum asked for again and again: "a month", "im Monat", "par mois", "/mo". */
    private static final Pattern PERIOD = Pattern.compile("(?iu)\\b(?:a|per|each|every|im|pro|je|par|al|por|na|za|в)"
            + "\\s+(?:month|monat|mois|mes|měsíc|miesiąc|месяц|week|woche|semaine|semana|year|jahr|an|año|ano|rok)"
            + "|/\\s?(?:mo|month|monat|mois|mes)\\b|monthly|monatlich|mensuel");

    private final NagPhrases nagPhrases;

    PitchBoxes(NagPhrases nagPhrases) {
        this.nagPhrases = nagPhrases;
    }

    /** Removes the pitch boxes below {@code article}. */
    void removeFrom(Element article) {
        Map<Element, Integer> words = new IdentityHashMap<>(); // each box is read once, however many links it holds
        Map<Element, Boolean> verdicts = new IdentityHashMap<>();
        Map<Element, List<Element>> calls = new IdentityHashMap<>();
        for (Element call : article.select("a[href], button")) {
            if (call.nameIs("a") && SiteLinks.leadsToDocument(call)) {
                continue;
            }
            Element box = boxOf(call, article, words, verdicts);
            if (box != null) {
                calls.computeIfAbsent(box, b -> new ArrayList<>()).add(call);
            }
        }
        calls.keySet().stream().filter(this::pitches).toList().forEach(box -> {
            if (box.parent() != null) {
                box.remove();
            }
        });
    }

    /** The nearest box around {@code call} set among the prose paragraphs, small and with no content parts. */
    private static Element boxOf(Element call, Element article, Map<Element, Integer> wordCache,
            Map<Element, Boolean> verdicts) {
        if (PromoBoxes.within(call, PromoBoxes.NOT_IN_PROMOS)) {
            return null;
        }
        for (Element box = call.parent(); box != null && box != article; box = box.parent()) {
            int words = wordCache.computeIfAbsent(box, b -> TextStats.words(b.text()));
            if (words > MAX_VOICE_BOX_WORDS) {
                return null;
            }
            String tag = box.normalName();
            if ((BOX_TAGS.contains(tag) || tag.indexOf('-') > 0) && box.parent() != null
                    && PromoBoxes.inRunningText(box)) {
                // a box's verdict is read once, however many links and buttons it holds
                return verdicts.computeIfAbsent(box, b -> mayBePitch(b, words)) ? box : null;
            }
        }
        return null;
    }

    /** No picture with only its caption, no content part, no list that says more than its links. */
    private static boolean mayBePitch(Element box, int words) {
        boolean captioned = words < PromoBoxes.MIN_PROMO_WORDS_BESIDE_PICTURE
                && box.selectFirst("img, picture, svg") != null;
        return !captioned && box.selectFirst(CONTENT_PARTS) == null
                && box.select("li").stream().noneMatch(PromoBoxes::saysMoreThanItsLinks);
    }

    /**
     * A box's words pitch: they speak as the publisher and name a nag phrase outside their links or ask for a sum of
     * money, every month or with a question ("Hledáte dárek? … 990 Kč"), or their nag phrases cover much of them
     * ({@link NagPhrases#isPitch}). "Our verdict: … $699 at Amazon" and "We used a $12 bottle" name a price once, and
     * are the story's.
     */
    private boolean pitches(Element box) {
        String text = box.text();
        boolean money = NagBoxes.AMOUNT.matcher(text).find() || PromoBoxes.PRICE.matcher(text).find();
        boolean asksForMoney = money && (PERIOD.matcher(text).find() || TextStats.asksAQuestion(text));
        return PublisherVoice.speaks(text) && (asksForMoney || nagPhrases.names(textBesideLinks(box)))
                || nagPhrases.isPitch(text);
    }

    /** The words of {@code box} outside its links: a link's "sign up for a free account" in docs is a pointer. */
    private static String textBesideLinks(Element box) {
        String text = box.text();
        for (Element link : box.select("a")) {
            text = text.replace(link.text(), " ");
        }
        return text;
    }
}
