package app.gleaner.extract.find;

import app.gleaner.extract.clean.ChromeRemover;
import app.gleaner.extract.clean.LabelLines;
import app.gleaner.extract.clean.NagPhrases;
import app.gleaner.extract.clean.PersonWords;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The lead of an article (standfirst, "chapo", "Vorspann"): the sentence or two set between the title heading and
 * the text, often in the page's {@code <header>} or a box of its own, so neither the chrome stage nor the search
 * for the article's block keeps it. After the article is found, this looks right after the title heading in the
 * page as it was before chrome removal, and returns the prose blocks that come before the article's own text
 * begins. Kickers, bylines, dates, captions, share bars, nags and anything in a box named like chrome are passed
 * over. Immutable and thread-safe.
 */
public final class ArticleLead {

    /**
     * Characters a block needs to be read as a lead, unless it is the page's declared description: kickers, bylines,
     * dates and credits are shorter. A block the page names as its lead counts in Latin letters
     * ({@link TextStats#latinLength}: a Han character or a kana three, a Hangul syllable two); a Japanese disclosure
     * or caption line of twenty characters, unnamed, stays short.
     */
    static final int MIN_LEAD_CHARS = 60;
    /** Words a lead block may hold: a longer block is the article or something else, not its lead. */
    static final int MAX_LEAD_WORDS = 120;
    /** Words a block the page names as its lead ({@link #LEAD_BOX}) may hold: a long chapo is still one. */
    static final int MAX_NAMED_LEAD_WORDS = 200;
    /** A lead is at most this many blocks. */
    static final int MAX_LEAD_BLOCKS = 3;
    /** Share of link text a lead may hold. */
    static final double MAX_LEAD_LINK_DENSITY = 0.2;

    private static final Set<String> LEAD_TAGS = Set.of("p", "div", "h2", "h3", "h4", "section", "span", "strong",
            "b", "em", "i");
    private static final Evaluator NOT_LEAD =
            Selector.evaluatorOf("figure, figcaption, nav, aside, footer, form, button, a, li, table, "
                + "blockquote");
    /** Boxes named as a picture's caption or credit, or as a type style ("caption-s5-fx", "text-caption"). */
    private static final Evaluator CAPTION_NAMED = Selector.evaluatorOf("[class*=caption], [class*=credit]");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");
    /** Marks between a bar's fields ("Premier League · Saturday 4 May · City Stadium"): no subheadline holds them. */
    private static final Pattern FIELD_MARKS = Pattern.compile("[·|•]");
    private static final Pattern SENTENCE_END = Pattern.compile(TextStats.SENTENCE_STOP + "(\\s|$)");
    /**
     * Class and id words of boxes near the title that hold other short prose than the lead: author bios and bylines,
     * metadata rows, pull quotes, messenger and share prompts.
     */
    static final Pattern NOT_LEAD_BOX = Pattern.compile(
            "author|bio(?![a-z])|byline|contrib|meta|quote|statement|messenger|share|social|promo|newsletter|signup",
            Pattern.CASE_INSENSITIVE);
    /** How deep below the box it shares with the title heading a lead may sit: a header's own paragraph, not a
     * paragraph deep in a neighbouring widget. */
    static final int MAX_LEAD_DEPTH = 3;
    /**
     * Class and id words of a box the page names as the article's lead, standfirst or summary; {@code leading} (a
     * line-height) and {@code leader} are other words, and a lead image's box ({@code lede-image}) holds its caption.
     */
    static final Pattern LEAD_BOX = Pattern.compile(
            "(?<![a-z])(lead|leadin|lede|intro|chapo|chapeau|teaser|excerpt|standfirst|dek|deck|subhead|subheadline"
                    + "|summary|abstract)(?![a-z])(?![-_]*(image|img|photo|picture|media|video|figure|art(?![a-z])))",
            Pattern.CASE_INSENSITIVE);
    /** A caption kept with the article's image says nothing of where its text begins. */
    private static final Evaluator CAPTION = Selector.evaluatorOf("figure, figcaption");

    private final ChromeRemover chrome;
    private final NagPhrases nags;
    private final LabelLines labelLines;

    public ArticleLead(ChromeRemover chrome, NagPhrases nags, LabelLines labelLines) {
        this.chrome = chrome;
        this.nags = nags;
        this.labelLines = labelLines;
    }

    /**
     * The lead blocks that follow {@code heading} in its page and are not in {@code articleText}, in page order;
     * empty when there is no heading or no lead. {@code description} is the page's declared summary, or null.
     */
    public List<Element> find(Element heading, String articleText, String description) {
        if (heading == null) {
            return List.of();
        }
        String article = AfterHeading.normalize(articleText);
        String declared = description == null ? "" : AfterHeading.normalize(description);
        AfterHeading after = new AfterHeading(heading);
        List<Element> all = after.elements();
        Set<Element> headingBoxes = after.headingBoxes();
        List<Element> lead = new ArrayList<>();
        int scanned = 0;
        int i = after.start();
        while (i < all.size() && scanned < AfterHeading.MAX_SCANNED_BLOCKS && lead.size() < MAX_LEAD_BLOCKS) {
            Element element = all.get(i);
            if (isNamedList(element, headingBoxes)) {
                scanned++;
                i += Find.all(element).size();
                String text = AfterHeading.normalize(element.text());
                if (AfterHeading.opens(article, text)) {
                    break;
                }
                if (isLead(element, text, heading, headingBoxes, false)) {
                    lead.add(element);
                }
                continue;
            }
            if (!isTextBlock(element)) {
                if (opensWithLooseText(element, article)) {
                    break; // a box whose own text, beside its blocks, begins the article: a blog post's body
                }
                i++;
                continue;
            }
            scanned++;
            i += Find.all(element).size();
            String text = AfterHeading.normalize(element.text());
            // a standfirst the page names as one is as long in Japanese at fifty characters as in English at 150
            int length = isNamedLead(element, headingBoxes) ? TextStats.latinLength(text) : text.length();
            // a short block is a lead only as the page's declared summary, and then one that reports: "下载本报客户端"
            // speaks as the paper
            if (length < MIN_LEAD_CHARS
                    && (!text.equals(declared) || PersonWords.PUBLISHER.foundIn(element.text()))) {
                continue;
            }
            if (element.closest(CAPTION) != null) {
                continue;
            }
            if (AfterHeading.opens(article, text)) {
                break;
            }
            // a subheadline right under the headline, in its box, needs no closing stop, as a named one does not;
            // a heading in a box of other things is another's ("Also in the news: …", a match bar, a promise)
            boolean subheadline = scanned == 1 && HEADINGS.contains(element.normalName())
                    && standsBesideTitle(element, heading) && !FIELD_MARKS.matcher(text).find();
            if (isLead(element, text, heading, headingBoxes, subheadline)) {
                lead.add(element);
            }
        }
        return lead;
    }

    /**
     * Whether {@code element}, or a box around it that holds nothing else, stands in the title {@code heading}'s own
     * box: El País sets its subtitle in a box of subtitles beside the headline.
     */
    private static boolean standsBesideTitle(Element element, Element heading) {
        for (Element box = element; box != null && box.parent() != null; box = box.parent()) {
            if (box.parent() == heading.parent()) {
                return true;
            }
            if (box.parent().childrenSize() > 1) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code box}, a box of blocks, has text of its own outside them that begins the article: a blog engine
     * writes a post's paragraphs as loose text between line breaks, so no block of it opens the article, and the scan
     * must stop there, before blocks the cleaning took out of it (a "P.S." appeal).
     */
    private static boolean opensWithLooseText(Element box, String article) {
        if (!LooseText.hasBlockChild(box) || !LooseText.hasLooseText(box) || box.closest(CAPTION) != null) {
            return false;
        }
        String own = AfterHeading.normalize(box.ownText());
        return own.length() >= AfterHeading.PROBE_CHARS && AfterHeading.opens(article, own);
    }

    /**
     * A list of the article's points in the box the page names as its lead or description ("Das Wichtigste in
     * Kürze": a bullet per sentence), read as one block.
     */
    private static boolean isNamedList(Element element, Set<Element> headingBoxes) {
        return element.nameIs("ul") && element.childrenSize() > 0 && element.hasText()
                && element.children().stream().allMatch(item -> item.nameIs("li") && !LooseText.hasBlockChild(item))
                && isNamedLead(element, headingBoxes);
    }

    /** A block of running text: a tag that can hold a lead, with no block below it. */
    private static boolean isTextBlock(Element element) {
        return LEAD_TAGS.contains(element.normalName()) && element.hasText()
                && !LooseText.hasBlockChild(element);
    }

    /**
     * A block the page names as its lead (by a {@link #LEAD_BOX} word or as {@code itemprop=description}, on the
     * block or a box just around it) may sit deeper, lack a closing stop (a subheadline) and run longer. A
     * {@code subheadline}, a heading that is the first block under the title, in the title's box, may lack the stop
     * too.
     */
    private boolean isLead(Element element, String text, Element heading, Set<Element> headingBoxes,
            boolean subheadline) {
        boolean named = isNamedLead(element, headingBoxes);
        return TextStats.words(text) <= (named ? MAX_NAMED_LEAD_WORDS : MAX_LEAD_WORDS)
                && (named || subheadline || SENTENCE_END.matcher(text).find())
                && TextStats.linkDensity(element) <= MAX_LEAD_LINK_DENSITY
                && element.closest(NOT_LEAD) == null
                && !isCaption(element)
                && !nags.isNag(text)
                && labelLines.classify(text) == LabelLines.Label.NONE
                && !inOtherBox(element, heading, headingBoxes, named);
    }

    /**
     * Whether the block sits in a box named as a caption or credit, as a lead image's caption stands between the title
     * and the text. A heading so named itself is set in a type style of that name ({@code <h2 class="…__teaser
     * caption-s5-fx">}, a design system's {@code text-caption}): a picture's caption is never a heading.
     */
    private static boolean isCaption(Element element) {
        Element named = element.closest(CAPTION_NAMED);
        return named != null && !(named == element && HEADINGS.contains(element.normalName()));
    }

    /**
     * Whether the block, or one of the {@link #MAX_LEAD_DEPTH} boxes around it below the heading's, names a lead; or
     * the inline element in the block that holds its text beside a label does ("摘要：<span class=abstract-text>…").
     */
    private static boolean isNamedLead(Element element, Set<Element> headingBoxes) {
        for (Element inline : element.children()) {
            if (LEAD_BOX.matcher(TextStats.classAndId(inline)).find()
                    && inline.text().length() * 2 > element.text().length()) {
                return true;
            }
        }
        Element box = element;
        for (int depth = 0; box != null && depth <= MAX_LEAD_DEPTH && !headingBoxes.contains(box);
                box = box.parent(), depth++) {
            if (LEAD_BOX.matcher(TextStats.classAndId(box)).find() || "description".equals(box.attr("itemprop"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code element} sits too deep below the ancestor it shares with the heading (unless it is a
     * {@code named} lead), or in a box between them named like chrome or like a box of other short prose. Too deep
     * is more than {@link #MAX_LEAD_DEPTH} boxes, or, in a twin of the heading's own box (the same tag and classes
     * right below that ancestor), more than the heading sits: a page that nests its headline five boxes deep in a
     * stage nests the standfirst in the stage's twin alike.
     */
    private boolean inOtherBox(Element element, Element heading, Set<Element> headingBoxes, boolean named) {
        Element box = element;
        Element top = element;
        int depth = 0;
        for (; box != null && !headingBoxes.contains(box); box = box.parent(), depth++) {
            if (chrome.hasChromeWord(box) || NOT_LEAD_BOX.matcher(TextStats.classAndId(box)).find()) {
                return true;
            }
            top = box;
        }
        int allowed = MAX_LEAD_DEPTH + 1;
        Element headingTop = heading;
        int headingDepth = 1;
        for (; headingTop.parent() != null && headingTop.parent() != box; headingTop = headingTop.parent()) {
            headingDepth++;
        }
        if (headingTop != top && headingTop.normalName().equals(top.normalName())
                && !top.className().isEmpty() && headingTop.classNames().equals(top.classNames())) {
            allowed = Math.max(allowed, headingDepth);
        }
        return depth > allowed && !named;
    }
}
