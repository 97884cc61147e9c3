package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.HouseNames;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.page.Wrappers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Which asides — {@code <aside>} boxes, and boxes of any tag with its role, {@code complementary} — are page chrome: a
 * sidebar before the text, a box of related links, a teaser of another story, a pull quote. An aside set in the
 * running text that says something of its own (a fact box, a glossary, a timeline, an editor's note) is the
 * article's. Read by {@link ChromeRemover}.
 */
final class Asides {

    /** What an aside is: the element, or a box that declares its role ({@code <div role="complementary">}). */
    private static final Evaluator ASIDES = Selector.evaluatorOf("aside, [role=complementary]");

    /** An aside in the running text with more of its text in links than this is a box of related links. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** Asides nested this deep are judged with the outer ones: no page nests its boxes so. */
    static final int MAX_NESTING = 4;
    /** An aside in the running text with fewer words than this is a teaser of another story (headline, "Read more"). */
    static final int MIN_WORDS = 20;
    /**
     * Words that a list or a table of facts without a control, linking to nothing or only to documents and mail
     * addresses, says at least: a teaser links to its story, a promo has its button, and a box of figures after a
     * paragraph ("Reports of stolen accounts: 8,600 in 2024, 12,040 in 2025") may be short. A short line without a
     * link (a pull quote, a caption, a player's notice) stays a line.
     */
    static final int MIN_LINKLESS_WORDS = 8;
    /** Sibling elements looked at before an aside for the prose paragraph that sets it in the text. */
    static final int REACH = 3;
    /**
     * Sibling elements looked at before an aside of the story's own words ({@link #saysNothingOfTheHouse}) for the
     * paragraph it follows: the story's list of steps, its table, a quotation and a picture may stand between ("Tips
     * for a crisp crust" after the recipe's steps).
     */
    static final int TEXT_REACH = 12;
    /** Words of a label that titles a note ("Key figure", "Le chiffre", "핵심 수치") at most. */
    static final int MAX_LABEL_WORDS = 4;
    /**
     * Levels of wrappers read down from a sibling before an aside of the story's own words for the text's last
     * paragraph; one level for any other aside.
     */
    static final int WRAPPER_DEPTH = 4;
    /** Characters of an aside's opening looked for elsewhere in the article: found twice, it is a pull quote. */
    static final int PULL_QUOTE_PROBE_CHARS = 40;
    /** Fields an infobox holds at least: a character's people, origin and role; a mill's river, builder and year. */
    static final int MIN_INFOBOX_FIELDS = 3;
    /** What labels a field of an infobox. */
    private static final Evaluator FIELD_LABELS = Selector.evaluatorOf("h2, h3, h4, h5, h6, dt, th");
    /** What sets facts out in a box: a list, a list of terms, a table. */
    private static final Evaluator FACTS = Selector.evaluatorOf("ul, ol, dl, table");
    /**
     * Words a key point says on average, a character of a script without spaces counting half: a table of contents,
     * a row of tags, a weather list or a meta row ("5 min read", "Updated 14:05") says one to three.
     */
    static final int MIN_KEY_POINT_WORDS = 4;
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\\p{Pi}\\p{Ps}\"']+");

    /**
     * The asides that do not stand in the running text ({@link #standsInRunningText}). One inside an aside that
     * stands there is part of that box and stays with it, and one inside {@link #MAX_NESTING} asides goes or
     * stays with the outer ones, unjudged: judging each of a thousand nested asides read the page a thousand times.
     * Siblings share their parent's text, read once.
     */
    static List<Element> besideTheText(Element root, NagPhrases nagPhrases, CitingLinks citingLinks,
            Predicate<Element> holdsChromeLabel) {
        List<Element> beside = new ArrayList<>();
        Set<Element> standing = Collections.newSetFromMap(new IdentityHashMap<>());
        ParentTexts parentTexts = new ParentTexts();
        Judges judges = new Judges(nagPhrases, citingLinks, holdsChromeLabel, HouseNames.of(root));
        for (Element aside : Find.all(root, ASIDES)) { // in document order: an aside before the asides inside it
            if (isJudgedWithAnOuterAside(aside, standing, root)) {
                continue;
            }
            if (standsInRunningText(aside, Wrappers.outermost(aside, root), parentTexts, judges)) {
                standing.add(aside);
            } else {
                beside.add(aside);
            }
        }
        return beside;
    }

    /** What an aside's words and links are judged by: nag phrases, citations, chrome labels and the house's names. */
    private record Judges(NagPhrases nagPhrases, CitingLinks citingLinks, Predicate<Element> holdsChromeLabel,
            HouseNames house) {
    }

    private static boolean isJudgedWithAnOuterAside(Element aside, Set<Element> standing, Element root) {
        int outer = 0;
        for (Element at = aside.parent(); at != null && at != root; at = at.parent()) {
            if (standing.contains(at) || isAside(at) && ++outer >= MAX_NESTING) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAside(Element element) {
        return element.nameIs("aside") || declaresItsRole(element);
    }

    /**
     * An aside after a prose paragraph (a figure or another box may stand between; past the story's lists, tables and
     * quotations too when it says nothing of the site), or a list of facts that opens the text ({@link #opensTheText}:
     * its key points), mostly not links, whose words the paragraphs around it do not already say, with
     * {@link #MIN_WORDS} words at least: a fact box, a glossary, a timeline or an editor's note set in or after the
     * running text, which the reader wants; not a sidebar before the text, a box of related links, a teaser of another
     * story or a pull quote repeating a sentence of the article. A list of facts says {@link #MIN_LINKLESS_WORDS}
     * words at least when it holds no control and links to nothing, or only to documents and mail addresses while
     * saying nothing of the house ({@link #isQuiet}), and so does a quiet titled note ({@link #isTitledNote}: a
     * recipe's tip, a key figure) under the same terms, with no chrome label, and so does a quiet note set in the text
     * ({@link #isNote}: a margin note of a commentary) under the same terms, and a quiet infobox that opens
     * the text ({@link #isInfobox}), whose values may link to the wiki's other pages. Where it stands is where
     * {@code placed} stands: the aside, or the component's element that wraps nothing but it. A box that declares the
     * complementary role (a theme's sidebar does) or that a component wraps stands only when it is quiet, holds no
     * chrome label and links only to what it cites ({@link CitingLinks}); one that sells the house never does
     * ({@link #sellsTheHouse}).
     */
    private static boolean standsInRunningText(Element aside, Element placed, ParentTexts parentTexts, Judges judges) {
        Element parent = placed.parent();
        if (parent != null && EditorsNote.keepsItsBox(aside) && !judges.nagPhrases.names(aside.text())) {
            return true; // a correction or a dated update, wherever it stands and however short, that pitches nothing
        }
        boolean quiet = isQuiet(aside, judges);
        List<Element> links = Find.all(aside, Css.LINKS);
        if (sellsTheHouse(aside, links, judges.nagPhrases) || (placed != aside || declaresItsRole(aside))
                && !(quiet && links.stream().allMatch(judges.citingLinks::cites)
                        && !judges.holdsChromeLabel.test(aside))) {
            return false;
        }
        boolean bare = aside.selectFirst(Controls.CONTROLS) == null && (links.isEmpty()
                || quiet && links.stream().allMatch(CitingLinks::leadsToDocumentOrMailbox));
        boolean factList = bare && Find.first(aside, FACTS) != null;
        boolean titledNote = bare && quiet && isTitledNote(aside) && !judges.holdsChromeLabel.test(aside);
        boolean infobox = quiet && aside.selectFirst(Controls.CONTROLS) == null && isInfobox(aside);
        boolean note = bare && quiet && isNote(aside);
        if (parent == null || !(siblingsBackToProse(placed, 1) <= REACH
                || factList && listsStatements(aside) && opensTheText(placed, false)
                || infobox && opensTheText(placed, true)
                || (siblingsBackToProse(placed, WRAPPER_DEPTH) <= TEXT_REACH || opensASection(placed))
                        && saysNothingOfTheHouse(aside, judges.nagPhrases, judges.house))) {
            return false;
        }
        return saysItsOwn(aside, parent, factList || titledNote || infobox || note ? MIN_LINKLESS_WORDS : MIN_WORDS,
                parentTexts);
    }

    /**
     * Whether {@code aside} declares itself a note to the text ({@code role=note}: a commentary's margin note, an
     * author's aside) and reads as a sentence does: "The nine months were chosen so that a tenant can sell within the
     * same season."
     */
    private static boolean isNote(Element aside) {
        return aside.attr("role").equalsIgnoreCase("note") && TextStats.endsASentence(aside.text());
    }

    /**
     * Whether {@code aside} is an infobox: {@link #MIN_INFOBOX_FIELDS} fields or more, each a box of a label (a
     * heading, a term or a header cell of {@link #MAX_LABEL_WORDS} words at most) and its value, mostly not links —
     * the data a wiki sets beside an article's opening ("Origin" / "Lower Wiede", "Role" / "Ferrywoman").
     */
    static boolean isInfobox(Element aside) {
        int fields = 0;
        for (Element field : Find.all(aside)) {
            if (field.childrenSize() == 2 && field.child(1).hasText() && isLabel(field.child(0))
                    && field.child(0).is(FIELD_LABELS)) {
                fields++;
            }
        }
        return fields >= MIN_INFOBOX_FIELDS && TextStats.linkDensity(aside) < MAX_LINK_DENSITY;
    }

    /**
     * Whether {@code aside} is a titled note: a heading or a short label, then text that ends as a sentence does
     * ("Tip" / "The stock can be made a day ahead."; "Key figure" / "$2.75" / "The adult single fare…"). A teaser's
     * headline after its "Read also" ends without a stop.
     */
    private static boolean isTitledNote(Element aside) {
        Element title = aside.firstElementChild();
        return title != null && title.nextElementSibling() != null && (title.is(Headings.ANY) || isLabel(title))
                && TextStats.endsASentence(aside.text());
    }

    /**
     * Whether {@code line} is a label: a line of {@link #MAX_LABEL_WORDS} words at most that is no sentence (a pull
     * quote's "“We will rebuild.”" over its speaker).
     */
    private static boolean isLabel(Element line) {
        String text = line.text();
        int words = TextStats.wordsCjkHalved(text);
        return words > 0 && words <= MAX_LABEL_WORDS && !TextStats.endsASentence(text);
    }

    /**
     * Whether {@code box} says nothing of the house: no word of the publisher's outside quotations, no nag phrase,
     * and not the site's name outside its links. A house ad ("Our weekend breaks"), a writer's bio ("reporter at the
     * Courier") and a newsletter box speak of it; a fact box quoting a company's "we", or linking to the press
     * office's mail address at the site's domain, does not.
     */
    private static boolean isQuiet(Element box, Judges judges) {
        String text = box.text();
        return !PersonWords.PUBLISHER.foundIn(Quotations.outside(text)) && !judges.nagPhrases.names(text)
                && !judges.house.namedIn(Boxes.textBeside(box, "a"));
    }

    /** Whether {@code box} declares the complementary role itself, as a theme's sidebar does. */
    private static boolean declaresItsRole(Element box) {
        return box.attr("role").equalsIgnoreCase("complementary");
    }

    /**
     * Whether {@code box} says something of its own: {@code least} words or more, mostly not links, no heading that
     * links to another story (a teaser), and an opening the text around it, in {@code parent}, does not say again (a
     * pull quote).
     */
    private static boolean saysItsOwn(Element box, Element parent, int least, ParentTexts parentTexts) {
        if (Find.all(box, Headings.ANY).stream()
                .anyMatch(h -> TextStats.linkDensity(h) > MAX_LINK_DENSITY)) {
            return false; // its heading is a link to another story: a teaser
        }
        String own = box.text(); // jsoup's text() has its white space folded already
        if (TextStats.words(own) < least || TextStats.linkDensity(box) >= MAX_LINK_DENSITY) {
            return false;
        }
        String opening = OPENING_QUOTES.matcher(own.substring(0, Math.min(own.length(), PULL_QUOTE_PROBE_CHARS)))
                .replaceFirst("");
        String around = parentTexts.of(parent);
        if (around == null) {
            return false; // a parent of more boxes than an article holds: a list of them, beside the text
        }
        int first = around.indexOf(opening);
        return first < 0 || around.indexOf(opening, first + 1) < 0;
    }

    /**
     * True when {@code box} stands in the running text and says something of its own ({@link #saysItsOwn}): a prose
     * paragraph among the {@link #REACH} sibling elements before it, and the text going on after it (a prose
     * paragraph, or a list that is mostly not links, among as many after). An editor's sidebar to a story ("Who is Dr
     * Imogen Thale?") stands so; a site's sidebar stands beside the text's block or after its last paragraph (an
     * "Archives" list of links may follow), and a teaser, a box of related links or a pull quote says nothing of its
     * own, nor does a box that names a nag phrase (a house podcast's "wherever you get your podcasts").
     */
    static boolean isSetInRunningText(Element box, ParentTexts parentTexts, NagPhrases nagPhrases) {
        Element parent = box.parent();
        if (parent == null) {
            return false;
        }
        int at = box.elementSiblingIndex();
        boolean proseBefore = false;
        for (int i = Math.max(0, at - REACH); i < at && !proseBefore; i++) {
            proseBefore = TextStats.isProseParagraph(parent.child(i));
        }
        boolean goesOn = false;
        for (int i = at + 1; i < parent.childrenSize() && i <= at + REACH && proseBefore && !goesOn; i++) {
            Element next = parent.child(i);
            goesOn = TextStats.isProseParagraph(next)
                    || (next.nameIs("ol") || next.nameIs("ul")) && TextStats.linkDensity(next) < MAX_LINK_DENSITY;
        }
        return goesOn && saysItsOwn(box, parent, MIN_WORDS, parentTexts) && !nagPhrases.names(box.text());
    }

    /**
     * The texts of the parents of the boxes judged, each read once, and how many boxes of each were judged: a pull
     * quote is looked for in its parent's text, and past {@link #MAX_BOXES_PER_PARENT} boxes a parent is a list of
     * boxes, not a story with a few, whose text would be searched once per box.
     */
    static final class ParentTexts {
        /** Boxes of one parent judged at most: an article sets a few among its paragraphs. */
        static final int MAX_BOXES_PER_PARENT = 50;
        private final Map<Element, String> texts = new IdentityHashMap<>();
        private final Map<Element, Integer> judged = new IdentityHashMap<>();

        /** The text of {@code parent}, read once; null once it has had {@link #MAX_BOXES_PER_PARENT} boxes judged. */
        String of(Element parent) {
            if (judged.merge(parent, 1, Integer::sum) > MAX_BOXES_PER_PARENT) {
                return null;
            }
            return texts.computeIfAbsent(parent, Element::text);
        }
    }

    /**
     * How many sibling elements back from {@code aside} the nearest prose paragraph stands, or ends one, read
     * {@code depth} levels of wrappers down ({@link #endsInProse}): 1 right after it, more when a figure, another box,
     * an ad slot or the story's list or table stands between; past {@link #TEXT_REACH}, {@link Integer#MAX_VALUE}.
     */
    private static int siblingsBackToProse(Element aside, int depth) {
        Element parent = aside.parent();
        for (int i = aside.elementSiblingIndex() - 1, seen = 1; i >= 0 && seen <= TEXT_REACH; i--, seen++) {
            if (endsInProse(parent.child(i), depth)) {
                return seen;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Whether {@code aside} opens a part of the text: a section's heading ({@code h2} to {@code h6}; a box under the
     * headline stands before the text) right before it, a prose paragraph among the {@link #REACH} siblings after it
     * (a magazine's sidenote set under a section's heading).
     */
    private static boolean opensASection(Element aside) {
        Element heading = aside.previousElementSibling();
        if (heading == null || heading.nameIs("h1") || !heading.is(Headings.ANY)) {
            return false;
        }
        Element next = aside.nextElementSibling();
        for (int seen = 1; next != null && seen <= REACH; next = next.nextElementSibling(), seen++) {
            if (TextStats.isProseParagraph(next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code element} is a prose paragraph or ends in one, {@code depth} levels of wrappers down at most: the
     * text may run in a wrapper of its own before an aside, and in a recipe card's steps (section, list, item,
     * paragraph), which a recipe plugin writes as a {@code <div>} of text alone.
     */
    private static boolean endsInProse(Element element, int depth) {
        // a box beside the page's article or main block is the site's: read one level down, as any aside's
        int reach = element.nameIs("article") || element.nameIs("main") ? 1 : depth;
        Element last = element;
        for (int level = 0; last != null && level <= reach; last = last.lastElementChild(), level++) {
            if (TextStats.isProseParagraph(last) || last.nameIs("div") && last.childrenSize() == 0
                    && TextStats.latinLength(last.text()) >= TextStats.PROSE_PARAGRAPH_CHARS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code aside} is a box of the story's own words, as a fact box, a list of tips or a service box citing
     * the official site is: it links to no other page of the site, neither names the site or its writer
     * ({@link HouseNames}) nor speaks as the publisher, and names no nag phrase. An author's bio, a house ad
     * ("Rheinpost-Leserreise"), the site's standards note or a list of the most read stories, set after the text's
     * last part, link into the site or speak of it.
     */
    private static boolean saysNothingOfTheHouse(Element aside, NagPhrases nagPhrases, HouseNames house) {
        String text = aside.text();
        return Find.all(aside, Css.LINKS).stream().noneMatch(SiteLinks::leadsWithinSite)
                && !PersonWords.PUBLISHER.foundIn(text) && !nagPhrases.names(text) && !house.namedIn(text);
    }

    /**
     * Whether {@code aside} speaks as the publisher outside quotations, names a nag phrase and has a call into the site
     * on a line of its own ({@link PromoBoxes#isCall}): a registration or subscription offer set among the paragraphs
     * ("Create a free profile and we will remember…" / "Register for free"), not a story's box about a service's
     * sign-up, which speaks of others, nor one quoting a company's "we" or linking inside a sentence.
     */
    private static boolean sellsTheHouse(Element aside, List<Element> links, NagPhrases nagPhrases) {
        String text = aside.text();
        return PersonWords.PUBLISHER.foundIn(Quotations.outside(text)) && nagPhrases.names(text)
                && links.stream().anyMatch(link -> SiteLinks.leadsWithinSite(link) && PromoBoxes.isCall(link));
    }

    /**
     * True when {@code aside} opens the block that holds the text: it comes first, or after the lead picture (or, with
     * {@code afterNotes}, after notes that are no prose: a wiki's hatnote or spoiler warning), and a prose paragraph is
     * among the {@link #REACH} sibling elements after it, or among their children or grandchildren (a live blog's entries). A
     * summary's key points stand there ("At a glance", "Das Wichtigste in Kürze"); a sidebar before the text links to
     * the section's pages. Two levels down at most, so each aside costs a few elements, however deep the page.
     */
    private static boolean opensTheText(Element aside, boolean afterNotes) {
        Element parent = aside.parent();
        int at = aside.elementSiblingIndex();
        for (int i = 0; i < at; i++) {
            Element before = parent.child(i);
            if (!before.nameIs("figure") && !(afterNotes && !endsInProse(before, WRAPPER_DEPTH))) {
                return false; // only the lead picture may stand before the key points; notes before an infobox
            }
        }
        for (int i = at + 1; i < parent.childrenSize() && i <= at + REACH; i++) {
            Element sibling = parent.child(i);
            if (TextStats.isProseParagraph(sibling)) {
                return true;
            }
            for (Element child : sibling.children()) {
                if (TextStats.isProseParagraph(child)
                        || child.children().stream().anyMatch(TextStats::isProseParagraph)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A bulleted or numbered list whose items read as statements, {@link #MIN_KEY_POINT_WORDS} words on average. */
    private static boolean listsStatements(Element aside) {
        List<Element> items = Find.all(aside, Css.LIST_ITEMS);
        if (items.isEmpty()) {
            return false;
        }
        int words = 0;
        for (Element item : items) {
            words += TextStats.wordsCjkHalved(item.text());
        }
        return words >= MIN_KEY_POINT_WORDS * items.size();
    }
}
