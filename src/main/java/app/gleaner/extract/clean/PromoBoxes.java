package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredLines;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.PictureFiles;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds promo boxes in the running text, in any language: a small box set among the article's paragraphs whose call is
 * a short link, set apart from any sentence, to another page of the same site or to the publisher's channel in a
 * messaging app or a store ({@link ChannelLinks}), and which sells: two calls or more, a channel, a sum of money, a
 * nag phrase or a question to the reader ("Want the news on your phone? <a>Join our WhatsApp channel</a>", a survey
 * whose answers are links, "Verify your school e-mail and read for $1 a week. <a>Claim the student rate</a>"). The
 * article's own sentences link inside their words; its boxes that link out (a product box with "Check price", a voter
 * guide with the official form), that inform (45 words or more besides their links), or that point to more without
 * selling (a note ending "<a>Learn more about file watching</a>", a correction, a series note) stay, as do headings,
 * figures, quotations, code, lists of steps and links to documents; a card's title (an {@code <h3>} opening the box,
 * "Buy Uxía a coffee?") is no heading of the text. Boxes whose words pitch wherever their link sits are
 * {@link PitchBoxes}'. Part of {@link ContentCleaner}. Immutable and thread-safe.
 */
final class PromoBoxes {

    /** Boxes with more words than this are not a promo by shape: a fact box or a section, whatever it links to. */
    static final int MAX_PROMO_WORDS = 100;
    /** A paragraph ending in a call link is a promo only up to this many words: a teaser line, not prose. */
    static final int MAX_PROMO_PARAGRAPH_WORDS = 30;
    /** A box saying this many words outside its links informs rather than pitches. */
    static final int MAX_PITCH_WORDS = 45;
    /** Words of link text a call to go elsewhere has at most ("see the programme and prices"). */
    static final int MAX_CALL_WORDS = 8;

    /** Characters that end the message before a call link: a sentence, a dash, a separator. */
    private static final String MESSAGE_ENDS = "?!.|·•…—–»›>";
    /** Punctuation after a link that makes it part of a sentence. */
    private static final String SENTENCE_GOES_ON = ".,;:!?)";
    /** Exclamation marks that end a paragraph's pitch before its call link, as a question does. */
    private static final String EXCLAIMS = "!！";
    private static final Set<String> BOX_TAGS = Set.of(
            "div", "section", "aside", "form", "footer", "details", "center", "table", "p");
    /** Where a promo box never lies: the article's header, a quotation, a figure. */
    static final Set<String> NOT_IN_PROMOS = Set.of("header", "blockquote", "figure");
    /** What a promo box never holds: a heading of the text, a picture, a quotation, code. */
    static final String CONTENT_PARTS = "h1, h2, h3, figure, video, iframe, blockquote, pre";
    /**
     * What a card never holds: its one {@code <h3>} opening it is its title ("Win a weekend by the sea"), no heading
     * of the text; whether it sells is still {@link #sells}'s question.
     */
    private static final String CARD_CONTENT_PARTS = "h1, h2, figure, video, iframe, blockquote, pre";
    /** Distinct calls that make a box a choice to make: a survey's answers, two offers. */
    static final int MIN_CHOICE_CALLS = 2;
    /** Siblings looked at on each side of a call for the words that would put it in a sentence. */
    private static final int MAX_LINE_NODES = 12;
    private static final Set<String> INLINE_TAGS = Set.of(
            "a", "span", "strong", "b", "em", "i", "u", "small", "mark", "abbr", "cite", "q", "time", "code", "sub",
            "sup", "font", "img", "picture", "svg");
    private final NagPhrases nagPhrases;

    PromoBoxes(NagPhrases nagPhrases) {
        this.nagPhrases = nagPhrases;
    }

    /** Removes the promo boxes below {@code article}, noting each in {@code log}. */
    void removeFrom(Element article, RemovalLog log) {
        Map<Element, Integer> words = new IdentityHashMap<>(); // each box is read once, however many links it holds
        Map<Element, List<Element>> calls = new LinkedHashMap<>(); // in page order, as the log tells them
        for (Element link : Find.all(article, Css.LINKS)) {
            boolean invitation = ChannelLinks.invitesToChannel(link);
            if (invitation || isCall(link)) {
                Element box = boxOf(link, article, words, invitation);
                if (box != null) {
                    calls.computeIfAbsent(box, b -> new ArrayList<>()).add(link);
                }
            }
        }
        calls.entrySet().stream().filter(e -> sells(e.getKey(), e.getValue())).map(Map.Entry::getKey)
                .filter(box -> !DeclaredLines.touch(box)).toList().forEach(log::remove);
    }

    /**
     * Whether a box with these calls sells something rather than points to more: it asks the reader to choose between
     * two calls or more (a survey's answers, two offers), sends the reader to a messaging channel or a tip jar, names a
     * sum of money or a nag phrase, or asks the reader a question ("Solved today's crossword?"). A note that ends
     * "<a>Learn more about file watching</a>", a correction or a short section of documentation does none of these, and
     * an editors' note ({@link EditorsNote}) never sells. A question in a heading is the box's topic, as an explainer's
     * "Konto teilen: Was ist erlaubt?" is, not one put to the reader. A card with its title ({@link #isCard}) sells a
     * sum only in its call ("Order the magazine for 12 lari"): a short section on parking that names a fee and links to
     * a map informs. An FAQ's entry ({@link Questions#answeredInPlace}) answers the reader's question, whatever its
     * answer links to ("How do I renew? … <a>Log in to your resident account to renew</a>").
     */
    private boolean sells(Element box, List<Element> calls) {
        String text = box.text();
        if (EditorsNote.opens(text) || Questions.answeredInPlace(box)) {
            return false; // "Update, May 14: … <a>all corrections</a>"
        }
        boolean titled = box.selectFirst("h3") != null; // only a card's title gets a box with an h3 this far
        return calls.stream().map(link -> link.attr("href")).distinct().count() >= MIN_CHOICE_CALLS
                || calls.stream().anyMatch(PromoBoxes::leadsToChannelOrTipJar)
                || (titled ? calls.stream().anyMatch(link -> Sums.namedIn(link.text())) : Sums.namedIn(text))
                || nagPhrases.names(text)
                || Questions.asks(Boxes.textBeside(box, Headings.SELECTOR));
    }

    /**
     * The box in the running text that {@code link} is the call of: its nearest ancestor below {@code article} set
     * among prose paragraphs, if that is small, a box by its tag, and no part of a header, quotation or figure; past
     * a row of buttons that says nothing but its calls, the box around it that says their pitch, when there is one.
     * A box with a heading (other than a card's own title, {@link #isCard}), a picture, a data table or a list that
     * says more than its links is content: a section of documentation, a chart, steps.
     */
    private static Element boxOf(Element link, Element article, Map<Element, Integer> wordCache,
            boolean invitation) {
        if (Boxes.within(link, NOT_IN_PROMOS)) {
            return null;
        }
        Element callsOnly = null; // a row of buttons: the box, unless one around it says its pitch
        for (Element box = standsAlone(link) ? link : link.parent(); box != null && box != article;
                box = box.parent()) {
            String tag = box.normalName();
            int words = wordCache.computeIfAbsent(box, b -> TextStats.words(b));
            if (words > MAX_PROMO_WORDS) {
                return callsOnly;
            }
            // a paragraph is a short line that asks, or invites to a channel (not a guide to another's); speaking as
            // the publisher outside quotations, it may invite to its own channel at a pitch's length when the link
            // follows its message ("… fique por dentro. <a>Clique aqui para seguir</a>"; a story says "our reporter
            // asked … on <a>its channel</a>"), and at any length when its class or its bold lead sets it apart, as a
            // box does (a note on where the civil defence posts its alerts speaks of others)
            boolean shaped = box == link || (tag.equals("p")
                    ? words <= MAX_PROMO_PARAGRAPH_WORDS
                            && (invitation && !guidesToAnothersChannel(box) || asksBefore(box, link))
                            || invitation && (words <= MAX_PITCH_WORDS && messageEndsBefore(link)
                                    || PitchBoxes.isSetApart(box))
                                    && PersonWords.PUBLISHER.foundIn(Quotations.outside(box.text()))
                    : tag.equals("table") ? isLayoutTable(box)
                    : BOX_TAGS.contains(tag) || tag.indexOf('-') > 0);
            // a list of answers beside the box's own question is no box yet: look further out
            if (shaped && box.parent() != null && Boxes.inRunningText(box)) {
                boolean promo = !Boxes.holdsStoryParts(box, words, isCard(box) ? CARD_CONTENT_PARTS : CONTENT_PARTS)
                        && !informs(box)
                        && Find.all(box, Css.TABLES).stream().allMatch(PromoBoxes::isLayoutTable);
                if (Boxes.wordsBesideLinks(box) > 0 || !promo) {
                    return promo ? box : callsOnly;
                }
                callsOnly = callsOnly == null ? box : callsOnly;
            }
        }
        return callsOnly;
    }

    /**
     * Whether {@code link} stands as a line of its own after a block, as a box does: no text runs beside it in its
     * parent, a block stands before it ("<div>…</div><a class=follow>Follow us on Google News</a>"), and no paragraph
     * after it that it would head. A link that opens its box is the title of what follows (a product's name in a
     * roundup, an FAQ's question), and so is one set over a paragraph.
     */
    private static boolean standsAlone(Element link) {
        Element parent = link.parent();
        if (parent == null || LooseText.hasLooseText(parent)) {
            return false;
        }
        Element before = link.previousElementSibling();
        Element after = link.nextElementSibling();
        return before != null && !INLINE_TAGS.contains(before.normalName())
                && (after == null || !INLINE_TAGS.contains(after.normalName()) && !TextStats.isProseParagraph(after)
                        && !after.nameIs("p"));
    }

    /**
     * A box whose one heading, an {@code <h3>}, opens it: a card with its title. One of a row of such boxes is an entry
     * of a roundup ("Best for small kitchens: …, £24.99, <a>Read our review</a>"), not a promo, which comes alone.
     */
    private static boolean isCard(Element box) {
        Elements headings = Find.all(box, Headings.ANY);
        return headings.size() == 1 && headings.get(0).nameIs("h3") && box.text().startsWith(headings.get(0).text())
                && !BoxRows.isOneOfARow(box, "h3");
    }

    /**
     * True when the text of {@code paragraph} before {@code link} is a question or an exclamation ("Want the news on
     * your phone? <a>Join our channel</a>"): a paragraph whose sentence merely ends before a link is prose.
     */
    private static boolean asksBefore(Element paragraph, Element link) {
        String text = paragraph.text();
        int at = text.lastIndexOf(link.text());
        String before = at < 0 ? "" : text.substring(0, at).strip();
        if (before.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        return Questions.endsAt(before, before.length() - 1) || EXCLAIMS.indexOf(last) >= 0
                || Character.getType(before.codePointBefore(before.length()))
                == Character.OTHER_SYMBOL;
    }

    /**
     * Whether {@code box} says {@link #MAX_PITCH_WORDS} words or more outside its links: a box that tells the reader
     * that much (where to buy tickets, with dates, prices and a warning about resale; how to sign up for flood
     * warnings, step by step) is part of the story, whatever page of the site it links to. A pitch is a line or two.
     */
    private static boolean informs(Element box) {
        return Boxes.wordsBesideLinks(box) >= MAX_PITCH_WORDS;
    }

    /** A table that only lays a box out: no row holds two cells, so it holds no data. */
    private static boolean isLayoutTable(Element table) {
        return Find.all(table, Css.ROWS).stream().allMatch(row -> Find.all(row, Css.OWN_CELLS).size() <= 1);
    }

    /**
     * A call: a short link, not a title or an address, to another page of this site (not a document or a picture's
     * file: a figure's "Download figure"), to a channel or to a tip jar, set apart from any sentence. What comes
     * before its line (past other links and separators) ends a message or a block, and no words follow it in its
     * line.
     */
    static boolean isCall(Element link) {
        String text = link.text().strip();
        int words = TextStats.words(text);
        if (words == 0 || words > MAX_CALL_WORDS || text.endsWith(".")
                || SiteLinks.readsAsAddress(text) || text.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        Node line = link;
        while (line.parent() != null && line.parent().childNodeSize() == 1) {
            line = line.parent();
        }
        // the cheap tests of the line first; most links sit inside a sentence and go no further
        return messageEndsBefore(line) && nothingFollows(line) && !Boxes.within(link, Headings.TAGS)
                && !SiteLinks.leadsToDocument(link) && !PictureFiles.isPictureFile(link.attr("href"))
                && (SiteLinks.leadsWithinSite(link) || leadsToChannelOrTipJar(link));
    }

    /** Where a call beyond the site leads: a messaging channel, an app store, a writer's tip jar. */
    private static boolean leadsToChannelOrTipJar(Element link) {
        return ChannelLinks.leadsToChannelOrStore(link) || CitingLinks.leadsToTipJar(link);
    }

    /**
     * A paragraph that speaks to the reader but not as the publisher, of a channel it links to: a guide to someone
     * else's channel ("Si vous souhaitez recevoir les alertes, la Ville les publie sur son canal Telegram"), not the
     * publisher's invitation to its own ("Siga o nosso canal no WhatsApp").
     */
    private static boolean guidesToAnothersChannel(Element paragraph) {
        String text = paragraph.text();
        return PersonWords.READER.foundIn(text) && !PersonWords.PUBLISHER.foundIn(text);
    }

    private static boolean messageEndsBefore(Node node) {
        int seen = 0;
        for (Node at = node; at != null; at = inlineParent(at)) {
            for (Node before = at.previousSibling(); before != null; before = before.previousSibling()) {
                if (++seen > MAX_LINE_NODES) {
                    return false; // a long run of links is a list or a cloud, not a call
                }
                if (before instanceof TextNode separator && TextStats.words(separator) == 0
                        && separator.text().chars().anyMatch(c -> MESSAGE_ENDS.indexOf(c) >= 0)) {
                    return true; // "Enrolment is open until 30 September — <a>see the programme</a>"
                }
                if (isLinkOrSeparator(before)) {
                    continue;
                }
                if (before instanceof TextNode text) {
                    return endsAMessage(text.text());
                }
                if (before instanceof Element element) {
                    // a block or a line break ends what came before; an inline element's words must end a message
                    return !INLINE_TAGS.contains(element.normalName()) || endsAMessage(element.text());
                }
            }
        }
        return true;
    }

    /**
     * True when no words and no sentence punctuation follow {@code node} in its line: "<a>…</a>." ends a sentence the
     * link is part of.
     */
    private static boolean nothingFollows(Node node) {
        int seen = 0;
        for (Node at = node; at != null; at = inlineParent(at)) {
            for (Node after = at.nextSibling(); after != null; after = after.nextSibling()) {
                if (++seen > MAX_LINE_NODES) {
                    return false;
                }
                if (after instanceof TextNode text
                        && text.text().chars().anyMatch(c -> SENTENCE_GOES_ON.indexOf(c) >= 0)) {
                    return false;
                }
                if (isLinkOrSeparator(after)) {
                    continue;
                }
                if (after instanceof TextNode || after instanceof Element) {
                    return after instanceof Element element && !INLINE_TAGS.contains(element.normalName());
                }
            }
        }
        return true;
    }

    /** The parent of {@code node} when the line runs on around it ("(<span><a>HSI</a></span>) started…"). */
    private static Node inlineParent(Node node) {
        Node parent = node.parent();
        return parent instanceof Element element && INLINE_TAGS.contains(element.normalName()) ? parent : null;
    }

    /** Another link of the same line, white space, or a separator without words (" · ", " | "). */
    private static boolean isLinkOrSeparator(Node node) {
        if (node instanceof TextNode text) {
            return TextStats.words(text) == 0;
        }
        return node instanceof Element element && (element.nameIs("a") || INLINE_TAGS.contains(element.normalName())
                && TextStats.words(element) == 0);
    }

    private static boolean endsAMessage(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!TextStats.isSpace(c)) {
                // "12." numbers an item of a list and ends no message
                boolean numbered = c == '.' && i > 0 && Character.isDigit(text.charAt(i - 1));
                return MESSAGE_ENDS.indexOf(c) >= 0 && !numbered || Character.getType(c) == Character.OTHER_SYMBOL;
            }
        }
        return true;
    }
}
