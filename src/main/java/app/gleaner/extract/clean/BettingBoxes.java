package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * Finds the betting and fantasy-sports advertisements set in the running text by the warning such an ad must print
 * beside its offer ({@code rules/gambling-warnings.txt}: "Glücksspiel kann süchtig machen. Teilnahme ab 18 Jahren.",
 * "18+ | T&Cs apply | Bet the responsible way."): a line of its own that names an age as such a warning does ("18+",
 * "ab 18 Jahren", "minori di 18 anni") and holds one of the warnings, outside quotation marks. The advertisement is
 * the box around that line, at most {@link #MAX_BOX_WORDS} words, with no part of the story (a heading of the text, a
 * table, a figure, a quotation, a player) and no sentence of prose, that links to another site with a call to bet
 * (the rule file's "=" entries: "Jetzt wetten", "Bet at …") and shows a bookmaker's odds or marks the link as paid
 * for ({@code rel="sponsored"}). A story about gambling keeps its
 * fact box, its helpline box, a lottery's results and prices, a race's result with its starting prices, a game's
 * "Play now", and a paragraph that quotes the warning. Part of {@link ContentCleaner}. Stateless and thread-safe.
 */
final class BettingBoxes {

    /** Words an advertisement's box says at most, its odds, offer, call and warning together. */
    static final int MAX_BOX_WORDS = 70;
    /** Words of a warning's line at most: longer, it is a paragraph that mentions one. */
    static final int MAX_LINE_WORDS = 45;
    /** Words of a run of text, outside the warning, beyond which the box holds a sentence of prose. */
    static final int MAX_FIELD_WORDS = 16;
    private static final List<String> RULES = RuleList.loadLowerCase("gambling-warnings.txt");
    private static final List<String> WARNINGS = RuleList.unmarked(RULES, "=");
    private static final List<String> CALLS = RuleList.marked(RULES, "=");
    /** A number that could be an age, the cheap first sieve. */
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)(?:18|21)(?!\\d)");
    /** The age as a warning writes it: "18+", "+18", "ab 18 Jahren", "minori di 18 anni", "18 वर्ष"; not "18 May". */
    private static final Pattern AGE = Pattern.compile("(?<![\\d.,])(?:18|21)\\s*\\+|\\+\\s*(?:18|21)(?!\\d)"
            + "|(?<![\\d.,])(?:18|21)\\s*(?:jahren|jahre|anni|años|anos|ans|lat|år|yaş|वर्ष|лет|years)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A bookmaker's odds: decimal ("2,90", "3.25", not a sum: "412,36 €") or fractional ("6/5"). */
    private static final Pattern DECIMAL_ODDS = Pattern.compile(
            "(?<![\\d.,€$£])\\d{1,3}[.,]\\d{2}(?![\\d.,%])(?!\\s*(?:€|\\$|£|eur|euro))", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTIONAL_ODDS = Pattern.compile("(?<![\\d/])\\d{1,2}/\\d{1,2}(?![\\d/])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern QUOTATION_MARKS = Pattern.compile("[\"“”„«»「」]");
    /** What an advertisement's box never holds: the story's parts. Its title may be a small heading. */
    private static final Evaluator STORY_PARTS =
            Selector.evaluatorOf("h1, h2, table, figure, blockquote, pre, video, audio, iframe");

    private BettingBoxes() {
    }

    /** Removes the betting advertisements below {@code article}, noting each in {@code log}. */
    static void removeFrom(Element article, RemovalLog log) {
        Set<Element> aged = new LinkedHashSet<>(); // the elements whose own text names an age: a cheap first sieve
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && node.parent() instanceof Element parent
                    && NUMBER.matcher(text.getWholeText()).find()) {
                aged.add(parent);
            }
        }, article);
        List<Element> boxes = new ArrayList<>();
        for (Element element : aged) {
            Element line = lineOf(element);
            if (line == null || boxes.stream().anyMatch(box -> Nesting.isWithin(line, box))
                    || !isWarning(line.text())) {
                continue;
            }
            Element box = boxOf(line, article);
            if (box != null) {
                boxes.add(box);
            }
        }
        boxes.forEach(log::remove);
    }

    /** The block {@code element} is a line of: itself or the nearest block around it. */
    private static Element lineOf(Element element) {
        Element line = element;
        while (line != null && !line.isBlock()) {
            line = line.parent();
        }
        return line;
    }

    private static boolean isWarning(String text) {
        if (TextStats.words(text) > MAX_LINE_WORDS || QUOTATION_MARKS.matcher(text).find()
                || !AGE.matcher(text).find()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return WARNINGS.stream().anyMatch(lower::contains);
    }

    /**
     * The largest box around {@code line}, below {@code article}, that says at most {@link #MAX_BOX_WORDS} words and
     * holds no part of the story and no prose, when it links to another site with a call to bet and shows odds or
     * marks the link as paid for; null when none does.
     */
    private static Element boxOf(Element line, Element article) {
        Element box = null;
        for (Element up = line.parent(); up != null && up != article && TextStats.wordsCjkHalved(up.text())
                <= MAX_BOX_WORDS && Find.first(up, STORY_PARTS) == null && !holdsProse(up, line); up = up.parent()) {
            box = up;
        }
        if (box == null) {
            return null;
        }
        boolean odds = showsOdds(box.text());
        return Find.all(box, Css.LINKS).stream().anyMatch(link -> SiteLinks.leadsElsewhere(link)
                && callsToBet(link.text()) && (odds || PaidBoxes.isPaid(link))) ? box : null;
    }

    private static boolean showsOdds(String text) {
        return DECIMAL_ODDS.matcher(text).results().count() >= 2 || FRACTIONAL_ODDS.matcher(text).find();
    }

    /** Whether a link's words call the reader to bet ("Jetzt wetten", "Bet at PitchBet"). */
    private static boolean callsToBet(String text) {
        String words = " " + NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
        return CALLS.stream().anyMatch(call -> words.contains(" " + call + " "));
    }

    /** Whether a run of {@code box}'s text outside the warning {@code line} is as long as a sentence of prose. */
    private static boolean holdsProse(Element box, Element line) {
        for (TextNode text : box.textNodes()) {
            if (TextStats.wordsCjkHalved(text.text()) > MAX_FIELD_WORDS) {
                return true;
            }
        }
        for (Element child : box.children()) {
            if (child != line && holdsProse(child, line)) {
                return true;
            }
        }
        return false;
    }
}
