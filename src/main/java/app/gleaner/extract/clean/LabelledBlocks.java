package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredSize;
import app.gleaner.extract.page.ElementSums;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.PictureFiles;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.page.Wrappers;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Short blocks that a label marks as chrome: ad labels ("Advertisement"), "Read more:"-style promos (a label, or a
 * label and mostly links, or a short line opening with a label and the link list after it), a short box that an
 * ad's or a teaser's label titles ("Sponsored", "Read also"), rows of tags under their label ("Temas:") and rows of
 * hashtags, and picture credits and date lines without media in them (not the dates that head a timeline's entries
 * or a diary's parts). Labels are {@link ChromeLabels}, credit and date lines {@link LabelLines}. Read by
 * {@link ChromeRemover}; immutable and thread-safe.
 */
public final class LabelledBlocks {

    /** Blocks up to this many words are checked against the chrome labels. */
    static final int MAX_WORDS = 120;
    /** Blocks with more text characters than this are not read as labels: they cannot be that few words. */
    static final int MAX_CHARS = MAX_WORDS * 40;
    /**
     * A label, promo, credit or date line is a few elements at most; a larger subtree is not read as one, which also
     * keeps deeply nested pages from costing a text walk per level.
     */
    static final int MAX_ELEMENTS = 60;
    /** Share of text in links, after the label, that marks a labelled block as a link list. */
    static final double LINK_DENSITY = 0.5;
    /**
     * A heading or a line up to this many words that opens with a label ("Lesen Sie auch die folgenden Beiträge:")
     * heads the link list after it, and goes with it.
     */
    static final int MAX_HEADING_WORDS = 8;
    /** Raw characters beyond which a block cannot be a label heading: a cheap test before reading its words. */
    static final int MAX_HEADING_CHARS = MAX_HEADING_WORDS * 40;
    /** What a box of lines that a label titles is. */
    private static final Set<String> TITLED_BOX_TAGS = Set.of("div", "section", "aside", "center");
    /** Words a box that a label titles says at most, label included: an ad's offer, a teaser's headline. */
    static final int MAX_TITLED_BOX_WORDS = 30;
    /** Tags, each an element of its own, a row of them holds at least: one word in bold after a label is a line. */
    static final int MIN_TAGS = 2;
    /** What a row of hashtags is: a line of its own, not a run of words inside a sentence nor a list's item. */
    private static final Set<String> HASHTAG_ROW_TAGS = Set.of("div", "p", "section");
    /** Where hashtags are quoted or written as code: an embedded post, a figure, a code sample. */
    private static final Evaluator QUOTING = Selector.evaluatorOf("blockquote, figure, pre, code");
    /** A colour written as CSS writes it ("#e63946"), no hashtag. */
    private static final Pattern COLOUR = Pattern.compile("#(?:\\p{XDigit}{3}|\\p{XDigit}{6}|\\p{XDigit}{8})");
    /** Hashtags a line of nothing else holds at least to be a row of them: one alone may be a post's subject. */
    static final int MIN_HASHTAGS = 2;
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{M}\\p{N}_]*[\\p{L}][\\p{L}\\p{M}\\p{N}_]*");
    private static final Pattern STOPS = Pattern.compile(TextStats.SENTENCE_STOP);
    /** Longest text of a link read as a button ("Print recipe", "Next post") when its whole text is a label. */
    static final int MAX_BUTTON_CHARS = 40;

    /**
     * Siblings looked at on each side of a date heading for the prose before it and another date heading of its rank:
     * an agenda's day holds a few listings; judging every sibling of every heading would read a page of thousands of
     * them quadratically.
     */
    static final int PART_REACH = 12;
    /** Pixels of declared width below which an image is an icon, a spinner or a pixel, not a figure's picture. */
    static final int MIN_PICTURE_WIDTH = 300;
    /** What a reader sees as a picture or a player: a block holding one is no credit, date line or caption. */
    public static final Set<String> MEDIA_TAGS = Set.of("img", "picture", "video", "audio", "iframe", "svg");
    private static final Evaluator MEDIA = Selector.evaluatorOf(String.join(", ", MEDIA_TAGS));
    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "em", "i", "b", "strong", "small", "time",
            "font", "u", "sup", "sub", "mark", "cite", "abbr");
    /** Elements a script's loading note is set in: a box or a run of text. */
    private static final Set<String> NOTE_TAGS = Set.of("div", "p", "span", "small", "em", "i", "b", "strong");
    /** Where a line is the story's, never a script's note: a heading, a list's item, a caption, a quotation, a cell. */
    private static final Evaluator NOT_NOTES =
            Selector.evaluatorOf(Headings.SELECTOR + ", li, dt, dd, figcaption, blockquote, q, td, th");
    /** What a script fills where its loading note stands: a frame, a picture, a drawing, a box it loads lazily. */
    private static final Evaluator EMBEDS =
            Selector.evaluatorOf("iframe, img, picture, svg, canvas, video, noscript, [data-src]");
    /** Words of the smallest box around a loading note that holds its embed: a chart's title, source and caption. */
    static final int MAX_EMBED_BOX_WORDS = 60;
    private static final Set<String> LABEL_HEADING_TAGS = Set.of("p", "div", "h2", "h3", "h4", "h5", "h6", "strong",
            "b", "span");
    private static final Set<String> LABELLED_BLOCK_TAGS = Set.of(
            "div", "section", "p", "li", "ul", "ol", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "aside",
            "figure", "figcaption", "table", "small", "em", "i", "time", "cite");

    private final ChromeLabels labels;
    private final LabelLines labelLines;
    private final LoadingNotes loadingNotes = new LoadingNotes();

    LabelledBlocks(ChromeLabels labels, LabelLines labelLines) {
        this.labels = labels;
        this.labelLines = labelLines;
    }

    /**
     * Ad labels and "Read more:"-style promos (the outermost short block that is a label, or a label and links, or a
     * box that a label titles, or a short line opening with a label and the link list after it), rows of tags and of
     * hashtags, picture credits and date lines without media in them, a script's loading notes ({@link LoadingNotes})
     * and skip links ({@link SkipLinks}).
     */
    void removeFrom(Element root, RemovalGuard guard) {
        Map<Element, Integer> textLengths = ElementSums.textLengths(root);
        Map<Element, Integer> elementCounts = ElementSums.elementCounts(root);
        ArrayDeque<Element> stack = new ArrayDeque<>(root.children());
        while (!stack.isEmpty()) {
            Element element = stack.pop();
            int textLength = textLengths.getOrDefault(element, 0);
            boolean shortEnough = textLength <= MAX_CHARS
                    && elementCounts.getOrDefault(element, 0) <= MAX_ELEMENTS;
            // the element's text is read at most once, and only when a test needs it
            String text = null;
            boolean labelled = false;
            if (shortEnough && LABELLED_BLOCK_TAGS.contains(element.normalName())) {
                text = element.text();
                labelled = isLabelledBlock(element, text) || isCreditOrDateLine(element, text)
                        || isLoadingNote(element, text);
            } else if (shortEnough && element.nameIs("center")) { // an old page's box: an ad's label takes it whole
                text = element.text();
                labelled = isTitledByLabel(element, TextStats.words(text));
            } else if (element.nameIs("a") && textLength <= MAX_BUTTON_CHARS && !isInRunningText(element)) {
                text = element.text();
                labelled = isLabelledBlock(element, text) || SkipLinks.is(element, text) && standsAlone(element, text);
            }
            Element list = null;
            if (!labelled && textLength <= MAX_HEADING_CHARS && mayHeadList(element)) {
                list = linkListHeadedBy(element, text != null ? text : element.text());
            }
            if (list != null && guard.mayRemove(list) && guard.mayRemove(element)) {
                list.remove();
                element.remove();
            } else if (labelled && guard.mayRemove(element)) {
                element.remove();
            } else {
                for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
                    stack.add(child); // not children(): jsoup builds and caches a list of each parent's
                }
            }
        }
    }

    /**
     * A link with text around it is part of a sentence ("…the paper was published in…"), not a button; a link alone
     * in its box, or beside other buttons, is a button ("Print recipe", "Next post").
     */
    private static boolean isInRunningText(Element element) {
        Element parent = element.parent();
        return parent != null && LooseText.hasLooseText(parent);
    }

    /**
     * {@code element}, whose text is {@code elementText}, is a label, a box that a label titles, a label and mostly
     * links, a row of tags under its label or a row of hashtags.
     */
    private boolean isLabelledBlock(Element element, String elementText) {
        String text = elementText.strip();
        int words = TextStats.words(text);
        if (text.isEmpty() || words > MAX_WORDS) {
            return false;
        }
        String lower = ChromeLabels.lowered(text);
        if (labels.isLabel(lower)) {
            // a picture's "Pin" button says nothing of the picture it overlays: the button goes, not the picture; an
            // ad's label titles its banner
            return !holdsFigurePicture(element) || labels.titlesABox(lower);
        }
        if (isTitledByLabel(element, words)) {
            return true;
        }
        String label = labels.labelBeforeMore(lower);
        if (label != null && linkShareAfter(element, text.length() - label.length()) >= LINK_DENSITY) {
            return true;
        }
        String tagRowLabel = labels.tagRowLabelBeforeMore(lower);
        if (tagRowLabel != null) {
            return isTagRow(element, text.substring(tagRowLabel.length()));
        }
        return label == null && isHashtagRow(element, text);
    }

    /**
     * Whether {@code box}, of {@code words} words, is a short box that a label titles, its first line: a sponsor's
     * offer under "Sponsored", a teaser under "Read also" whose headline links nowhere. The label says what the whole
     * box is, and only an ad's or a teaser's does ({@link ChromeLabels#titlesABox}: "Updated" or "Enlarge" titles
     * the story's line or picture). A box of lines, each an element of its own: a paragraph that opens with a label
     * in bold ("<b>Anzeige</b> und Werbung …") is a sentence.
     */
    private boolean isTitledByLabel(Element box, int words) {
        Element title = box.firstElementChild();
        return title != null && TITLED_BOX_TAGS.contains(box.normalName())
                && labels.titlesABox(ChromeLabels.lowered(title.text().strip())) && !LooseText.hasLooseText(box)
                && words <= MAX_TITLED_BOX_WORDS;
    }

    /**
     * Whether {@code element}, whose text after its label ("Temas:") is {@code items}, is a row of tags: words without
     * a stop, each in an element of its own (a chip, a link, a list's item), as a sentence's words are not
     * ("<p>Temas: economía, empleo y vivienda</p>").
     */
    private boolean isTagRow(Element element, String items) {
        int words = TextStats.words(items);
        if (words == 0 || STOPS.matcher(items).find()) {
            return false;
        }
        int inItems = 0;
        int tags = 0;
        for (Element child : element.children()) {
            String text = child.text();
            if (!labels.opensWithTagRowLabel(ChromeLabels.lowered(text.strip()))) {
                inItems += TextStats.words(text);
                tags++;
            }
        }
        return tags >= MIN_TAGS && inItems == words;
    }

    /**
     * Whether {@code text}, {@code element}'s, is a line of hashtags and nothing else ("#risotto #autumn"), not
     * colours ("#e63946"), outside embedded posts, figures and code, which quote them.
     */
    private static boolean isHashtagRow(Element element, String text) {
        if (text.isEmpty() || text.charAt(0) != '#' || !HASHTAG_ROW_TAGS.contains(element.normalName())) {
            return false; // most blocks: no split
        }
        String[] words = text.split("\\s+");
        return words.length >= MIN_HASHTAGS && Arrays.stream(words).allMatch(word -> HASHTAG.matcher(word).matches()
                && !COLOUR.matcher(word).matches()) && element.closest(QUOTING) == null
                && Find.first(element, QUOTING) == null;
    }

    /** A block of a kind that may head a link list, with an element after it. */
    private static boolean mayHeadList(Element element) {
        return LABEL_HEADING_TAGS.contains(element.normalName()) && element.nextElementSibling() != null;
    }

    /**
     * The link list right after {@code element}, whose text is {@code elementText}, when {@code element} is a short
     * line opening with a label; else null.
     */
    private Element linkListHeadedBy(Element element, String elementText) {
        Element next = element.nextElementSibling();
        String text = elementText.strip();
        if (text.isEmpty() || TextStats.words(text) > MAX_HEADING_WORDS
                || !labels.opensWithLabel(ChromeLabels.lowered(text))) {
            return null;
        }
        int listWords = TextStats.words(next);
        boolean linkList = listWords > 0 && listWords <= MAX_WORDS
                && TextStats.linkDensity(next) >= LINK_DENSITY;
        return linkList ? next : null;
    }

    private boolean isCreditOrDateLine(Element element, String text) {
        // the words first: most blocks read as no label, and a search for media below costs more
        return switch (labelLines.classify(text)) {
            case OPENING -> !hasMedia(element) && !labelsANote(element);
            case WHOLE_LINE -> !hasMedia(element) && standsAlone(element, text) && !headsAPart(element)
                    && !datesAnEntry(element);
            case SET_APART -> !hasMedia(element) && standsAlone(element, text) && isSmallPrint(element);
            case NONE -> false;
        };
    }

    /**
     * Whether {@code element} is a script's loading note ({@link LoadingNotes}) standing in for the embed beside it: a
     * line of its own (a box or a run of text with no picture or block inside it, no heading, list item, caption or
     * quotation around it) in a small box ({@link #MAX_EMBED_BOX_WORDS}) that also holds the frame, the picture or the
     * lazy box the script fills. A story's line that names a loading map ("<p><em>Loading star map…</em></p>" in a
     * tale, a tutorial's UI string under its colon) stands among the story's paragraphs, and a chart's title beside
     * its note stays ("<div><h3>Flood map</h3><div>Loading…</div></div>").
     */
    private boolean isLoadingNote(Element element, String text) {
        // the words first: nearly every block reads as no note, and the walks below cost more
        if (!NOTE_TAGS.contains(element.normalName()) || !loadingNotes.isNote(text) || LooseText.hasBlockChild(element)
                || hasMedia(element) || element.closest(NOT_NOTES) != null || !standsAlone(element, text)) {
            return false;
        }
        for (Element box = element.parent(); box != null && TextStats.words(box) <= MAX_EMBED_BOX_WORDS;
                box = box.parent()) {
            if (Find.first(box, EMBEDS) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code element} stands apart from the story as small print does: no list, heading or section of the
     * story holds it or is held by it, it follows no paragraph of prose or heading (a section's last words, an FAQ's
     * answer) and no prose follows it ({@link Boxes#proseFollows}).
     */
    private static boolean isSmallPrint(Element element) {
        Element before = element.previousElementSibling();
        return element.closest(Css.LIST_ITEMS) == null && element.selectFirst("li, " + Headings.SELECTOR) == null
                && (before == null || !TextStats.isProseParagraph(before) && !Headings.TAGS.contains(before.normalName()))
                && !Boxes.proseFollows(element);
    }

    /**
     * Whether {@code element} holds a picture of a figure: an image in a {@code <figure>} or declared
     * {@link #MIN_PICTURE_WIDTH} wide or more, declared no narrower, and linked to no other page (a banner leads to
     * its advertiser; a picture may link to its own larger file). Not an icon, a spinner or an ad server's pixel.
     */
    private static boolean holdsFigurePicture(Element element) {
        for (Element img : element.getElementsByTag("img")) {
            OptionalInt width = DeclaredSize.width(img);
            if (width.orElse(MIN_PICTURE_WIDTH) < MIN_PICTURE_WIDTH || PictureFiles.linksElsewhere(img)) {
                continue;
            }
            if (width.isPresent() || img.closest(Css.FIGURES) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMedia(Element element) {
        return Find.first(element, MEDIA) != null;
    }

    /**
     * A heading set after the story's prose that heads one of its parts: the days of an agenda's listings, a diary's
     * entries ("<h2>Friday, 8 March</h2><h3>Jazz at the Avenida</h3><p>…"), a timeline's years, a festival's days
     * over their line-ups. A prose paragraph comes before it, a prose paragraph, a list of its own or a heading of a
     * lower rank after it, and another heading of its rank among
     * its {@link #PART_REACH} siblings on either side is a date too: a date under the headline has no prose before
     * it, and a date alone after a standfirst or before a writer's bio has no other date of its rank beside it (a
     * credit or a copyright line set as a heading of that rank is none).
     */
    private boolean headsAPart(Element heading) {
        if (!heading.normalName().matches("h[2-6]") || !labelLines.isDateLine(heading.text())) {
            return false; // a credit or a copyright line set as a heading is no part's head
        }
        Element next = heading.nextElementSibling();
        if (next == null || !TextStats.isProseParagraph(next) && !isListOfItsOwn(next)
                && !(next.normalName().matches("h[2-6]") && next.normalName().compareTo(heading.normalName()) > 0)) {
            return false;
        }
        boolean proseBefore = false;
        boolean anotherDate = false;
        int seen = 0;
        for (Element sibling = heading.previousElementSibling(); sibling != null && seen++ < PART_REACH;
                sibling = sibling.previousElementSibling()) {
            if (sibling.nameIs(heading.normalName())) {
                anotherDate = anotherDate || labelLines.isDateLine(sibling.text());
            } else {
                proseBefore = proseBefore || TextStats.isProseParagraph(sibling);
            }
        }
        seen = 0;
        for (Element sibling = next; sibling != null && proseBefore && !anotherDate && seen++ < PART_REACH;
                sibling = sibling.nextElementSibling()) {
            anotherDate = sibling.nameIs(heading.normalName()) && labelLines.isDateLine(sibling.text());
        }
        return proseBefore && anotherDate;
    }

    /** A list that says its own items, not links: a festival day's acts, an agenda day's listings. */
    private static boolean isListOfItsOwn(Element element) {
        return (element.nameIs("ul") || element.nameIs("ol")) && element.childrenSize() > 0
                && TextStats.linkDensity(element) < LINK_DENSITY;
    }

    /**
     * A date that opens an entry of a timeline: an item of a list, going on after the date with a heading or a line
     * without a link, in a list where another item opens with a date too ("<li><p>1 July 2023</p><h3>The law takes
     * effect</h3><p>…</p></li>", a programme's days). A list of the latest headlines goes on with its links, a page's
     * "last reviewed" date stands alone, and a date under a headline or beside a byline opens no list's item.
     */
    private boolean datesAnEntry(Element line) {
        Element block = Wrappers.outermost(line, null); // "<p><time>1 July 2023</time></p>" is one line
        Element item = block.parent();
        Element next = block.nextElementSibling();
        if (item == null || !item.nameIs("li") || item.firstElementChild() != block || next == null
                || !Headings.TAGS.contains(next.normalName()) && Find.first(next, Css.LINKS) != null
                || !labelLines.isDateLine(line.text())) {
            return false;
        }
        // the nearest dated item is found without copying the list's items for each date: a list of thousands
        return opensWithDate(item.previousElementSibling(), false) || opensWithDate(item.nextElementSibling(), true);
    }

    /** Whether {@code item} or an item after it ({@code forward}) or before it opens with a date line. */
    private boolean opensWithDate(Element item, boolean forward) {
        for (Element at = item; at != null; at = forward ? at.nextElementSibling() : at.previousElementSibling()) {
            Element first = at.firstElementChild();
            if (first != null && labelLines.isDateLine(first.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An inline run that opens the block of an editors' note ("<strong>Aktualizacja (1 grudnia, 15.20):</strong>
     * Dodaliśmy stanowisko…"): a label and its date closed by a colon, which go with the note's sentence or not at
     * all, where a date line is all its block says, opens a caption or holds its date after its colon. Only the run
     * that opens its block is read so, and its block's text is read only then: once per block.
     */
    private boolean labelsANote(Element element) {
        String label = element.text().strip();
        if (!label.endsWith(":") && !label.endsWith("：")) {
            return false; // "Updated: March 3, 2025 at 10:00 a.m. ET" is a date line, whatever follows it
        }
        if (!EditorsNote.opens(label)) {
            return false; // the block would open as its run does
        }
        Element block = element;
        while (INLINE_TAGS.contains(block.normalName()) && block.parent() != null) {
            for (Node before = block.previousSibling(); before != null; before = before.previousSibling()) {
                if (before instanceof TextNode text ? !text.isBlank()
                        : before instanceof Element other && (other.nameIs("br") || other.hasText())) {
                    return false; // text or a line before it: a run inside the block, not its opening
                }
            }
            block = block.parent();
        }
        if (block == element) {
            return false;
        }
        return labelLines.classify(block.text()) == LabelLines.Label.NONE; // the block opens with the run's label
    }

    /**
     * Not a run inside a sentence ("according to <em>Reuters</em>."): the element holds all the text of the
     * nearest block around it, or it and the inline runs around it make a line of their own between blocks or line
     * breaks — a gallery's "<span>Image 2 of 5</span>" before the slide's figure, a credit after its figcaption, a
     * date under the headline.
     */
    private static boolean standsAlone(Element element, String text) {
        Element block = element;
        boolean besideBlocksOnly = true;
        while (INLINE_TAGS.contains(block.normalName()) && block.parent() != null) {
            besideBlocksOnly = besideBlocksOnly && !hasTextRunBeside(block);
            block = block.parent();
        }
        return block == element || besideBlocksOnly || block.text().strip().equals(text.strip());
    }

    /**
     * Text, or an inline run holding text, next to {@code element} on the same line: the neighbours up to the nearest
     * element that is not a known inline run (a block, a line break, a custom element) on either side.
     */
    private static boolean hasTextRunBeside(Element element) {
        return runsOn(element.previousSibling(), false) || runsOn(element.nextSibling(), true);
    }

    private static boolean runsOn(Node from, boolean forward) {
        for (Node node = from; node != null; node = forward ? node.nextSibling() : node.previousSibling()) {
            if (node instanceof TextNode run && !run.isBlank()) {
                return true;
            }
            if (node instanceof Element neighbour) {
                if (!INLINE_TAGS.contains(neighbour.normalName())) {
                    return false;
                }
                if (!neighbour.text().isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double linkShareAfter(Element element, int charsAfterLabel) {
        if (charsAfterLabel <= 0) {
            return 0;
        }
        int linked = Find.all(element, Css.ANCHORS).stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) linked / charsAfterLabel);
    }
}
