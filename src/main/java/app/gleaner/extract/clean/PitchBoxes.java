package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredLines;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds pitches in the running text, wherever their link leads and wherever it sits: a div, section or aside among the
 * article's paragraphs (or a paragraph its class or its bold lead sets apart), holding a link or a button, whose words
 * pitch ({@link #pitches}). They speak as the publisher ({@link PersonWords#PUBLISHER}) and name a nag phrase outside
 * their links or ask the reader for a sum of money every month or with a question ("Unabhängiger Lokaljournalismus
 * kostet Geld. … unterstützen Sie unsere Redaktion ab 5 Euro im Monat – <a>hier</a>."), or their nag phrases cover
 * much of them ("Zapisz się <a>tutaj</a> … zupełnie za darmo"). The story's own boxes speak of others, name a price
 * once ("Our verdict: … $699 at the shop"), or hold a heading, a table, a list of terms or a figure. The sibling of
 * {@link PromoBoxes}, whose promos end with a call of their own line. Part of {@link ContentCleaner}. Immutable and
 * thread-safe.
 */
final class PitchBoxes {

    /** A box that speaks as the publisher is a pitch up to this many words. */
    static final int MAX_VOICE_BOX_WORDS = 80;
    /** Prose paragraphs near a paragraph that a class of its own sets apart ({@link #hasAClassOfItsOwn}). */
    static final int MIN_PARAGRAPHS_BESIDE = 2;
    /** Boxes a pitch comes in: not a paragraph of the story. */
    private static final Set<String> BOX_TAGS = Set.of("div", "section", "aside");
    /**
     * What a pitch box never holds: those of {@link PromoBoxes#CONTENT_PARTS}, any heading, a table or a list of
     * terms. "Our verdict" in a product box with its specifications is the review's.
     */
    private static final String CONTENT_PARTS = PromoBoxes.CONTENT_PARTS + ", h4, h5, h6, table, dl";
    /** A sum asked for again and again: "a month", "per maand", "im Monat", "par mois", "/mo", "monatlich", "月額". */
    private static final Pattern PERIOD = Pattern.compile("(?iu)"
            + "\\b(?:a|per|pr\\.|each|every|elke|im|pro|je|par|al|por|ao|na|za|om|pe|i|в|на)\\s+"
            + "(?:month|monat|mois|mes|mese|mês|maand|måned|månad|månaden|måneden|měsíc|miesiąc|месяц|місяць|lună|luna"
            + "|week|woche|semaine|semana|settimana|year|jahr|jaar|an|año|ano|anno|rok|год|рік)\\b"
            + "|\\ball'anno\\b"
            + "|/\\s?(?:mo|month|monat|mois|mes|mês|maand|mnd|md|mån|kk|ay|mies|měs|hó|lună|月|เดือน)(?![\\p{L}])"
            + "|monthly|monatlich|mensuel|mensual|mensal|mensile|maandelijks|månadsvis|månedlig|miesięcznie|měsíčně"
            + "|havonta|ежемесячно|щомісяця|aylık|kuukaudessa|प्रति माह|प्रति महीना|हर महीने|ต่อเดือน|月額|每月|매월");

    private final NagPhrases nagPhrases;

    PitchBoxes(NagPhrases nagPhrases) {
        this.nagPhrases = nagPhrases;
    }

    /** Removes the pitch boxes below {@code article}, noting each in {@code log}. */
    void removeFrom(Element article, RemovalLog log) {
        Map<Element, Integer> words = new IdentityHashMap<>(); // each box is read once, however many links it holds
        Map<Element, Boolean> verdicts = new IdentityHashMap<>();
        Map<Element, List<Element>> calls = new LinkedHashMap<>(); // in page order, as the log tells them
        for (Element call : Find.all(article, Css.LINKS_AND_BUTTONS)) {
            if (call.nameIs("a") && SiteLinks.leadsToDocument(call)) {
                continue;
            }
            Element box = boxOf(call, article, words, verdicts);
            if (box != null) {
                calls.computeIfAbsent(box, b -> new ArrayList<>()).add(call);
            }
        }
        calls.keySet().stream().filter(box -> pitches(box) && !DeclaredLines.touch(box)).toList().forEach(box -> {
            if (box.parent() != null) {
                log.remove(box);
            }
        });
    }

    /** The nearest box around {@code call} set among the prose paragraphs, small and with no content parts. */
    private static Element boxOf(Element call, Element article, Map<Element, Integer> wordCache,
            Map<Element, Boolean> verdicts) {
        if (Boxes.within(call, PromoBoxes.NOT_IN_PROMOS)) {
            return null;
        }
        for (Element box = call.parent(); box != null && box != article; box = box.parent()) {
            int words = wordCache.computeIfAbsent(box, b -> TextStats.wordsCjkHalved(b.text()));
            if (words > MAX_VOICE_BOX_WORDS) {
                return null;
            }
            String tag = box.normalName();
            if (tag.equals("p") && call.nameIs("button")) {
                continue; // a button in a sentence marks a footnote or plays a clip; a paragraph's call is a link
            }
            if ((BOX_TAGS.contains(tag) || tag.indexOf('-') > 0 || tag.equals("p") && isSetApart(box))
                    && box.parent() != null && Boxes.inRunningText(box)) {
                // a box's verdict is read once, however many links and buttons it holds
                boolean pitchShaped = verdicts.computeIfAbsent(box,
                        b -> !Boxes.holdsStoryParts(b, words, CONTENT_PARTS));
                return pitchShaped ? box : null;
            }
        }
        return null;
    }

    /**
     * A paragraph the site set beside the story, a box as a div would be: by a class of its own
     * ({@link #hasAClassOfItsOwn}) or by a bold lead none of the paragraphs near it has ({@link #opensBold}: "<b>Before
     * you read on:</b> we are a non-profit newsroom…" among plain paragraphs). The story's own paragraphs look alike;
     * where each opens bold, they are a Q&amp;A, a list of tips or a timeline, and none stands apart.
     */
    static boolean isSetApart(Element paragraph) {
        return opensBold(paragraph) && Boxes.neighbours(paragraph).stream().noneMatch(PitchBoxes::opensBold)
                || hasAClassOfItsOwn(paragraph);
    }

    /**
     * A paragraph whose class none of the prose paragraphs near it shares ({@code <p class="c7b2e">} among plain
     * {@code <p>}s): text pasted from an editor gives each paragraph a class of its own ("c1", "c5"), and among such
     * paragraphs none stands apart: one near it at least must be plain, or share its class with another.
     */
    private static boolean hasAClassOfItsOwn(Element paragraph) {
        String own = paragraph.className().strip();
        if (own.isEmpty()) {
            return false;
        }
        List<String> looks = new ArrayList<>();
        for (Element sibling : Boxes.neighbours(paragraph)) {
            String look = sibling.className().strip();
            if (sibling.nameIs("p") && look.equals(own)) {
                return false;
            }
            if (TextStats.isProseParagraph(sibling)) {
                looks.add(look);
            }
        }
        return looks.size() >= MIN_PARAGRAPHS_BESIDE
                && looks.stream().anyMatch(look -> look.isEmpty() || Collections.frequency(looks, look) > 1);
    }

    /** A paragraph that opens with words in bold and goes on in plain words or links: a lead-in. */
    private static boolean opensBold(Element paragraph) {
        if (!paragraph.nameIs("p")) {
            return false;
        }
        for (Node child : paragraph.childNodes()) {
            if (child instanceof Element lead) {
                int leadWords = TextStats.words(lead);
                return (lead.nameIs("strong") || lead.nameIs("b")) && leadWords > 0
                        && leadWords < TextStats.words(paragraph);
            }
            if (child instanceof TextNode text && !text.isBlank()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A box's words pitch: they speak as the publisher and name a nag phrase outside their links, or ask for a sum of
     * money with a question ("Hledáte dárek? … 990 Kč") or every month of a reader they address ("… unterstützen Sie
     * unsere Redaktion ab 5 Euro im Monat, wenn Ihnen …"); or their nag phrases cover much of them
     * ({@link NagPhrases#isPitch}), unless those phrases are only in its links to a service elsewhere. "Our verdict: …
     * $699 at Amazon" names a price once, and a fact box's "11 400 kr a month, by our count" speaks of others: both are
     * the story's. A paragraph set apart by its class is held to its words alone: a lead, an update or a verdict names
     * sums in the publisher's voice; one set apart by its bold lead alone speaks as the publisher outside quotations
     * and sends the reader within the site, unless its phrases make a pitch ("<b>Our verdict:</b> we would keep the
     * subscription … <a>the streamer's prices</a>" is the review's). An editors' note ({@link EditorsNote}) is the
     * story's, whatever it names.
     */
    private boolean pitches(Element box) {
        String text = box.text();
        if (EditorsNote.opens(text)) {
            return false; // "Correction: … misstated the price of a digital subscription. We regret the error."
        }
        if (nagPhrases.isPitch(text)) {
            return !pointsToAServiceElsewhere(box) || nagPhrases.names(textBesideLinks(box));
        }
        // a bold lead sets a verdict or a dateline apart as well as a pitch
        boolean ledApart = box.nameIs("p") && !hasAClassOfItsOwn(box);
        if (!PersonWords.PUBLISHER.foundIn(ledApart ? Quotations.outside(text) : text)
                || ledApart && pointsToAServiceElsewhere(box)) {
            return false;
        }
        if (nagPhrases.names(textBesideLinks(box))) {
            return true;
        }
        boolean money = !box.nameIs("p") && Sums.namedIn(text);
        if (!money) {
            return false;
        }
        boolean question = Questions.asks(text);
        boolean everyPeriod = PERIOD.matcher(text).find() && PersonWords.READER.foundIn(text);
        // a button alone may share, copy or show more: the box must ask for the money every month, and ask the reader
        return Find.first(box, Css.LINKS) != null ? question || everyPeriod : question && everyPeriod;
    }

    /**
     * A box whose only calls are links to another site, and whose nag phrases are theirs: the story's pointer to a
     * service ("What you need: your old passport, a photo… <a>Sign in</a> or <a>create an account</a>" at the
     * passport office), not the publisher's pitch, which speaks its phrases itself or holds a button of its own.
     */
    private static boolean pointsToAServiceElsewhere(Element box) {
        List<Element> links = Find.all(box, Css.LINKS);
        return box.selectFirst("button") == null && !links.isEmpty()
                && links.stream().allMatch(SiteLinks::leadsElsewhere);
    }

    /** The words of {@code box} outside its links: a link's "sign up for a free account" in docs is a pointer. */
    private static String textBesideLinks(Element box) {
        return Boxes.textBeside(box, "a");
    }
}
