package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredLines;
import app.gleaner.extract.page.ElementSums;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Cleans the chosen article block conditionally, like Readability's last pass: promo boxes set in the text
 * ({@link PromoBoxes}), lists and boxes that are mostly links (tag clouds, "more stories"; not a row of buttons that
 * send the reader elsewhere to act or to the story's documents, as a software release's downloads, nor one link to a
 * document, nor the story's sources under their heading), teaser cards ({@link TeaserCards}), hover cards glued into a
 * sentence, short paragraphs that are one link to another page set between the article's paragraphs (a cited address
 * stays, and a button that does not sell), and empty blocks left behind by earlier stages. Data tables, prose lists and
 * figures stay. Immutable and thread-safe.
 */
public final class ContentCleaner {

    /** Share of link text above which a list or box without prose is navigation. */
    public static final double MAX_LINK_DENSITY = 0.5;
    /**
     * A paragraph of at most this many words that is all link, between the article's paragraphs, is a promo for
     * another page ("<a>Ten walks along the river</a>"), not a sentence of the article.
     */
    public static final int MAX_LINK_PARAGRAPH_WORDS = 15;
    /** Links, besides the name it repeats, that make a run after a link a hover card of further reading. */
    public static final int MIN_HOVER_CARD_LINKS = 2;
    /** Share of a hover card's text in links. */
    public static final double MIN_HOVER_CARD_LINK_DENSITY = 0.8;
    /** Share of a paragraph's text in links that makes it all link. */
    public static final double ALL_LINK_DENSITY = 0.95;

    /** Words a button that sends the reader elsewhere says at least: "Download it for Windows", not "Jetzt kaufen". */
    public static final int MIN_ACTION_WORDS = 3;

    private static final Evaluator LINK_BOX_TAGS = Selector.evaluatorOf("ul, ol, div, section, table, dl");
    /** What a box of the story's facts holds besides its links to documents: a list, a table, a figure. */
    private static final Evaluator FACT_PARTS = Selector.evaluatorOf("ul, ol, dl, table, figure");
    /** Ancestors of a box of links to documents looked at for the box of facts it belongs to. */
    static final int FACTS_REACH = 3;
    /** Prose paragraphs a box of facts holds at most: more make a block of the story's text. */
    static final int MAX_FACT_BOX_PARAGRAPHS = 2;
    /** Headings over a story's list of sources ("References", "Quellen", "参考文献"). */
    private static final Set<String> SOURCE_LABELS = Set.copyOf(RuleList.loadLowerCase("source-labels.txt"));
    private static final Pattern TRAILING_COLON = Pattern.compile("\\s*[:：]$");
    /** What separates the words of a class attribute: "btn btn-primary", "button--start", "fr_btn". */
    private static final Pattern CLASS_WORD_SEPARATORS = Pattern.compile("[\\s_-]+");
    /** Elements that are content though they hold no text. */
    private static final Set<String> KEEPS_CONTENT = Set.of("img", "picture", "video", "audio", "iframe", "br", "hr",
            "noscript");
    private static final Set<String> KEEP_WHEN_EMPTY = Set.of("img", "picture", "br", "hr", "td", "th", "tr",
            "iframe", "video", "audio", "source", "col", "colgroup", "svg");

    private final NagPhrases nagPhrases;
    private final PromoBoxes promoBoxes;
    private final PitchBoxes pitchBoxes;
    private final CitingLinks citingLinks;

    /** A cleaner whose promo rule reads nag phrases from the bundled rule file. */
    public ContentCleaner() {
        this(new NagPhrases());
    }

    public ContentCleaner(NagPhrases nagPhrases) {
        this.nagPhrases = nagPhrases;
        this.promoBoxes = new PromoBoxes(nagPhrases);
        this.pitchBoxes = new PitchBoxes(nagPhrases);
        this.citingLinks = new CitingLinks(nagPhrases);
    }

    /**
     * Cleans {@code article} in place. Promo and pitch boxes are the publisher's nags and go to {@code log}; link
     * lists, teasers and empty blocks are page chrome and are not listed, as {@link ChromeRemover}'s are not.
     */
    public void clean(Element article, RemovalLog log) {
        clean(article, log, null);
    }

    /** As {@link #clean(Element, RemovalLog)}, the page's {@code byline} (may be null) naming whose card goes. */
    public void clean(Element article, RemovalLog log, String byline) {
        // first: the link lists below would take a survey's answers and leave its question
        promoBoxes.removeFrom(article, log);
        pitchBoxes.removeFrom(article, log);
        PaidBoxes.removeFrom(article, log);
        BettingBoxes.removeFrom(article, log);
        AuthorCards.removeFrom(article, byline, log);
        // Densities for every box from one bottom-up walk: a per-box subtree walk is quadratic on deep pages.
        Map<Element, Integer> visible = ElementSums.visibleLengths(article);
        Map<Element, Double> linked = ElementSums.linkedLengths(article, visible);
        Set<Element> sources = Collections.newSetFromMap(new IdentityHashMap<>()); // lists of sources, boxes within
        boolean declared = DeclaredLines.any(article); // asked once: most pages declare no lines
        Map<Element, Boolean> infoboxes = new IdentityHashMap<>();
        for (Element box : Find.all(article, LINK_BOX_TAGS)) {
            if (box.parent() == null || box == article || sources.contains(box) || !isLinkBox(box, visible, linked)
                    || declared && DeclaredLines.touch(box) || isEmbeddedPost(box, article, visible, linked)
                    || isInInfobox(box, infoboxes)) {
                continue;
            }
            if (holdsOwnFigure(box, visible, linked)) {
                continue; // its link lists are judged on their own: a talk's slide stays beside "Slides (PDF)"
            }
            if (listsSources(box)) {
                sources.addAll(Find.all(box, LINK_BOX_TAGS)); // "<div><h3>Documents</h3><div><a>Ruling (PDF)</a>…"
            } else if (!offersActions(box, article) && !isOneDocument(box, article)) {
                box.remove();
            }
        }
        TeaserCards.removeFrom(article);
        for (Element card : hoverCards(article)) {
            card.remove();
        }
        for (Element paragraph : Find.all(article, Css.PARAGRAPHS)) {
            if (isLinkParagraph(paragraph, article, visible, linked) && !(declared && DeclaredLines.touch(paragraph))) {
                paragraph.remove();
            }
        }
        removeEmpty(article);
    }

    /**
     * Whether {@code box} is a field of an infobox the article kept ({@link Asides#isInfobox}), or in one: a wiki's
     * "People: <a>River people</a>" links to the wiki's page of it, and is data. Each aside is read once.
     */
    private static boolean isInInfobox(Element box, Map<Element, Boolean> infoboxes) {
        Element aside = box.closest("aside");
        return aside != null && infoboxes.computeIfAbsent(aside, Asides::isInfobox);
    }

    /**
     * Hover cards set inside a sentence: a run right after a link that repeats the link's text and then lists links
     * to other pages ("<a>Ada Roe</a><span><img><a>Ada Roe</a><a>Her latest column</a>…</span>"). On the page they
     * pop up over the name; in the text they would glue headlines into the sentence.
     */
    private static List<Element> hoverCards(Element article) {
        List<Element> cards = new ArrayList<>();
        for (Element link : Find.all(article, Css.ANCHORS)) {
            Element next = link.nextElementSibling();
            String name = link.text().strip();
            if (next == null || !next.nameIs("span") || name.isEmpty() || !next.text().strip().startsWith(name)) {
                continue;
            }
            if (Find.all(next, Css.ANCHORS).size() > MIN_HOVER_CARD_LINKS
                    && TextStats.linkDensity(next) >= MIN_HOVER_CARD_LINK_DENSITY) {
                cards.add(next);
            }
        }
        return cards;
    }

    private boolean isLinkParagraph(Element paragraph, Element article, Map<Element, Integer> visible,
            Map<Element, Double> linked) {
        if (ElementSums.linkDensity(paragraph, visible, linked) < ALL_LINK_DENSITY
                || paragraph.parent() == null || paragraph.parent().nameIs("li")
                || isEmbeddedPost(paragraph, article, visible, linked)) {
            return false;
        }
        String text = paragraph.text().strip();
        List<Element> links = Find.all(paragraph, Css.LINKS);
        return TextStats.words(text) <= MAX_LINK_PARAGRAPH_WORDS && !SiteLinks.readsAsAddress(text)
                && !(Find.all(paragraph, Css.ANCHORS).stream().allMatch(ContentCleaner::isButton)
                        && offersAnAction(text))
                && !(!links.isEmpty() && links.stream().allMatch(citingLinks::cites));
    }

    /**
     * A box that is one link, naming no nag phrase, whose words name the file it leads to
     * ({@link CitingLinks#namesAFile}: "Download the data (CSV)") and that belongs to a box of facts
     * ({@link #belongsToFacts}), as a paragraph that is one such link stays. A box that is one link to another site is
     * a related story there as often as a place to act ("Explore further", "Download the firmware"), and one set alone
     * between the paragraphs is the house's file as often as the story's ("Today's e-paper (PDF)", "Media kit (PDF)").
     */
    private boolean isOneDocument(Element box, Element article) {
        List<Element> links = Find.all(box, Css.LINKS);
        return links.size() == 1 && CitingLinks.namesAFile(links.get(0)) && !nagPhrases.names(links.get(0).text())
                && belongsToFacts(box, article);
    }

    /**
     * Whether {@code box} lies in a box of the story's facts below {@code article}: one of its {@link #FACTS_REACH}
     * nearest ancestors, short of the article and of any block of its prose ({@link #MAX_FACT_BOX_PARAGRAPHS} prose
     * paragraphs at most), holds a list, a table or a figure beside it ("At a glance", the key points, then "Read the
     * full report (PDF)"). The house's files are set alone between the paragraphs.
     */
    private static boolean belongsToFacts(Element box, Element article) {
        Element ancestor = box.parent();
        for (int level = 0; ancestor != null && ancestor != article && level < FACTS_REACH
                && TextStats.proseParagraphs(ancestor) <= MAX_FACT_BOX_PARAGRAPHS;
                level++, ancestor = ancestor.parent()) {
            for (Element part : Find.all(ancestor, FACT_PARTS)) {
                if (!Nesting.isWithin(part, box)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A list of the story's sources: set right after a heading that names them ({@code rules/source-labels.txt}:
     * "References", "Fuentes", "参考文献"), or a box that opens with one, and every link {@link CitingLinks#cites} ("Pryce,
     * A. (2023) Carbon stocks of the uplands" to its DOI, "Informe de línea de base, 2022 (PDF)"), none a site's front
     * page. Without that heading a list of links is a list of headlines, deals or partners, whatever its links name:
     * their years, prices and PDFs look like a citation's.
     */
    private boolean listsSources(Element box) {
        Element heading = box.nameIs("ul") || box.nameIs("ol") ? box.previousElementSibling()
                : box.nameIs("div") || box.nameIs("section") ? box.firstElementChild() : null;
        if (heading == null || !namesSources(heading)) {
            return false;
        }
        List<Element> links = Find.all(box, Css.LINKS);
        return !links.isEmpty()
                && links.stream().allMatch(link -> citingLinks.cites(link) && !SiteLinks.leadsToFrontPage(link));
    }

    /** A heading or a paragraph whose whole text is a label of sources ("References", "<p><b>Quellen:</b>"). */
    private static boolean namesSources(Element element) {
        return (Headings.TAGS.contains(element.normalName()) || element.nameIs("p")) && SOURCE_LABELS.contains(
                TRAILING_COLON.matcher(element.text().strip().toLowerCase(Locale.ROOT)).replaceFirst(""));
    }

    /**
     * Whether {@code box} is a row of buttons by which the story sends its reader elsewhere to act ("Notenblatt 4.0
     * für Windows herunterladen (212 MB)", "Bei Elektro Brandt für 279 € kaufen", "Book at the festival's box
     * office") or to its documents ("Read the full budget report (PDF, 2.1MB)", "Télécharger les données (CSV)"),
     * with its title when it has one: every link is dressed as a button, says what it does in
     * {@link #MIN_ACTION_WORDS} words or more and acts on another site ({@link CitingLinks#actsElsewhere}: no channel,
     * store, post or payment service), not on its front page, or names the file it leads to
     * ({@link CitingLinks#namesAFile}) from within a box of the story's facts ({@link #belongsToFacts}), and the box
     * names no nag phrase and speaks not as the publisher. A shop's "Jetzt kaufen", a "Mehr Info", a site's "Zur
     * Startseite", the publisher's e-paper, media kit and sister titles are no such actions, nor is a link the page
     * marks as paid for ({@code rel="sponsored"}: "Buy the shaker I use").
     */
    private boolean offersActions(Element box, Element article) {
        List<Element> links = Find.all(box, Css.LINKS);
        if (links.isEmpty() || !links.stream().allMatch(ContentCleaner::isAction)
                || !links.stream().allMatch(ContentCleaner::actsElsewhere) && !belongsToFacts(box, article)) {
            return false;
        }
        String text = box.text();
        return !nagPhrases.names(text) && !PersonWords.PUBLISHER.foundIn(text);
    }

    /**
     * A button of {@link #MIN_ACTION_WORDS} words or more that acts on another site's inner page, not its front, or
     * names the file it leads to.
     */
    private static boolean isAction(Element link) {
        return isButton(link) && !PaidBoxes.isPaid(link) && TextStats.words(link.text()) >= MIN_ACTION_WORDS
                && (actsElsewhere(link) || CitingLinks.namesAFile(link));
    }

    private static boolean actsElsewhere(Element link) {
        return CitingLinks.actsElsewhere(link) && !SiteLinks.leadsToFrontPage(link);
    }

    /**
     * Whether a button's words offer an action of the page ("Start your application", "Pedir cita previa") rather
     * than sell: no nag phrase, no sum, no word of the publisher's ("Try 4 weeks for $1", "Join our newsroom").
     */
    private boolean offersAnAction(String text) {
        return !nagPhrases.names(text) && !Sums.namedIn(text) && !PersonWords.PUBLISHER.foundIn(text);
    }

    /**
     * A link dressed as a button ({@code class="btn btn-primary"}, {@code "button--start"}, {@code role=button}): an
     * action the page offers the reader, which a teaser's line is not, when its words do not sell.
     */
    private static boolean isButton(Element link) {
        if (link.attr("role").equalsIgnoreCase("button")) {
            return true;
        }
        for (String word : CLASS_WORD_SEPARATORS.split(link.className().toLowerCase(Locale.ROOT))) {
            if (word.equals("btn") || word.equals("button")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code element} is part of an embedded post in {@code article}, or a wrapper of nothing but one: a
     * quotation that says something besides its links, {@code element}'s links leading mostly to a social network's
     * posts ({@link CitingLinks#leadsToPostOrPayment}). An Instagram post's caption and "View this post on Instagram"
     * are links to the post beside "A post shared by …": what the story quotes, not a box of links to other pages. A
     * quotation of links to the site's pages (its related stories, a reblog's tags) is such a box still.
     */
    private static boolean isEmbeddedPost(Element element, Element article, Map<Element, Integer> visible,
            Map<Element, Double> linked) {
        Element quote = null;
        for (Element at = element.parent(); at != null && at != article && quote == null; at = at.parent()) {
            quote = at.nameIs("blockquote") ? at : null;
        }
        if (quote == null) {
            Element held = Find.first(element, Css.BLOCKQUOTES);
            quote = held != null && visible.getOrDefault(held, 0).equals(visible.get(element)) ? held : null;
        }
        return quote != null && ElementSums.linkDensity(quote, visible, linked) < ALL_LINK_DENSITY
                && leadsMostlyToPosts(element);
    }

    /**
     * Whether most of the links in {@code box} lead to a social network's post: a reblogged post's tags and its
     * blog's older and newer links lead to the blog, whatever post it links besides.
     */
    private static boolean leadsMostlyToPosts(Element box) {
        List<Element> links = Find.all(box, Css.LINKS);
        return links.stream().filter(CitingLinks::leadsToPostOrPayment).count() * 2 > links.size();
    }

    /**
     * Whether {@code box} holds a figure of its own: a captioned picture that leads nowhere, its caption mostly not
     * links, set apart from any item of a list. A teaser's picture links to its story, or its caption does, or it is an
     * item of a list of stories beside its link.
     */
    private static boolean holdsOwnFigure(Element box, Map<Element, Integer> visible, Map<Element, Double> linked) {
        for (Element figure : box.getElementsByTag("figure")) {
            Element caption = figure.selectFirst("figcaption");
            Element img = Find.first(figure, Css.IMAGES);
            if (caption != null && caption.hasText() && img != null && img.closest(Css.ANCHORS) == null
                    && figure.closest(Css.LIST_ITEMS) == null
                    && ElementSums.linkDensity(figure, visible, linked) <= MAX_LINK_DENSITY) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLinkBox(Element box, Map<Element, Integer> visible, Map<Element, Double> linked) {
        return ElementSums.linkDensity(box, visible, linked) > MAX_LINK_DENSITY && TextStats.proseParagraphs(box) == 0;
    }

    /**
     * Removes the outermost elements with neither text nor media below them, so a wrapper left empty by its children
     * goes too. In an embedded post, a box of no-break spaces alone shows nothing either (its skeleton of grey bars);
     * elsewhere one is a blank line of a poem or of code, or the space between two words, and stays. What a
     * {@code <pre>} with text holds stays whole: a highlighter wraps a blank line or the space between two tokens in
     * an element of its own. Whether a subtree holds content does not change as empty parts go, so one bottom-up walk
     * decides.
     */
    public static void removeEmpty(Element root) {
        Map<Element, Boolean> hasContent = new IdentityHashMap<>();
        ElementSums.childrenFirst(root, element -> {
            boolean content = KEEPS_CONTENT.contains(element.normalName());
            boolean box = element.nameIs("p") || element.nameIs("div");
            for (Node child : element.childNodes()) {
                content = content || child instanceof TextNode text && !text.isBlank()
                        && !(box && TextStats.isSpaces(text.getWholeText()) && isInEmbeddedPost(element))
                        || child instanceof Element childElement && hasContent.get(childElement);
            }
            hasContent.put(element, content);
        });
        ArrayDeque<Element> stack = new ArrayDeque<>(root.children());
        while (!stack.isEmpty()) {
            Element element = stack.pop();
            if (hasContent.get(element) && element.nameIs("pre")) {
                continue; // code keeps its spaces and blank lines: a highlighter wraps them too ("<span class=w> ")
            }
            if (hasContent.get(element) || KEEP_WHEN_EMPTY.contains(element.normalName())) {
                stack.addAll(element.children());
            } else {
                element.remove();
            }
        }
    }

    private static boolean isInEmbeddedPost(Element element) {
        Element quote = element.closest(Css.BLOCKQUOTES);
        return quote != null && leadsMostlyToPosts(quote);
    }
}
