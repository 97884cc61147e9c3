package app.gleaner.extract.clean;

import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.StyleRules;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.SelectorGroup;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes the walls in a page's flow that the nag rules would leave in part: a box of up to
 * {@link ContinuationWalls#MAX_WALL_WORDS} words (a character of a script without spaces counting half) that a
 * wall's line of at most {@link NagPhrases#MAX_NAG_WORDS} opens ({@link ContinuationWalls} tells its words), and that
 * asks the reader to act, each run of its prose reading as a nag or a pitch ({@link NagPhrases#isNag},
 * {@link NagPhrases#isPitch}): "The rest of this article is for subscribers", its pitch, plans, perks and sign-in
 * line, an offer card of more words than the nag rules read as one.
 *
 * <p>The wall's words open their line and the line its box, past at most a badge of {@link #MAX_BADGE_WORDS}, so a
 * teaser in the same paragraph or wrapper, which comes before its wall, stays; so does a box whose prose is the
 * story's (a subscriber's copy under its "Exclusive to subscribers" badge, a live blog's entry headed "To keep
 * reading during the outage"), a line that quotes a wall or is an editor's note, a wall hidden or quoted, the headline
 * and half the page ({@link RemovalGuard}). A line straight in the running text is left to the nag rules, which tell a
 * story's paragraphs about paywalls from a wall's. Judges at most {@link ContinuationWalls#MAX_CANDIDATES} visible
 * lines, as the {@link ContinuationWalls.Watch} does, which sees what goes. Immutable and thread-safe.
 */
final class InlineWalls {

    /**
     * Words a badge above a wall's line may say ("Subscriber exclusive", "Premium"): more before the line are a
     * teaser's, which the wall followed.
     */
    static final int MAX_BADGE_WORDS = 5;

    private final ContinuationWalls walls;
    private final NagPhrases nagPhrases;

    /** Walls told by the phrases of {@code walls}, their prose read by {@code nagPhrases}. */
    InlineWalls(ContinuationWalls walls, NagPhrases nagPhrases) {
        this.walls = walls;
        this.nagPhrases = nagPhrases;
    }

    /** Removes, through {@code log}, the walls in {@code body}'s flow, its style sheet's rules {@code styles}. */
    void removeFrom(Element body, StyleRules styles, RemovalLog log) {
        List<TextNode> lines = new ArrayList<>();
        SelectorGroup hidden = null; // read from the style sheet only for a page that has a wall's words
        for (TextNode text : (Iterable<TextNode>) body.nodeStream(TextNode.class)::iterator) {
            if (!walls.namesAWall(text)) {
                continue;
            }
            hidden = hidden != null ? hidden : SelectorGroup.of(styles.hiddenSelectors());
            if (!ContinuationWalls.isHiddenOrQuoted(text.parent(), hidden)) {
                lines.add(text);
                if (lines.size() >= ContinuationWalls.MAX_CANDIDATES) {
                    break;
                }
            }
        }
        RemovalGuard guard = lines.isEmpty() ? null : new RemovalGuard(body);
        for (TextNode text : lines) {
            Element line = lineOf(text.parent());
            if (line == body || !Nesting.isWithin(line, body) || !opensItsLine(text, line)
                    || TextStats.wordsCjkHalvedExceed(line, NagPhrases.MAX_NAG_WORDS,
                    ContinuationWalls.MAX_WALL_NODES)) {
                continue; // gone with an earlier wall, or a line that says more before the wall, or a paragraph
            }
            Element box = ContinuationWalls.box(line, ContinuationWalls.MAX_WALL_WORDS);
            if (box != null && box != line && wordsBefore(line, box) <= MAX_BADGE_WORDS && walls.isCall(box)
                    && pitchesOnly(box, line) && guard.mayRemovePart(box) && !guard.holdsHeadline(box)) {
                log.remove(box);
            }
        }
    }

    /**
     * Whether the wall's words in {@code text} open {@code line}: at most a badge's words come before the phrase, it
     * stands outside quotation marks, and the line is no editor's note ("To read the full article in Spanish, …").
     */
    private boolean opensItsLine(TextNode text, Element line) {
        String normalized = NagPhrases.normalize(text.getWholeText());
        int at = walls.phraseAt(normalized);
        if (at < 0 || walls.phraseAt(Quotations.outside(normalized)) < 0
                || EditorsNote.opens(NagPhrases.normalize(line.text()).strip())) {
            return false;
        }
        int before = wordsBefore(text, line);
        return before <= MAX_BADGE_WORDS && before + TextStats.words(normalized.substring(0, at)) <= MAX_BADGE_WORDS;
    }

    /** The line {@code element} stands in: itself or the nearest block around it. */
    private static Element lineOf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.isBlock()) {
                return e;
            }
        }
        return element;
    }

    /**
     * Words of {@code within}'s text that come before {@code start}, counted as far as a badge's and one more; that
     * bound when {@code start} is not inside it.
     */
    private static int wordsBefore(Node start, Element within) {
        int before = 0;
        for (TextNode text : (Iterable<TextNode>) within.nodeStream(TextNode.class)::iterator) {
            if (Nesting.isWithin(text, start) || before > MAX_BADGE_WORDS) {
                return before;
            }
            before += TextStats.words(text.getWholeText());
        }
        return MAX_BADGE_WORDS + 1;
    }

    /**
     * Whether each run of prose in {@code wall} beside its {@code line} — a block's text of
     * {@link TextStats#PROSE_PARAGRAPH_CHARS} Latin letters or their worth, mostly not links (a row of plans is links),
     * a paragraph, a caption, a card's lede — reads as a nag or a pitch: a wall's, no story's. A picture's caption
     * that a wall was set beside, or a subscriber's article that merely names its subscription, is the story's.
     */
    private boolean pitchesOnly(Element wall, Element line) {
        for (Element block : Find.all(wall)) {
            if (!block.isBlock() || Nesting.isWithin(block, line)) {
                continue;
            }
            String text = holdsBlocks(block) ? block.ownText() : block.text();
            if (TextStats.latinLength(text) >= TextStats.PROSE_PARAGRAPH_CHARS
                    && TextStats.linkDensity(block) < TextStats.PROSE_MAX_LINK_DENSITY
                    && !nagPhrases.isNag(text) && !nagPhrases.isPitch(text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsBlocks(Element element) {
        for (Element child : element.children()) {
            if (child.isBlock()) {
                return true;
            }
        }
        return false;
    }
}
