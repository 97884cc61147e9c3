package app.gleaner.extract.clean;

import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Tallies of readers' ratings: the widget a recipe card, a shop's product or an explainer shows beside its stars
 * ("4.86 from 312 votes", "4,6 de 1.287 votos", "95 oyla 4.8 puan", "★★★★★ (57 Bewertungen)"), which says what
 * readers thought of the page, not what the page says. A tally is found by its words ({@code rules/tally-words.txt}):
 * a short line whose whole text is numbers, star signs and the words of a tally, one of them a noun that counts votes,
 * beside a score (a number like "4.8", stars, or the widget's star icons). Or by the page's own microdata, an element
 * declared {@code aggregateRating}. A critic's verdict counts no votes ("4 stars", "Note : 8/10"), a result counts
 * votes without a score ("312 votes", "52.4 %"), a sentence holds its figures inside its words, and a table's cells
 * are data: all of them stay. Read by {@link ChromeRemover}; immutable and thread-safe.
 */
final class RatingTallies {

    /** Characters of text a tally's line has at most: each short text is read for a noun that counts votes. */
    static final int MAX_TALLY_CHARS = 80;
    /** Words an element the page declares {@code aggregateRating} says at most: the tally and a link to the reviews. */
    static final int MAX_DECLARED_TALLY_WORDS = 12;
    /** Highest score a rating gives ("4.8", "9,2"); a larger number with a decimal part is a share or a measure. */
    static final double MAX_SCORE = 10;

    private static final String JOINING_MARK = "+";
    /** A number, its groups of thousands and its decimal part kept together ("1.287", "4,86"), or a run of letters. */
    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,'\u2019\u00a0 ]\\p{N}+)*|[\\p{L}\\p{M}]+");
    /** A score: a number with a decimal part of one or two digits ("4.86", "4,6"), not a count's groups ("1.287"). */
    private static final Pattern SCORE = Pattern.compile("(\\d{1,2})[.,](\\d{1,2})");
    /** Stars written as text, and the "/" of "4.5/5". */
    private static final Pattern STAR_SIGNS = Pattern.compile("[\u2605\u2606\u2729-\u272f\u2b50\u2b51]|\\d\\s*/\\s*\\d");
    private static final String DECLARED_TALLIES =
            "[itemprop~=(?i)^aggregateRating$], [itemtype~=(?i)schema\\.org/AggregateRating/?$]";
    private static final String STAR_ICONS = "svg, img";

    private final Set<String> nouns;
    private final Set<String> joiningWords;

    /** Tally words from the bundled rule file. */
    RatingTallies() {
        this(RuleList.loadLowerCase("tally-words.txt"));
    }

    RatingTallies(List<String> words) {
        this.joiningWords = Set.copyOf(RuleList.marked(words, JOINING_MARK));
        this.nouns = Set.copyOf(RuleList.unmarked(words, JOINING_MARK));
    }

    /** The tallies below {@code root}: for each, the outermost element that holds nothing else. */
    List<Element> in(Element root) {
        Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> tallies = new ArrayList<>();
        for (Element declared : root.select(DECLARED_TALLIES)) {
            if (TextStats.words(declared) <= MAX_DECLARED_TALLY_WORDS && declared.selectFirst(Headings.SELECTOR) == null
                    && found.add(declared)) {
                tallies.add(declared);
            }
        }
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && text.parentElement() != null
                    && text.text().length() <= MAX_TALLY_CHARS && countsVotes(text.text())) {
                Element tally = outermostTally(text.parentElement(), root);
                if (tally != null && found.add(tally)) {
                    tallies.add(tally);
                }
            }
        }, root);
        return tallies;
    }

    /**
     * The outermost element from {@code line} up whose text is a tally, set as a line of its own (not inside a
     * sentence or a table) and beside a score; null when {@code line} is none.
     */
    private Element outermostTally(Element line, Element root) {
        if (!isTally(line.text())) {
            return null;
        }
        Element tally = line;
        for (Element parent = tally.parent(); parent != null && parent != root && isTally(parent.text());
                parent = parent.parent()) {
            tally = parent;
        }
        boolean inSentence = tally.parent() != null && LooseText.hasLooseText(tally.parent());
        boolean inTable = tally.closest("td, th") != null;
        return inSentence || inTable || !scored(tally) ? null : tally;
    }

    /** Whether {@code tally} shows a score: a number like "4.8", "4.5/5", star signs, or the widget's star icons. */
    private static boolean scored(Element tally) {
        String text = tally.text();
        return STAR_SIGNS.matcher(text).find() || tally.selectFirst(STAR_ICONS) != null || hasScore(text);
    }

    private static boolean hasScore(String text) {
        Matcher score = SCORE.matcher(text);
        while (score.find()) {
            boolean alone = (score.start() == 0 || !Character.isDigit(text.charAt(score.start() - 1)))
                    && (score.end() == text.length() || !Character.isDigit(text.charAt(score.end())));
            if (alone && Double.parseDouble(score.group(1) + "." + score.group(2)) <= MAX_SCORE) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} names a noun that counts votes, the cheap first question for each short text. */
    private boolean countsVotes(String text) {
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            if (nouns.contains(token.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} is a tally's: no share ("%"), a number and a noun that counts votes among its words, and
     * every other word one that joins them.
     */
    boolean isTally(String text) {
        if (text.indexOf('%') >= 0) {
            return false;
        }
        Matcher token = TOKEN.matcher(text);
        boolean number = false;
        boolean noun = false;
        while (token.find()) {
            String word = token.group().toLowerCase(Locale.ROOT);
            if (Character.isDigit(word.codePointAt(0))) {
                number = true;
            } else if (nouns.contains(word)) {
                noun = true;
            } else if (!joiningWords.contains(word)) {
                return false;
            }
        }
        return number && noun;
    }
}
