package app.gleaner.extract.find;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.ElementSums;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.LayoutTables;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.PageParser;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The finding stage: picks the block that holds the article, Readability-style. Paragraphs give points to their parent
 * and, less, to further ancestors; class and id names ({@link ClassWords}) and link density weigh the totals; the best
 * block is then widened to a semantic container ({@code <article>}, {@code [itemprop=articleBody]}) that adds little
 * else, and joined by siblings that continue it (more paragraphs, the lead figure, the other boxes of an article built
 * of like boxes: {@link SplitArticle}). The stories an infinite scroll added after the page's own leave first
 * ({@link OtherStories}). A podcast's, a video's or a talk's transcript, set in a box of its own beside the notes,
 * joins them ({@link Transcripts}). Tables, lists, figures, blockquotes and text in bare divs stay inside the chosen
 * block.
 * Immutable and thread-safe; works on the document it is given.
 */
public final class ArticleFinder {

    /** Shortest text, in characters, a paragraph needs to be scored. */
    public static final int MIN_PARAGRAPH_CHARS = 25;
    /** Characters per point of paragraph length, and the cap on those points. */
    public static final int CHARS_PER_POINT = 100;
    public static final int MAX_LENGTH_POINTS = 3;
    /** How many ancestors of a paragraph share its score. */
    public static final int ANCESTOR_LEVELS = 5;
    /**
     * Visible characters a block needs for the full positive class weight; smaller blocks get a share of it, so a
     * one-line box named "text" or "pagination" cannot outscore the article on its name alone.
     */
    public static final int FULL_CLASS_WEIGHT_CHARS = 500;
    /** A sibling joins the article when it scores this share of the top block's score... */
    public static final double SIBLING_SCORE_SHARE = 0.2;
    /** ...and at least this many points. */
    public static final double MIN_SIBLING_SCORE = 10;
    /** A sibling paragraph longer than this, with little link text, continues the article. */
    public static final int SIBLING_PARAGRAPH_CHARS = 80;
    public static final double SIBLING_MAX_LINK_DENSITY = 0.25;
    /** A semantic container replaces the top block when it holds at most this many times its words. */
    public static final double SEMANTIC_CONTAINER_GROWTH = 2.0;
    /**
     * Without the other stories a page holds ({@link OtherStories}), the best block of the page's own story scores
     * at least this share of the best block with them, or they stay.
     */
    public static final double MIN_OWN_STORY_SHARE = 0.25;
    /** Characters a code block's own box may show beside it: a file name, a language's label. */
    public static final int CODE_LABEL_CHARS = 80;
    /**
     * Without the transcript the search took for the article ({@link Transcripts}), the best block scores at least this
     * share of it to be the article, the notes the transcript joins; else the transcript stands alone.
     */
    public static final double MIN_NOTES_SHARE = 0.25;
    /** Words a media sibling (lead figure) may carry in captions. */
    public static final int MEDIA_SIBLING_MAX_WORDS = 80;

    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Evaluator SEMANTIC_CONTAINERS = Selector.evaluatorOf("article, [itemprop=articleBody]");
    private static final Evaluator NON_CONTENT =
            Selector.evaluatorOf("script, style, link, meta, template, input, select, textarea");
    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> TEXT_CONTAINER_TAGS = Set.of("div", "section");

    private final Transcripts transcripts = new Transcripts();

    /**
     * A button that holds its heading's words leaves them to the heading before controls go ("<h3><button>Postal
     * votes</button></h3>"); a disclosure's buttons were turned into text already
     * ({@link app.gleaner.extract.clean.Disclosures}). Other buttons are controls, a heading's too ("Struct RingLog"
     * and its "Copy item path").
     */
    private static void keepHeadingButtons(Element body) {
        for (Element button : body.getElementsByTag("button")) {
            Element heading = button.closest(Headings.ANY);
            if (heading != null && heading.text().equals(button.text())) {
                button.unwrap();
            }
        }
    }

    /**
     * Empties the buttons: their words are no content and must not score, but where one stands tells the running text's
     * stages that its box asks the reader to act ({@code clean.PitchBoxes}); the empty button goes with the other empty
     * blocks ({@link app.gleaner.extract.clean.ContentCleaner#removeEmpty}).
     */
    private static void emptyButtons(Element body) {
        for (Element button : body.getElementsByTag("button")) {
            button.empty().clearAttributes();
        }
    }

    /**
     * The article block of {@code document}, moved into a new detached {@code div} that keeps the document's base
     * URI; the body's content when nothing scores. Never null.
     */
    public Element find(Document document) {
        return collect(document, findParts(document, List.of()));
    }

    /**
     * The blocks that make up the article, in page order and still in {@code document}, so a caller can look at
     * where they sit before {@link #collect} moves them out; the body alone when nothing scores. The boxes of
     * {@code otherStories} ({@link OtherStories}) still in the page leave it first when the page's own story
     * scores {@link #MIN_OWN_STORY_SHARE} of the best block without them.
     */
    public List<Element> findParts(Document document, List<Element> otherStories) {
        return findParts(document, otherStories, Transcripts.plays(document));
    }

    /**
     * {@link #findParts(Document, List)} on a page that {@code plays} something to watch or listen to, as its player or
     * its declared piece says before the cleaning: its transcript joins the article ({@link Transcripts}).
     */
    public List<Element> findParts(Document document, List<Element> otherStories, boolean plays) {
        Element body = document.body();
        List<Element> transcripts = this.transcripts.in(document, plays); // before the buttons naming them are emptied
        keepHeadingButtons(body);
        Find.all(body, NON_CONTENT).remove();
        emptyButtons(body);
        LooseText.wrap(body);
        Map<Element, Double> scores = withoutOtherStories(body, otherStories.stream()
                .filter(story -> story.ownerDocument() == document).toList());
        Element top = topCandidate(scores);
        if (Transcripts.holds(transcripts, top)) {
            SetAside aside = new SetAside(transcripts);
            Map<Element, Double> notes = score(body);
            aside.restore();
            Element notesTop = topCandidate(notes);
            if (notesTop != null && notes.get(notesTop) >= scores.get(top) * MIN_NOTES_SHARE) {
                scores = notes; // the search took the transcript for the article: the notes are the article
                top = notesTop;
            }
        }
        return Transcripts.joinedTo(parts(body, top, scores), transcripts, body);
    }

    /** The blocks that make up the article, its best block being {@code top}; the body alone when there is none. */
    private List<Element> parts(Element body, Element top, Map<Element, Double> scores) {
        Element part = null;
        if (top != null) {
            part = SplitArticle.sharedAncestor(top, scores);
            top = SplitArticle.boxOfPart(part, scores);
        }
        if (top == null) {
            top = onlySemanticContainer(body);
        }
        if (top == null) {
            return List.of(body);
        }
        List<Element> parts = withSiblings(top, part, scores);
        Element section = SplitArticle.boxOfParts(parts, part, scores);
        if (section != null) {
            parts = sectionsOfParts(section, part, scores);
        }
        Element widened = widenToSemanticContainer(top, parts);
        return widened != null ? List.of(widened) : parts;
    }

    /**
     * The scores of {@code body} once {@code otherStories} are gone; when the page's own story is left scoring too
     * little (a page that heads its sections with {@code <h1>} rather than its stories), the stories stay and the
     * scores are the whole page's.
     */
    private Map<Element, Double> withoutOtherStories(Element body, List<Element> otherStories) {
        Map<Element, Double> scores = score(body);
        if (otherStories.isEmpty()) {
            return scores;
        }
        SetAside stories = new SetAside(otherStories);
        Map<Element, Double> own = score(body);
        Element best = topCandidate(scores);
        Element ownBest = topCandidate(own);
        if (best == null || ownBest != null && own.get(ownBest) >= scores.get(best) * MIN_OWN_STORY_SHARE) {
            return own;
        }
        stories.restore();
        return scores;
    }

    /**
     * Scores by block, in the order blocks were first scored (document order of their paragraphs), so that ties are
     * broken the same way on every run: an identity-hashed map would iterate in a different order each time.
     */
    private Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        Map<Element, Integer> lengths = ElementSums.visibleLengths(body);
        List<Element> paragraphs = new ArrayList<>();
        for (Element paragraph : Find.all(body)) {
            // text inside a link is a teaser card or a menu entry, never the article's prose
            if (isScoredParagraph(paragraph) && paragraph.closest(Css.ANCHORS) == null
                    && paragraph.text().length() >= MIN_PARAGRAPH_CHARS) {
                paragraphs.add(paragraph);
            }
        }
        ClassWords classWords = ClassWords.of(paragraphs, ANCESTOR_LEVELS);
        for (Element paragraph : paragraphs) {
            String text = paragraph.text();
            double points = 1 + countCommas(text) + Math.min((double) text.length() / CHARS_PER_POINT,
                    MAX_LENGTH_POINTS);
            Element ancestor = paragraph.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && ancestor != body.parent();
                    ancestor = ancestor.parent()) {
                if (isTableWrapper(ancestor)) {
                    continue; // a layout table's row and body around one cell are that cell's box, not a level
                }
                int at = level++;
                double divider = at == 0 ? 1 : at == 1 ? 2 : at * 3;
                Double score = scores.get(ancestor);
                if (score == null) { // a box's own worth is counted once, when its first paragraph scores
                    score = initialScore(ancestor, lengths, classWords);
                    if (isCodeWrapper(ancestor, paragraph, lengths)) {
                        score = Math.min(0, score); // no praise for a listing's box; a comment's name still counts
                    }
                }
                scores.put(ancestor, score + points / divider);
            }
        }
        Map<Element, Double> linked = ElementSums.linkedLengths(body, lengths);
        scores.replaceAll((element, score) -> score * (1 - ElementSums.linkDensity(element, lengths, linked)));
        return scores;
    }

    /**
     * A paragraph: a {@code p}, {@code pre}, {@code td} or {@code blockquote}, or a {@code div} or {@code section}
     * that holds text and no block, as loose text or in inline elements only (a rich-text editor writes each
     * paragraph as {@code <div><span>…</span></div>}; Readability reads such divs as paragraphs too).
     */
    private static boolean isScoredParagraph(Element element) {
        if (SCORED_TAGS.contains(element.normalName())) {
            return true;
        }
        if (!TEXT_CONTAINER_TAGS.contains(element.normalName())) {
            return false;
        }
        return !LooseText.hasBlockChild(element)
                && (LooseText.hasLooseText(element) || !LooseText.hasBlockBelow(element) && element.hasText());
    }

    /**
     * A table's body, a row of one cell, a table of one row, or a cell holding one table and nothing else: in an
     * email's layout, or an old page's, these nest a block six boxes deep, and none is a box of its own.
     */
    private static boolean isTableWrapper(Element element) {
        return switch (element.normalName()) {
            case "tbody", "thead", "tfoot" -> true;
            case "tr" -> element.childrenSize() == 1;
            case "table" -> LayoutTables.ownRows(element).size() == 1;
            case "td" -> element.childrenSize() == 1 && element.child(0).nameIs("table")
                    && !LooseText.hasLooseText(element);
            default -> false;
        };
    }

    /**
     * A box around a code block and what a highlighter sets beside it (a file name, a language's label, buttons). It
     * starts from nothing at most: neither its tag nor its name ({@code codeBlockContent}) says it holds the article,
     * and one long listing would outscore the prose around it; a name that counts against it ("comment") still does.
     */
    private static boolean isCodeWrapper(Element ancestor, Element paragraph, Map<Element, Integer> lengths) {
        return paragraph.nameIs("pre") && lengths.containsKey(ancestor)
                && lengths.get(ancestor) <= lengths.getOrDefault(paragraph, 0) + CODE_LABEL_CHARS;
    }

    private static double initialScore(Element element, Map<Element, Integer> lengths, ClassWords classWords) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        int weight = classWords.weight(element);
        if (weight > 0) {
            weight = (int) Math.round(weight * Math.min(1.0,
                    (double) lengths.getOrDefault(element, 0) / FULL_CLASS_WEIGHT_CHARS));
        }
        return score + weight;
    }

    private static Element topCandidate(Map<Element, Double> scores) {
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > best && !entry.getKey().nameIs("body")) {
                best = entry.getValue();
                top = entry.getKey();
            }
        }
        return top;
    }

    private static Element onlySemanticContainer(Element body) {
        List<Element> containers = Find.all(body, SEMANTIC_CONTAINERS);
        return containers.size() == 1 ? containers.get(0) : null;
    }

    /**
     * The {@code <article>} (or declared article body) around {@code top} when {@code top} holds at least
     * 1/{@link #SEMANTIC_CONTAINER_GROWTH} of its words, or the {@code parts} found do and its other words stand before
     * them more than after: what else it holds is then the article's too, its lead, its pictures and its boxes above
     * sections that are each a block of their own (a health page's accordion), not a thread or a rail after the
     * story's end. Null when there is none, or the parts say too little of it.
     */
    private static Element widenToSemanticContainer(Element top, List<Element> parts) {
        Element container = top.closest(SEMANTIC_CONTAINERS);
        if (container == null || container == top
                || parts.stream().anyMatch(found -> !Nesting.isWithin(found, container))) {
            return null;
        }
        int containerWords = TextStats.words(container);
        if (containerWords <= TextStats.words(top) * SEMANTIC_CONTAINER_GROWTH) {
            return container;
        }
        int partsWords = parts.stream().mapToInt(TextStats::words).sum();
        return containerWords <= partsWords * SEMANTIC_CONTAINER_GROWTH
                && wordsBeside(parts.get(parts.size() - 1), container, true)
                        <= wordsBeside(parts.get(0), container, false) ? container : null;
    }

    /** The words of the boxes after {@code part} (or before it) up to {@code container}'s edge. */
    private static int wordsBeside(Element part, Element container, boolean after) {
        int words = 0;
        for (Element at = part; at != null && at != container; at = at.parent()) {
            for (Element sibling = after ? at.nextElementSibling() : at.previousElementSibling(); sibling != null;
                    sibling = after ? sibling.nextElementSibling() : sibling.previousElementSibling()) {
                words += TextStats.words(sibling);
            }
        }
        return words;
    }

    /**
     * The top block with the siblings that continue it. In a layout table the block's siblings are those of the
     * table wrappers around it alone (an email stacks each block in a table of its own), and a sibling is judged by
     * the block its own wrappers hold.
     */
    private List<Element> withSiblings(Element top, Element part, Map<Element, Double> scores) {
        Element box = top;
        while (box.parent() != null && box.parent().childrenSize() == 1 && isTableWrapper(box.parent())) {
            box = box.parent();
        }
        Element parent = box.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_SHARE);
        List<Element> siblings = parent.children();
        boolean[] kept = new boolean[siblings.size()];
        boolean beforeBlock = true;
        boolean underHeadline = false; // after a sibling that is or holds the page's <h1>
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            if (sibling == box) {
                kept[i] = true;
                beforeBlock = false;
            } else {
                kept[i] = continuesArticle(heldBlock(sibling), top, part, scores, threshold)
                        || beforeBlock && underHeadline && isLeadBox(sibling);
            }
            underHeadline = underHeadline || beforeBlock && Find.first(sibling, Css.H1) != null;
        }
        keepBoxesBetween(siblings, box, kept, SplitArticle::isSameBox);
        List<Element> parts = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            if (kept[i]) {
                parts.add(siblings.get(i) == box ? top : siblings.get(i));
            }
        }
        return parts;
    }

    /**
     * The article's sections, {@code section} the one the search found its parts in: it and each sibling that holds
     * another part with prose of its own ({@link SplitArticle#holdsProsePart}), and the same boxes between them (a
     * strip of scores between two halves of a match report). A section of testimonials or of other posts' teasers,
     * built as the article's are, holds no part with two paragraphs of prose.
     */
    private static List<Element> sectionsOfParts(Element section, Element part, Map<Element, Double> scores) {
        List<Element> siblings = section.parent().children();
        boolean[] kept = new boolean[siblings.size()];
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            kept[i] = sibling == section || SplitArticle.holdsProsePart(sibling, section, part, scores);
        }
        keepBoxesBetween(siblings, section, kept, SplitArticle::isSameSection);
        List<Element> parts = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            if (kept[i]) {
                parts.add(siblings.get(i));
            }
        }
        return parts;
    }

    /**
     * Keeps the boxes built as {@code box} is ({@code sameBox}: {@link SplitArticle#isSameBox}, its tag and classes
     * but for a page builder's ids, or {@link SplitArticle#isSameSection}) that stand between two kept siblings and
     * are mostly not links: a page builder's row of icon lists or of a picture between two rows of the text holds no
     * paragraph to score, yet stands in the article's flow. A box of another kind there ("block block--events"
     * between "block block--text") is not the text's; what stood there and was not the article's (an ad's row, a
     * sign-up box) the earlier stages took.
     */
    private static void keepBoxesBetween(List<Element> siblings, Element box, boolean[] kept,
            BiPredicate<Element, Element> sameBox) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < kept.length; i++) {
            if (kept[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = first + 1; i < last; i++) {
            Element sibling = siblings.get(i);
            kept[i] |= sameBox.test(sibling, box)
                    && TextStats.linkDensity(sibling) <= SplitArticle.MAX_PART_LINK_DENSITY
                    && !SplitArticle.isTeaserList(sibling);
        }
    }

    /** The block {@code element} holds inside the layout table's wrappers around it alone; itself when none. */
    private static Element heldBlock(Element element) {
        Element block = element;
        while (block.childrenSize() == 1 && isTableWrapper(block)) {
            block = block.child(0);
        }
        return block;
    }

    private static boolean continuesArticle(Element sibling, Element top, Element part, Map<Element, Double> scores,
            double threshold) {
        if (SplitArticle.isTeaserList(sibling)) {
            return false;
        }
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? scores.getOrDefault(top, 0.0) * SIBLING_SCORE_SHARE : 0;
        if (scores.getOrDefault(sibling, 0.0) + bonus >= threshold
                || part != null && SplitArticle.isLikePart(sibling, top, part, scores)) {
            return true;
        }
        if (sibling.nameIs("p")) {
            return isProse(sibling);
        }
        // a layout table's cell of text alone is its paragraph: a picture's caption in an email
        return sibling.nameIs("td") && !LooseText.hasBlockChild(sibling) && isProse(sibling)
                || isMedia(sibling) || isDataTable(sibling);
    }

    /**
     * A box of inline text alone, long, set between the headline and the article's block: its standfirst, in a
     * {@code <div>} of its own ({@code <div class=art-lead><strong>…</strong></div>}), named as a lead
     * ({@link ArticleLead#LEAD_BOX}) with few links, or unnamed, a sentence with none; not a byline's line nor a
     * "Breaking: live updates" bar. Elsewhere such a box is as often a site's announcement or a ticket box's small
     * print.
     */
    private static boolean isLeadBox(Element sibling) {
        if (!TEXT_CONTAINER_TAGS.contains(sibling.normalName()) || !isScoredParagraph(sibling)
                || sibling.text().length() <= SIBLING_PARAGRAPH_CHARS) {
            return false;
        }
        // named as a lead, or a sentence of prose without a link: not a "Breaking: live updates" bar
        return ArticleLead.LEAD_BOX.matcher(TextStats.classAndId(sibling)).find()
                ? TextStats.linkDensity(sibling) < SIBLING_MAX_LINK_DENSITY
                : Find.first(sibling, Css.LINKS) == null && SENTENCE_END.matcher(sibling.text()).find();
    }

    /** A paragraph long enough and with few links, or one with none that ends a sentence. */
    private static boolean isProse(Element paragraph) {
        String text = paragraph.text();
        double density = TextStats.linkDensity(paragraph);
        return text.length() > SIBLING_PARAGRAPH_CHARS && density < SIBLING_MAX_LINK_DENSITY
                || density == 0 && SENTENCE_END.matcher(text).find();
    }

    /**
     * A table of data set beside the article's text, alone or in a box of its own (a page builder's embed): it has
     * header cells, and little of its text is links (a standings or a "most read" table links every row).
     */
    private static boolean isDataTable(Element element) {
        Element table = element.nameIs("table") ? element : Find.first(element, Css.TABLES);
        return table != null && table.selectFirst("th") != null && table.text().length() == element.text().length()
                && TextStats.linkDensity(table) < SIBLING_MAX_LINK_DENSITY;
    }

    private static boolean isMedia(Element element) {
        boolean hasImage = element.nameIs("img") || Find.first(element, Css.PICTURES) != null;
        return hasImage && TextStats.words(element) <= MEDIA_SIBLING_MAX_WORDS
                && TextStats.linkDensity(element) < SIBLING_MAX_LINK_DENSITY;
    }

    /**
     * {@code parts} moved into a new detached {@code div} that keeps the document's base ({@link PageParser#baseOf}).
     */
    public static Element collect(Document document, List<Element> parts) {
        Element container = new Element("div");
        container.setBaseUri(PageParser.baseOf(document));
        for (Element part : parts) {
            if (part.nameIs("body")) {
                container.appendChildren(new ArrayList<>(part.childNodes()));
            } else {
                container.appendChild(part);
            }
        }
        return container;
    }

    private static int countCommas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '、' || c == '，' || c == '﹐' || c == '︐' || c == '︑' || c == '⹁') {
                commas++;
            }
        }
        return commas;
    }
}
