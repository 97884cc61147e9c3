package app.gleaner.extract.find;

import app.gleaner.extract.clean.BoxRows;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Part of {@link ArticleFinder}: some pages wrap every section, tab or step of an article in its own box, so the
 * best-scoring block is only one part. Readability's alternative-candidates step finds the ancestor under which
 * enough other high-scoring parts sit ({@link #sharedAncestor}); parts built alike — the same box around the same
 * block, however little each scores — are found by their build ({@link #boxOfPart}, {@link #isLikePart}).
 * Stateless and thread-safe.
 */
final class SplitArticle {

    /**
     * Among the {@link #ALTERNATIVE_CANDIDATES} best blocks, those scoring at least {@link #ALTERNATIVE_SCORE_SHARE}
     * of the top one are other parts; when {@link #MIN_SHARED_CANDIDATES} parts (the top block counting as one) sit
     * under one ancestor of the top block, that ancestor holds the article.
     */
    public static final int ALTERNATIVE_CANDIDATES = 5;
    public static final double ALTERNATIVE_SCORE_SHARE = 0.75;
    public static final int MIN_SHARED_CANDIDATES = 3;
    /** A box around the part that scored holds at most this many times its words. */
    public static final double MAX_BOX_GROWTH = 2.0;
    /** A like part with more of its text in links than this is a rail of teasers, not the article. */
    public static final double MAX_PART_LINK_DENSITY = 0.25;
    /**
     * Prose paragraphs ({@link TextStats#PROSE_PARAGRAPH_CHARS}) a part needs in a row of the page's layout that is
     * not its own row's twin ({@link #isRowOfLayout}): one paragraph under a picture is a feature tile.
     */
    public static final int MIN_ROW_PART_PARAGRAPHS = 2;
    /** How deep, at least, a part sits in a row of the page's layout. */
    public static final int MIN_ROW_DEPTH = 2;
    /** A class that names a row of the layout ({@code row}, {@code page-content__row}), never a grid's column. */
    private static final Pattern ROW = Pattern.compile("(?i)(?<![a-z])row(?![a-z])");
    /**
     * A class that names one element, not its kind: a page builder's instance id, a last word of five hexadecimal
     * characters or more with a digit and a letter ("elementor-element-77c1a2b", "fl-node-5f2a3b9"); a post's number
     * ("entry-48213") names a post, which a box of another post is not.
     */
    private static final Pattern INSTANCE_ID =
            Pattern.compile("(?:^|[-_])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{5,}$");

    private SplitArticle() {
    }

    /** The ancestor of {@code top} that holds the article's other parts, or {@code top} itself. */
    static Element sharedAncestor(Element top, Map<Element, Double> scores) {
        double topScore = scores.get(top);
        // blocks around or inside the top one are the same text counted again, not other parts of it
        List<Element> alternatives = scores.entrySet().stream()
                .filter(e -> !e.getKey().nameIs("body") && !Nesting.isWithin(top, e.getKey())
                        && !Nesting.isWithin(e.getKey(), top)
                        && e.getValue() >= topScore * ALTERNATIVE_SCORE_SHARE)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(ALTERNATIVE_CANDIDATES - 1L)
                .map(Map.Entry::getKey)
                .toList();
        // the top block is one of the parts
        int partsNeeded = MIN_SHARED_CANDIDATES - 1;
        if (alternatives.size() < partsNeeded) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !ancestor.nameIs("body");
                ancestor = ancestor.parent()) {
            int holding = 0;
            for (Element alternative : alternatives) {
                if (alternative != ancestor && Nesting.isWithin(alternative, ancestor)) {
                    holding++;
                }
            }
            if (holding >= partsNeeded) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * The box the article repeats around {@code part}: the nearest one, {@code part} itself or a wrapper that adds
     * little to its words, that has a sibling built alike ({@link #isLikePart}: a how-to's steps, a long read's
     * sections, a box per run of paragraphs); {@code part} itself when there is none. The siblings of that box, not
     * of the part, continue the article. The search stops at a box that holds the headline ({@code <h1>}): that box
     * is the whole story, and boxes built like it are other stories (the next ones an infinite scroll added).
     */
    static Element boxOfPart(Element part, Map<Element, Double> scores) {
        int words = TextStats.words(part);
        int depth = 0;
        for (Element box = part; box.parent() != null && !box.nameIs("body"); box = box.parent(), depth++) {
            if (depth > 0 && TextStats.words(box) > words * MAX_BOX_GROWTH || Find.first(box, Css.H1) != null) {
                break;
            }
            for (Element sibling : box.siblingElements()) {
                if (isLikePart(sibling, box, part, depth, scores, false)) {
                    return box;
                }
            }
        }
        return part;
    }

    /**
     * The box around {@code parts}, the siblings found to make up the article, that the article repeats in turn: a
     * site builder's page sets the post in sections, each a run of text modules, with a strip of its own (a sign-up
     * band, a row of scores) between two of them. It is the nearest box, the parts' parent or a wrapper that adds
     * little to its words and holds no headline ({@code <h1>}), with a sibling holding another part of prose
     * ({@link #holdsProsePart}); null when there is none.
     */
    static Element boxOfParts(List<Element> parts, Element part, Map<Element, Double> scores) {
        Element holder = parts.get(0).parent();
        if (part == null || holder == null || !Nesting.isWithin(part, holder)) {
            return null;
        }
        int words = TextStats.words(holder);
        for (Element box = holder; box.parent() != null && !box.nameIs("body"); box = box.parent()) {
            if (TextStats.words(box) > words * MAX_BOX_GROWTH || Find.first(box, Css.H1) != null) {
                return null;
            }
            for (Element sibling : box.siblingElements()) {
                if (holdsProsePart(sibling, box, part, scores)) {
                    return box;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code sibling} of {@code box} holds another part of the article ({@link #isLikePart}) with
     * {@link #MIN_ROW_PART_PARAGRAPHS} paragraphs of prose or more: a run of the article's text, not a testimonial's
     * quotation or a teaser's excerpt in a box built alike.
     */
    static boolean holdsProsePart(Element sibling, Element box, Element part, Map<Element, Double> scores) {
        int depth = depthIn(part, box);
        return depth >= 0 && isLikePart(sibling, box, part, depth, scores, true)
                && proseParagraphs(sibling) >= MIN_ROW_PART_PARAGRAPHS;
    }

    /**
     * Whether {@code a} is the section {@code b} is again ({@link #isSameBox}), a site builder's class that repeats
     * each section's own id aside: sections of one post are told from its other sections by their prose
     * ({@link #holdsProsePart}), not by their names.
     */
    static boolean isSameSection(Element a, Element b) {
        return isSameBox(a, b, true);
    }

    /**
     * Whether {@code sibling} of {@code box}, the box around {@code part}, holds another part of the article: it is
     * the same box ({@link #isSameBox}: {@code articleBodyText section} beside {@code articleBodyText version-2
     * section}, but not a grid's {@code column is-4} beside its {@code column is-8}; never an {@code <article>},
     * which is a story of its own; the very same classes when the part is its own box), and holds, as deep inside
     * it as the part sits in its box, a block of the part's tag and first class with a scored paragraph, mostly not
     * links.
     */
    static boolean isLikePart(Element sibling, Element box, Element part, Map<Element, Double> scores) {
        int depth = depthIn(part, box);
        return depth >= 0 && isLikePart(sibling, box, part, depth, scores, false);
    }

    /** Levels from {@code part} up to {@code box}; -1 when {@code box} does not hold it. */
    private static int depthIn(Element part, Element box) {
        int depth = 0;
        for (Element e = part; e != box; e = e.parent()) {
            if (e == null) {
                return -1;
            }
            depth++;
        }
        return depth;
    }

    /** As {@link #isLikePart(Element, Element, Element, Map)}, {@code sections} telling boxes apart as sections. */
    private static boolean isLikePart(Element sibling, Element box, Element part, int depth,
            Map<Element, Double> scores, boolean sections) {
        // a bare wrapper around each box (a CMS's field item around each of its paragraphs) is that box again
        if (depth > 0 && isBareWrapper(box) && isBareWrapper(sibling)) {
            return isLikePart(sibling.child(0), box.child(0), part, depth - 1, scores, sections);
        }
        boolean sameBox = isSameBox(sibling, box, sections);
        boolean row = !sameBox && isRowOfLayout(sibling, box, part, depth);
        // a part that is its own box (a grid's bare text column) needs a twin, not a variant of it
        if (!sameBox && !row || depth == 0 && !kind(sibling, sections).equals(kind(box, sections))) {
            return false;
        }
        List<Element> level = List.of(sibling);
        for (int i = 0; i < depth && !level.isEmpty(); i++) {
            List<Element> below = new ArrayList<>();
            for (Element element : level) {
                below.addAll(element.children());
            }
            level = below;
        }
        for (Element candidate : level) {
            if (candidate.normalName().equals(part.normalName())
                    && BoxRows.firstClass(candidate).equals(BoxRows.firstClass(part))
                    && holdsScoredParagraph(candidate, scores)
                    && TextStats.linkDensity(candidate) <= MAX_PART_LINK_DENSITY && !isTeaserList(candidate)
                    && (!row || kind(candidate, false).equals(kind(part, false))
                            && proseParagraphs(candidate) >= MIN_ROW_PART_PARAGRAPHS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code sibling} is another row of the page's layout beside {@code box}, the row the part sits
     * {@link #MIN_ROW_DEPTH} deep or more in: the same tag and first class, which names a row ({@link #ROW}), each with a
     * modifier of its own ({@code page-content__row mobile-spacing} beside {@code page-content__row main-section}), as
     * a story cut by an ad's row goes on; a grid's columns stand side by side within one row. Such a row holds a part
     * only as the very same block ({@code story-text}) with prose of its own, since a grid's rows of tiles are built so
     * too.
     */
    private static boolean isRowOfLayout(Element sibling, Element box, Element part, int depth) {
        return depth >= MIN_ROW_DEPTH && !part.className().isEmpty() && isBoxOfKind(sibling, box)
                && ROW.matcher(BoxRows.firstClass(box)).find();
    }

    /**
     * Whether {@code box} is a list of teasers built as the article's box: {@link #MIN_ROW_PART_PARAGRAPHS} paragraphs
     * or more, each opening with a link to the story it describes ("<a>The last lesson</a>: in June the village
     * school closed…"), as a "Read also" band reusing the story's box does.
     */
    static boolean isTeaserList(Element box) {
        List<Element> paragraphs = Find.all(box, Css.PARAGRAPHS);
        return paragraphs.size() >= MIN_ROW_PART_PARAGRAPHS && paragraphs.stream().allMatch(SplitArticle::opensWithLink);
    }

    private static boolean opensWithLink(Element paragraph) {
        for (Node child : paragraph.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            return child instanceof Element element && (element.nameIs("a")
                    || element.childrenSize() > 0 && element.child(0).nameIs("a") && element.ownText().isBlank());
        }
        return false;
    }

    /** A box with no class, no id and no text of its own around one element. */
    private static boolean isBareWrapper(Element element) {
        return element.className().isEmpty() && element.id().isEmpty() && element.childrenSize() == 1
                && !LooseText.hasLooseText(element);
    }

    private static int proseParagraphs(Element element) {
        int count = 0;
        for (Element paragraph : Find.all(element, Css.PARAGRAPHS)) {
            if (paragraph.text().length() >= TextStats.PROSE_PARAGRAPH_CHARS) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether {@code a} is {@code b}'s box again: the same tag and first class, one class list holding the other's,
     * and not a variant of it named for what the article is not ({@code section section--partner}).
     */
    static boolean isSameBox(Element a, Element b) {
        return isSameBox(a, b, false);
    }

    private static boolean isSameBox(Element a, Element b, boolean sections) {
        if (!isBoxOfKind(a, b)) {
            return false;
        }
        Set<String> kindOfA = kind(a, sections);
        Set<String> kindOfB = kind(b, sections);
        return kindOfA.containsAll(kindOfB) || kindOfB.containsAll(kindOfA);
    }

    /**
     * The classes of {@code element} that name its kind: all but its {@link #INSTANCE_ID}; of a section, also but a
     * class that repeats its own id ({@code id="comp-m3a9body1" class="… comp-m3a9body1 …"}, as a site builder
     * writes every component).
     */
    private static Set<String> kind(Element element, boolean section) {
        Set<String> kind = new HashSet<>();
        String id = section ? element.id() : "";
        for (String name : element.classNames()) {
            if (!INSTANCE_ID.matcher(name).find() && (id.isEmpty() || !name.equals(id))) {
                kind.add(name);
            }
        }
        return kind;
    }

    /** Whether {@code a} and {@code b} are boxes of one kind: the same tag and first class, neither an article. */
    private static boolean isBoxOfKind(Element a, Element b) {
        String first = BoxRows.firstClass(a);
        return !first.isEmpty() && !a.nameIs("article") && a.normalName().equals(b.normalName())
                && first.equals(BoxRows.firstClass(b))
                && !ClassWords.namesNegative(a)
                && !ClassWords.namesNegative(b);
    }

    /** Whether a paragraph scored inside {@code element}: its scores hold the paragraphs' holders. */
    private static boolean holdsScoredParagraph(Element element, Map<Element, Double> scores) {
        for (Element descendant : Find.all(element)) {
            if (scores.containsKey(descendant)) {
                return true;
            }
        }
        return false;
    }
}
