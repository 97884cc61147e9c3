package app.gleaner.extract.clean;

import app.gleaner.extract.page.ElementSums;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * Tallies of readers' ratings: the widget a recipe card, a shop's product or an explainer shows beside its stars
 * ("4.86 from 312 votes", "4,6 de 1.287 votos", "95 oyla 4.8 puan", "★★★★★ (57 Bewertungen)"), which says what
 * readers thought of the page, not what the page says. A tally is found by its words ({@code rules/tally-words.txt}):
 * a short line whose whole text is numbers, star signs and the words of a tally, one of them a noun that counts votes
 * right after its count, beside a score (a number like "4.8", "4/5", stars written as text or a row of star icons).
 * Or by the page's own microdata, an element declared {@code aggregateRating}. A critic's verdict counts no votes ("4
 * stars", "Betyg: 4/5", "Note : 8/10"), a result counts votes without a score ("312 votes", "52.4 %"), a price is no
 * tally ("$8.99 (2,314 reviews)"), a sentence holds its figures among its words, and a list's items, a table's cells
 * and a picture beside a tally are the page's: all of them stay. Read by {@link ChromeRemover}; immutable and
 * thread-safe.
 */
final class RatingTallies {

    /** Characters of text a tally's line has at most: each short text is read for a noun that counts votes. */
    static final int MAX_TALLY_CHARS = 80;
    /**
     * Raw characters, markup's white space included, of an element read as a tally at most: a widget's indented
     * markup fits, and a tally's search never reads a large box's text.
     */
    static final int MAX_TALLY_RAW_CHARS = 1000;
    /** Words an element the page declares {@code aggregateRating} says at most: the tally and a link to the reviews. */
    static final int MAX_DECLARED_TALLY_WORDS = 12;
    /** Highest score a rating gives ("4.8", "9,2"); a larger number with a decimal part is a share or a measure. */
    static final double MAX_SCORE = 10;
    /** Icons or pictures that make a row of stars, the widget's score: a photo beside a tally is one or two. */
    static final int MIN_STAR_ICONS = 3;
    /** Words beside an inline tally, outside links, that make it part of a sentence ("The app holds … in the store."). */
    static final int MIN_SENTENCE_WORDS = 3;

    private static final String JOINING_MARK = "+";
    /** A number, its groups of thousands and its decimal part kept together ("1.287", "4,86"), or a run of letters. */
    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,'\u2019\u00a0 ]\\p{N}+)*|[\\p{L}\\p{M}]+");
    /**
     * A score: a number with a decimal part of one or two digits ("4.86", "4,6"), not a count's groups ("1.287",
     * "5,43,210") nor a date's ("3.4.2024").
     */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,])(\\d{1,2})[.,](\\d{1,2})(?![.,]?\\d)");
    /** Stars written as text, and a score out of five, ten or a hundred ("4/5", "8,5 / 10"). */
    private static final Pattern STAR_SIGNS = Pattern.compile(
            "[\u2605\u2606\u2729-\u272f\u2b50\u2b51]|\\d\\s*/\\s*(?:5|10|100)(?!\\d)");
    /** A share or a sum of money: no tally's. */
    private static final Pattern SHARE_OR_SUM = Pattern.compile("[%\\p{Sc}]");
    private static final Evaluator DECLARED_TALLIES =
            Selector.evaluatorOf("[itemprop~=(?i)^aggregateRating$], [itemtype~=(?i)schema\\.org/AggregateRating/?$]");
    private static final Evaluator STAR_ICONS = Selector.evaluatorOf("svg, img");
    private static final Evaluator PICTURES = Selector.evaluatorOf("img, picture, video, iframe");
    /** Where a tally's search stops climbing: a list's item, a table's cell, the list or table itself. */
    private static final Set<String> ROWS_AND_CELLS = Set.of("li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr",
            "tbody", "thead", "table");
    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "b", "strong", "em", "i", "small", "font",
            "u", "mark", "sup", "sub");

    private final Set<String> nouns;
    /** The nouns' hashes, sorted: most words of a page are no noun, and are told so without a copy. */
    private final int[] nounHashes;
    private final Set<String> joiningWords;

    /** Tally words from the bundled rule file. */
    RatingTallies() {
        this(RuleList.loadLowerCase("tally-words.txt"));
    }

    RatingTallies(List<String> words) {
        this.joiningWords = Set.copyOf(RuleList.marked(words, JOINING_MARK));
        this.nouns = Set.copyOf(RuleList.unmarked(words, JOINING_MARK));
        this.nounHashes = nouns.stream().mapToInt(String::hashCode).sorted().toArray();
    }

    /** The tallies below {@code root}: for each, the outermost element that holds nothing else. */
    List<Element> below(Element root) {
        Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> tallies = new ArrayList<>();
        for (Element declared : Find.all(root, DECLARED_TALLIES)) {
            if (TextStats.words(declared) <= MAX_DECLARED_TALLY_WORDS && Find.first(declared, Headings.ANY) == null
                    && found.add(declared)) {
                tallies.add(declared);
            }
        }
        Set<Element> lines = new LinkedHashSet<>(); // one element may hold two texts that name a noun
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && text.parentElement() != null && countsVotes(text.getWholeText())) {
                lines.add(text.parentElement());
            }
        }, root);
        Map<Element, Integer> rawLengths = lines.isEmpty() ? Map.of() : ElementSums.textLengths(root);
        for (Element line : lines) {
            Element tally = outermostTally(line, root, rawLengths);
            if (tally != null && found.add(tally)) {
                tallies.add(tally);
            }
        }
        return tallies;
    }

    /**
     * The outermost element from {@code line} up whose text is a tally, up to a list's item or a table's cell and
     * short of a picture, set as a line of its own (not inside a sentence or a table) and beside a score; null when
     * {@code line} is none.
     */
    private Element outermostTally(Element line, Element root, Map<Element, Integer> rawLengths) {
        if (!isShort(line, rawLengths) || !isTally(line.text())) {
            return null;
        }
        Element tally = line;
        for (Element parent = tally.parent(); parent != null && parent != root && isShort(parent, rawLengths)
                && !ROWS_AND_CELLS.contains(tally.normalName()) && !addsAPicture(parent, tally)
                && isTally(parent.text()); parent = parent.parent()) {
            tally = parent;
        }
        boolean inTable = tally.closest("td, th") != null;
        return inTable || inSentence(tally) || !scored(tally) ? null : tally;
    }

    private static boolean isShort(Element element, Map<Element, Integer> rawLengths) {
        return rawLengths.getOrDefault(element, 0) <= MAX_TALLY_RAW_CHARS;
    }

    /** Whether {@code parent} holds a picture that {@code tally} does not, short of a row of star pictures. */
    private static boolean addsAPicture(Element parent, Element tally) {
        int pictures = Find.all(parent, PICTURES).size();
        return pictures > Find.all(tally, PICTURES).size() && pictures < MIN_STAR_ICONS;
    }

    /**
     * Whether {@code tally} is part of a sentence: its parent's own text around it, or an inline tally with words of
     * its parent's beside it outside links ("<span>The app holds </span><span>4.7 from 12,000 ratings</span>…").
     */
    private static boolean inSentence(Element tally) {
        Element parent = tally.parent();
        if (parent == null) {
            return false;
        }
        return LooseText.hasLooseText(parent) || INLINE_TAGS.contains(tally.normalName())
                && TextStats.words(Boxes.textBeside(parent, "a")) - TextStats.words(tally.text())
                        >= MIN_SENTENCE_WORDS;
    }

    /** Whether {@code tally} shows a score: a number like "4.8", "4/5", stars written as text, or a row of icons. */
    private static boolean scored(Element tally) {
        String text = folded(tally.text());
        return STAR_SIGNS.matcher(text).find() || Find.all(tally, STAR_ICONS).size() >= MIN_STAR_ICONS
                || hasScore(text);
    }

    private static boolean hasScore(String text) {
        Matcher score = SCORE.matcher(text);
        while (score.find()) {
            if (Double.parseDouble(score.group(1) + "." + score.group(2)) <= MAX_SCORE) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with compatibility forms folded: full-width digits read as digits ("４.８"). */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * Whether {@code text}, at most {@link #MAX_TALLY_CHARS} long once its ends are trimmed, names a noun that counts
     * votes: the first question for each text of the page, so it reads each word's letters in place and takes a copy
     * of a word only when its hash is a noun's.
     */
    private boolean countsVotes(String text) {
        int first = 0;
        int last = text.length();
        while (first < last && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last - first > MAX_TALLY_CHARS) {
            return false;
        }
        int start = -1;
        int hash = 0;
        for (int i = first; i <= last; i++) {
            char c = i < last ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                start = start < 0 ? i : start;
                hash = 31 * hash + Character.toLowerCase(c); // String.hashCode of the word lower-cased
            } else if (start >= 0) {
                if (Arrays.binarySearch(nounHashes, hash) >= 0
                        && nouns.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
                hash = 0;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} is a tally's: no share or sum, a number and a noun that counts votes right after it ("312
     * votes"; "Betyg: 4/5" names the grade before it), and every other word one that joins them.
     */
    boolean isTally(String text) {
        String folded = folded(text);
        if (SHARE_OR_SUM.matcher(folded).find()) {
            return false;
        }
        Matcher token = TOKEN.matcher(folded);
        boolean number = false;
        boolean counted = false;
        boolean afterNumber = false;
        while (token.find()) {
            String word = token.group().toLowerCase(Locale.ROOT);
            boolean isNumber = Character.isDigit(word.codePointAt(0));
            if (isNumber) {
                number = true;
            } else if (nouns.contains(word)) {
                counted |= afterNumber;
            } else if (!joiningWords.contains(word)) {
                return false;
            }
            afterNumber = isNumber;
        }
        return number && counted;
    }
}
