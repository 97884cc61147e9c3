package app.gleaner.extract.find;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredSize;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.StyleRules;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Part of {@link ArticleFinder}: the transcript of the piece, which a podcast's, a video's, a talk's or a lecture's
 * page sets in a box of its own beside its notes. Such a box scores as an article of its own, so the search takes
 * either the notes or the transcript; the page offers both to read, and the transcript joins the article. A box is a
 * transcript when the heading that opens it, its {@code aria-label}, its {@code <summary>} or the disclosure button
 * that opens it says so in a few words ({@code rules/transcript-labels.txt}); it holds prose, mostly not links, and
 * not the headline, and stands in no menu, footer or aside. Only a page that plays something has one: a story about
 * a hearing's transcript, with an "Inside the transcript" box beside it, plays nothing. Immutable and thread-safe.
 */
public final class Transcripts {

    /** A label is a few words: "Show the full transcript", not a sentence that mentions one. */
    static final int MAX_LABEL_CHARS = 60;
    /** Characters (CJK counting as the Latin letters they stand for) a transcript's box holds beyond its label. */
    static final int MIN_TRANSCRIPT_CHARS = 200;
    /** A box with more of its text in links is a list of episodes, not a transcript. */
    static final double MAX_LINK_DENSITY = 0.25;
    private static final Evaluator LABELS =
            Selector.evaluatorOf("h2, h3, h4, h5, h6, summary, button[aria-controls], [aria-label]");
    private static final Evaluator OUT_OF_THE_TEXT =
            Selector.evaluatorOf("nav, footer, aside, [role=navigation], [role=complementary]");
    /** Boxes a transcript is set in; a field or a picker labelled "Transcript" holds none. */
    private static final Set<String> BOX_TAGS = Set.of("div", "section", "details", "article", "ol", "ul");
    /**
     * What a page with something to watch or listen to holds: a player, its frame, or the media its head declares. A
     * story about a hearing's transcript plays nothing, and its "Inside the transcript" box beside it is no
     * transcript of the page's piece. A frame sized to nothing, or hidden in a {@code <noscript>} (a tag manager's, on
     * most news pages) or with no player's width (an analytics or ad-sync frame), plays nothing either; a player a
     * consent script hid still counts.
     */
    /** Pixels a hidden frame declares at least to be a player a consent script hid, not a tracker's or a tool's. */
    static final int MIN_PLAYER_WIDTH = 200;
    private static final Evaluator PLAYS = Selector.evaluatorOf("audio, video, iframe[src], [class*=player], "
            + "[class*=Player], meta[property^=og:audio], meta[property^=og:video], meta[name^=twitter:player]");

    private final Pattern wholeWords;
    /** The labels in scripts written without spaces ("文字起こし"), found anywhere in a label. */
    private final List<String> unspacedWords;

    Transcripts() {
        this(RuleList.load("transcript-labels.txt"));
    }

    Transcripts(List<String> labels) {
        List<String> words = labels.stream().map(Transcripts::folded).toList();
        this.wholeWords = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + String.join("|", words.stream()
                .map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{M}])");
        this.unspacedWords = words.stream().filter(word -> word.codePoints().anyMatch(TextStats::isCjk)).toList();
    }

    /**
     * Whether {@code page} holds something to watch or listen to ({@link #PLAYS}), read before any stage cleans it: a
     * page with no player declares its piece in its JSON-LD, if at all.
     */
    public static boolean plays(Document page) {
        for (Element player : Find.all(page, PLAYS)) {
            if (!isHiddenFrame(player)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHiddenFrame(Element element) {
        return element.nameIs("iframe") && (DeclaredSize.isSmallerThan(element, 2) || StyleRules.hidesItself(element)
                && (element.closest("noscript") != null || DeclaredSize.width(element).orElse(0) < MIN_PLAYER_WIDTH));
    }

    /**
     * The transcripts' boxes in {@code document}'s body, outermost only, in page order; none where the page plays
     * nothing ({@code plays} false).
     */
    List<Element> in(Document document, boolean plays) {
        Element body = document.body();
        if (!plays) {
            return List.of();
        }
        List<Element> boxes = new ArrayList<>();
        for (Element label : Find.all(body, LABELS)) {
            Element box = boxOf(label, body);
            if (box != null && boxes.stream().noneMatch(found -> Nesting.isWithin(box, found))) {
                boxes.removeIf(found -> Nesting.isWithin(found, box));
                boxes.add(box);
            }
        }
        return boxes.size() < 2 ? boxes : PageOrder.sorted(boxes, body);
    }

    /** Whether {@code block} is one of {@code transcripts} or lies in one. */
    static boolean holds(List<Element> transcripts, Element block) {
        return block != null && transcripts.stream().anyMatch(transcript -> Nesting.isWithin(block, transcript));
    }

    /**
     * {@code parts} (in page order, under {@code body}) and each of {@code transcripts} that none of them holds or lies
     * in, in page order; {@code parts} alone when the article is the whole body.
     */
    static List<Element> joinedTo(List<Element> parts, List<Element> transcripts, Element body) {
        if (transcripts.isEmpty() || parts.size() == 1 && parts.get(0) == body) {
            return parts;
        }
        List<Element> joined = new ArrayList<>(parts);
        for (Element transcript : transcripts) {
            // still in the page: the search's first steps take other stories and what is no content out of it
            if (Nesting.isWithin(transcript, body) && parts.stream().noneMatch(part
                    -> Nesting.isWithin(part, transcript) || Nesting.isWithin(transcript, part))) {
                joined.add(transcript);
            }
        }
        return joined.size() == parts.size() ? parts : PageOrder.sorted(joined, body);
    }

    /** The transcript {@code label} names, or null: the box it labels, heads, summarizes or opens. */
    private Element boxOf(Element label, Element body) {
        Element box;
        if (label.hasAttr("aria-label")) {
            box = names(label.attr("aria-label")) ? label : null;
        } else if (!names(label.text())) {
            box = null;
        } else if (label.nameIs("summary")) {
            box = label.parent();
        } else if (label.nameIs("button")) {
            String id = label.attr("aria-controls").strip().split("\\s+")[0];
            box = id.isEmpty() ? null : body.getElementById(id);
        } else {
            box = headedBox(label);
        }
        return box != null && isTranscript(box, label, box == label ? "" : label.text()) ? box : null;
    }

    /**
     * The nearest box around {@code heading} that holds more than the heading's own line, and no other heading: a
     * heading among the article's section headings heads the text after it, in no box of its own.
     */
    private static Element headedBox(Element heading) {
        int line = TextStats.latinLength(heading.text());
        for (Element box = heading.parent(); box != null && !box.nameIs("body"); box = box.parent()) {
            if (Find.all(box, Headings.ANY).size() > 1) {
                return null;
            }
            if (TextStats.latinLength(box.text()) - line >= MIN_TRANSCRIPT_CHARS) {
                // the heading opens its box: one in the middle of a story's body heads the text after it
                return box.text().startsWith(heading.text()) ? box : null;
            }
        }
        return null;
    }

    private static boolean isTranscript(Element box, Element label, String labelText) {
        return BOX_TAGS.contains(box.normalName()) && Find.first(box, Css.H1) == null
                && box.closest(OUT_OF_THE_TEXT) == null && label.closest(OUT_OF_THE_TEXT) == null
                && TextStats.latinLength(box.text()) - TextStats.latinLength(labelText) >= MIN_TRANSCRIPT_CHARS
                && TextStats.linkDensity(box) <= MAX_LINK_DENSITY;
    }

    /** Whether {@code text} is a short label that names a transcript. */
    boolean names(String text) {
        String label = folded(text);
        if (label.isEmpty() || label.length() > MAX_LABEL_CHARS) {
            return false;
        }
        return wholeWords.matcher(label).find() || unspacedWords.stream().anyMatch(label::contains);
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
