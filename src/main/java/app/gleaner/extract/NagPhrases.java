package app.gleaner.extract;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognizes nag text: short blocks dominated by call-to-action phrases (sign in, subscribe, accept cookies, get
 * notifications...) in several languages, loaded from {@code rules/nag-phrases.txt}. A block is a nag only when it
 * is short and the phrases dominate it, so a long paragraph that mentions "subscribe" is never a nag.
 * Immutable and thread-safe.
 */
public final class NagPhrases {

    /** Blocks longer than this are never judged nag by text alone. */
    public static final int MAX_NAG_WORDS = 60;
    /** Distinct phrases that make a short block a nag. */
    public static final int MIN_PHRASES_FOR_SHORT_BLOCK = 2;
    /** Share of a block's words covered by phrases that makes it a nag regardless of the phrase count. */
    public static final double MIN_PHRASE_COVERAGE = 0.4;
    /** Blocks with at least this many phrase hits per word are nags (dense lists of buttons and links). */
    public static final double MIN_PHRASES_PER_WORD = 1.0 / 10;

    /** Blocks up to this many words are nags when a sentence in them opens with a call-to-action verb. */
    public static final int MAX_PROMPT_WORDS = 25;

    /** Marks a phrase in the rule file that is an imperative ("subscribe to", "sign up for"). */
    static final String IMPERATIVE_MARK = "!";

    private static final Pattern CURLY_APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc]");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:;…]\\s+|[-–—|]\\s+)[^\\p{L}\\p{N}]*");

    private final Pattern phrases;
    private final Pattern imperatives;

    /** Phrases from the bundled rule file. */
    public NagPhrases() {
        this(RuleList.load("nag-phrases.txt"));
    }

    NagPhrases(List<String> phraseList) {
        List<String> bare = phraseList.stream().map(NagPhrases::unmarked).toList();
        this.phrases = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(bare)
                + ")s?(?![\\p{L}\\p{N}])");
        List<String> verbs = phraseList.stream().filter(p -> p.startsWith(IMPERATIVE_MARK))
                .map(NagPhrases::unmarked).toList();
        this.imperatives = verbs.isEmpty() ? null : Pattern.compile(SENTENCE_START.pattern() + "(?:"
                + alternatives(verbs) + ")(?![\\p{L}\\p{N}])");
    }

    private static String unmarked(String phrase) {
        return phrase.startsWith(IMPERATIVE_MARK) ? phrase.substring(IMPERATIVE_MARK.length()).strip() : phrase;
    }

    private static String alternatives(List<String> list) {
        return list.stream()
                .map(NagPhrases::normalize)
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** True when {@code text} is a short block dominated by nag phrases. */
    public boolean isNag(String text) {
        String normalized = normalize(text);
        int words = TextStats.words(normalized);
        if (words == 0 || words > MAX_NAG_WORDS) {
            return false;
        }
        if (words <= MAX_PROMPT_WORDS && imperatives != null && imperatives.matcher(normalized).find()) {
            return true;
        }
        Matcher matcher = phrases.matcher(normalized);
        Set<String> distinct = new HashSet<>();
        int coveredWords = 0;
        while (matcher.find()) {
            distinct.add(matcher.group());
            coveredWords += TextStats.words(matcher.group());
        }
        if (distinct.isEmpty()) {
            return false;
        }
        return (double) coveredWords / words >= MIN_PHRASE_COVERAGE
                || (distinct.size() >= MIN_PHRASES_FOR_SHORT_BLOCK
                        && (double) distinct.size() / words >= MIN_PHRASES_PER_WORD);
    }

    private static String normalize(String text) {
        String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return CURLY_APOSTROPHES.matcher(composed.toLowerCase(Locale.ROOT)).replaceAll("'");
    }
}
