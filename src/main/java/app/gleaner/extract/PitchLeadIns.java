package app.gleaner.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

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
    /** Paragraphs of a pitch above its call line, at most. */
    static final int MAX_PITCH_PARAGRAPHS = 3;
    /** Words of a thanks between a pitch and its call line, at most. */
    static final int MAX_THANKS_WORDS = 10;
    /** Words of a heading over a pitch run: "Unabhängiger Lokaljournalismus braucht auch Ihre Hilfe". */
    static final int MAX_HEADING_WORDS = 12;

    private final NagPhrases nagPhrases;

    PitchLeadIns(NagPhrases nagPhrases) {
        this.nagPhrases = nagPhrases;
    }

    /** Removes each pitch run below {@code root}, its call line with it, noting them in {@code log}. */
    void removeFrom(Element root, RemovalLog log) {
        List<List<Element>> runs = new ArrayList<>();
        // each parent's children in one pass: a line is judged only after a paragraph, and only when it is small
        for (Element parent : root.select("*")) {
            Element previous = null;
            for (Element line : parent.children()) {
                if (previous != null && previous.nameIs("p") && (line.nameIs("p") || line.nameIs("div"))
                        && isSmall(line) && isCallLine(line)) {
                    List<Element> run = runBefore(line);
                    if (!run.isEmpty()) {
                        run.add(line);
                        if (amongTheStorysParagraphs(run)) {
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
     * own share its parent. A box's lines (an ad-block notice, an offer card) are judged whole by the box rules.
     */
    private static boolean amongTheStorysParagraphs(List<Element> run) {
        Element parent = run.get(0).parent();
        int prose = 0;
        for (Element sibling : parent.children()) {
            if (!run.contains(sibling) && TextStats.isProseParagraph(sibling) && ++prose >= MIN_STORY_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraphs (and heading) that lead into {@code line}'s call, top last; empty when none does. A short thanks
     * may stand between the pitch and its call ("Merci à vous qui nous soutenez déjà."); the pitch is the paragraph
     * above it with up to {@link #MAX_PITCH_PARAGRAPHS} - 1 more above that speak as the publisher, to the reader or
     * of a nag phrase, and it leads in when the paragraph next to the call does alone ({@link #leadsIn}) or when,
     * naming a sum itself before a call that pitches too ("Subscribe from £1.50 a week"), it and those above speak
     * together as the publisher to the reader or of a nag phrase (the "we" in one paragraph, the "you" and the price in
     * the next). A story's "We asked why fares rose. / A return now costs $12 if you buy it on board. / <a>The new
     * fares</a>" has a call that names neither.
     */
    private List<Element> runBefore(Element line) {
        Element next = line.previousElementSibling();
        boolean callPitches = nagPhrases.names(line.text()) || Sums.namedIn(line.text());
        List<Element> run = runFrom(next, null, callPitches);
        return run.isEmpty() && next != null && next.nameIs("p") && isThanks(next)
                ? runFrom(next.previousElementSibling(), next, callPitches) : run;
    }

    /**
     * The pitch whose paragraph next to the call (or to the thanks before it) is {@code lead}; empty when none. Its
     * voice may span its paragraphs only when the call itself pitches (names a nag phrase or a sum).
     */
    private List<Element> runFrom(Element lead, Element thanks, boolean callPitches) {
        List<Element> run = new ArrayList<>();
        String leadWords = lead != null && lead.nameIs("p") ? ownWords(lead) : null;
        if (leadWords == null) {
            return run;
        }
        List<Element> pitch = new ArrayList<>(List.of(lead));
        StringBuilder said = new StringBuilder(leadWords);
        if (thanks != null) {
            said.append(' ').append(ownWords(thanks)); // "Merci à vous qui nous lisez": the voice of the pitch
        }
        Element above = lead.previousElementSibling();
        while (above != null && above.nameIs("p") && pitch.size() < MAX_PITCH_PARAGRAPHS) {
            String words = ownWords(above);
            if (words == null || !speaks(words)) {
                break;
            }
            pitch.add(above);
            said.append(' ').append(words);
            above = above.previousElementSibling();
        }
        if (!leadsIn(leadWords)
                && !(callPitches && Sums.namedIn(leadWords) && speaksAsPublisherToReader(said.toString()))) {
            return run;
        }
        if (thanks != null) {
            run.add(thanks);
        }
        run.addAll(pitch);
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
        List<Element> calls = line.select("a[href], button");
        if (calls.isEmpty() || PromoBoxes.within(line, PromoBoxes.NOT_IN_PROMOS) || line.closest("li") != null
                || calls.stream().anyMatch(call -> call.nameIs("a")
                        && (!SiteLinks.leadsWithinSite(call) || SiteLinks.leadsToDocument(call)))) {
            return false;
        }
        String beside = PromoBoxes.textBeside(line, "a, button");
        return beside.codePoints().noneMatch(Character::isLetterOrDigit)
                && line.select("*").stream().noneMatch(e -> e != line && Headings.TAGS.contains(e.normalName()));
    }

    /** Whether the words of the paragraph right above a call line are its pitch. */
    private boolean leadsIn(String text) {
        return nagPhrases.isPitch(text)
                || PersonWords.PUBLISHER.foundIn(text) && PersonWords.READER.foundIn(text) && Sums.namedIn(text);
    }

    /** Whether words above a pitch's lead-in go on with it: they speak as the publisher, to the reader or of a nag. */
    private boolean speaks(String text) {
        return PersonWords.PUBLISHER.foundIn(text) || PersonWords.READER.foundIn(text) || nagPhrases.names(text);
    }

    /** Whether a pitch's words, taken together, speak as the publisher and to the reader or of a nag phrase. */
    private boolean speaksAsPublisherToReader(String text) {
        return PersonWords.PUBLISHER.foundIn(text) && (PersonWords.READER.foundIn(text) || nagPhrases.names(text));
    }

    /** A short plain paragraph between a pitch and its call: "Thank you for reading.", "Grazie a chi lo fa già." */
    private static boolean isThanks(Element paragraph) {
        String text = ownWords(paragraph);
        return text != null && TextStats.wordsCjkHalved(text) <= MAX_THANKS_WORDS;
    }

    private boolean headsAPitch(Element heading) {
        String text = Quotations.outside(heading.text());
        return TextStats.wordsCjkHalved(text) <= MAX_HEADING_WORDS && (PersonWords.READER.foundIn(text)
                || PersonWords.PUBLISHER.foundIn(text) || nagPhrases.names(text));
    }

    /** The paragraph's words outside quotations, when it is short and plain text; null otherwise. */
    private static String ownWords(Element paragraph) {
        if (TextStats.wordsCjkHalved(paragraph.text()) > MAX_LEAD_IN_WORDS
                || paragraph.selectFirst("img, picture, video, iframe, a[href], button") != null) {
            return null;
        }
        return Quotations.outside(paragraph.text());
    }
}
