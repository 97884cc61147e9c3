package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds pitches pasted into the running text as plain paragraphs that end in a call on a line of its own: "Your
 * subscriptions pay for our reporters." / "If you value what we do, join them: £1 for your first month." /
 * "<a>Subscribe for £1</a>". The call line ({@link #isCallLine}) is short, says nothing but its links or buttons, and
 * leads within the site; the paragraph right before it leads into it when its nag phrases cover much of it or when it
 * speaks as the publisher to the reader of a sum ({@link #leadsIn}). One more paragraph above that names a nag phrase
 * or speaks as the publisher to the reader, and a short heading above the run that does, go with it. A publisher's
 * own call for its readers' letters or tips ("Have a question for the next episode? Send us a voice note.") names no
 * sum, and a story's paragraph before a link of its own tells; a quotation's words are never read as the
 * publisher's. Part of {@link OverlayRemover}. Immutable and thread-safe.
 */
final class PitchLeadIns {

    /** Words a call line holds at most: "Assinar · Já sou assinante". */
    static final int MAX_CALL_LINE_WORDS = PromoBoxes.MAX_CALL_WORDS;
    /** Elements a call line holds at most: its links or buttons and what styles their words. */
    static final int MAX_CALL_LINE_ELEMENTS = 16;
    /** Words a paragraph that leads into a call says at most: a pitch's length, not a story's paragraph. */
    static final int MAX_LEAD_IN_WORDS = PromoBoxes.MAX_PITCH_WORDS;
    /** Prose paragraphs of the story beside a run in its parent, at least. */
    static final int MIN_STORY_PARAGRAPHS = 2;
    /** Words of a heading over a pitch run: "Unabhängiger Lokaljournalismus braucht auch Ihre Hilfe". */
    static final int MAX_HEADING_WORDS = 12;
    /** What a lead-in of words alone holds none of: media, links, buttons. */
    private static final Evaluator NOT_WORDS =
            Selector.evaluatorOf("img, picture, video, iframe, a[href], button");

    private final NagPhrases nagPhrases;

    PitchLeadIns(NagPhrases nagPhrases) {
        this.nagPhrases = nagPhrases;
    }

    /** Removes each pitch run below {@code root}, its call line with it, noting them in {@code log}. */
    void removeFrom(Element root, RemovalLog log) {
        List<List<Element>> runs = new ArrayList<>();
        Map<Element, Integer> proseParagraphs = new IdentityHashMap<>(); // each parent's, counted once
        // each parent's children in one pass: a line is judged only after a paragraph, and only when it is small
        for (Element parent : Find.all(root, Css.ALL)) {
            Element previous = null;
            // walked by sibling: jsoup's children() builds and caches a list of each parent's, the walk's largest cost
            for (Element line = parent.firstElementChild(); line != null; line = line.nextElementSibling()) {
                if (previous != null && previous.nameIs("p") && (line.nameIs("p") || line.nameIs("div"))
                        && isSmall(line) && isCallLine(line)) {
                    List<Element> run = runBefore(line);
                    if (!run.isEmpty()) {
                        run.add(line);
                        if (amongTheStorysParagraphs(run, proseParagraphs)) {
                            runs.add(run);
                        }
                    }
                }
                previous = line;
            }
        }
        runs.forEach(run -> run.stream().filter(e -> e.parent() != null).forEach(log::remove));
    }

    /** Whether {@code line} holds at most {@link #MAX_CALL_LINE_ELEMENTS} elements, counted no further. */
    private static boolean isSmall(Element line) {
        int seen = 0;
        ArrayDeque<Element> stack = new ArrayDeque<>(line.children());
        while (!stack.isEmpty()) {
            if (++seen > MAX_CALL_LINE_ELEMENTS) {
                return false;
            }
            stack.addAll(stack.pop().children());
        }
        return true;
    }

    /**
     * Whether the run stands among the story's paragraphs: {@link #MIN_STORY_PARAGRAPHS} prose paragraphs besides its
     * own share its parent. A box's lines (an ad-block notice, an offer card) are judged whole by the box rules. A
     * parent's prose paragraphs are counted once, however many runs it holds.
     */
    private static boolean amongTheStorysParagraphs(List<Element> run, Map<Element, Integer> proseParagraphs) {
        Element parent = run.get(0).parent();
        int all = proseParagraphs.computeIfAbsent(parent,
                p -> (int) p.children().stream().filter(TextStats::isProseParagraph).count());
        return all - (int) run.stream().filter(TextStats::isProseParagraph).count() >= MIN_STORY_PARAGRAPHS;
    }

    /** The paragraphs (and heading) that lead into {@code line}'s call, top last; empty when none does. */
    private List<Element> runBefore(Element line) {
        List<Element> run = new ArrayList<>();
        Element lead = line.previousElementSibling();
        if (lead == null || !lead.nameIs("p") || !leadsIn(lead)) {
            return run;
        }
        run.add(lead);
        Element above = lead.previousElementSibling();
        if (above != null && above.nameIs("p") && goesOn(above)) {
            run.add(above);
            above = above.previousElementSibling();
        }
        if (above != null && Headings.TAGS.contains(above.normalName()) && headsAPitch(above)) {
            run.add(above);
        }
        return run;
    }

    /**
     * A line that says nothing but its calls: at most {@link #MAX_CALL_LINE_WORDS} words, every letter of them in a
     * link to another page of the site or in a button, none of them in a quotation, a header or a list.
     */
    private static boolean isCallLine(Element line) {
        if (TextStats.wordsCjkHalved(line.text()) > MAX_CALL_LINE_WORDS) {
            return false;
        }
        List<Element> calls = Find.all(line, Css.LINKS_AND_BUTTONS);
        if (calls.isEmpty() || Boxes.within(line, PromoBoxes.NOT_IN_PROMOS) || line.closest(Css.LIST_ITEMS) != null
                || calls.stream().anyMatch(call -> call.nameIs("a")
                        && (!SiteLinks.leadsWithinSite(call) || SiteLinks.leadsToDocument(call)))) {
            return false;
        }
        String beside = Boxes.textBeside(line, "a, button");
        return beside.codePoints().noneMatch(Character::isLetterOrDigit)
                && Find.all(line, Css.ALL).stream().noneMatch(e -> e != line && Headings.TAGS.contains(e.normalName()));
    }

    /** Whether {@code paragraph}, right above a call line, is its pitch. */
    private boolean leadsIn(Element paragraph) {
        String text = ownWords(paragraph);
        if (text == null) {
            return false;
        }
        return nagPhrases.isPitch(text)
                || PersonWords.PUBLISHER.foundIn(text) && PersonWords.READER.foundIn(text) && Sums.namedIn(text);
    }

    /**
     * Whether {@code paragraph}, above a pitch's lead-in, goes on with it: it names a nag phrase or speaks as the
     * publisher to the reader (which takes in all that {@link #leadsIn} asks: a pitch names two phrases or more).
     */
    private boolean goesOn(Element paragraph) {
        String text = ownWords(paragraph);
        return text != null && (nagPhrases.names(text)
                || PersonWords.PUBLISHER.foundIn(text) && PersonWords.READER.foundIn(text));
    }

    private boolean headsAPitch(Element heading) {
        String text = Quotations.outside(heading.text());
        return TextStats.wordsCjkHalved(text) <= MAX_HEADING_WORDS && (PersonWords.READER.foundIn(text)
                || PersonWords.PUBLISHER.foundIn(text) || nagPhrases.names(text));
    }

    /** The paragraph's words outside quotations, when it is short and plain text; null otherwise. */
    private static String ownWords(Element paragraph) {
        if (TextStats.wordsCjkHalved(paragraph.text()) > MAX_LEAD_IN_WORDS
                || Find.first(paragraph, NOT_WORDS) != null) {
            return null;
        }
        return Quotations.outside(paragraph.text());
    }
}
