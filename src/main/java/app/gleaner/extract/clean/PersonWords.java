package app.gleaner.extract.clean;

import app.gleaner.extract.rules.PhraseTrie;
import app.gleaner.extract.rules.RuleList;
import java.util.List;

/**
 * Words of one grammatical person, from a rule file: as whole words in scripts that space their words, anywhere in
 * Chinese, Japanese and Korean, where "本报编辑部" runs the word into the next. Two lists: the publisher speaking of
 * itself ("we", "our", "unsere Redaktion", "本报"), and the reader addressed ("you", "Ihnen", "je", "您"). A story
 * speaks of others; a pitch speaks of the newsroom, to the reader. Immutable and thread-safe; each list is read once.
 */
public final class PersonWords {

    /** The publisher speaking of itself: {@code rules/publisher-voice.txt}. */
    public static final PersonWords PUBLISHER = new PersonWords("publisher-voice.txt");
    /** The reader addressed: {@code rules/reader-address.txt}. */
    static final PersonWords READER = new PersonWords("reader-address.txt");

    /** Marks a word matched in its own case only: German "Sie" is the reader, "sie" is "she" or "they". */
    static final String EXACT_CASE_MARK = "=";

    private final PhraseTrie spaced;
    private final List<String> unspaced;
    private final PhraseTrie exactCase;

    private PersonWords(String ruleFile) {
        List<String> entries = RuleList.load(ruleFile);
        List<String> words = RuleList.unmarked(entries, EXACT_CASE_MARK).stream().map(NagPhrases::normalize).toList();
        this.spaced = new PhraseTrie(words.stream().filter(word -> !isUnspaced(word)).toList());
        this.unspaced = words.stream().filter(PersonWords::isUnspaced).toList();
        this.exactCase = new PhraseTrie(RuleList.marked(entries, EXACT_CASE_MARK));
    }

    /** True when {@code text} holds one of the words. */
    public boolean foundIn(String text) {
        String normalized = NagPhrases.normalize(text);
        return unspaced.stream().anyMatch(normalized::contains) || holds(spaced, normalized)
                || holds(exactCase, text);
    }

    private static boolean holds(PhraseTrie words, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (PhraseTrie.wordStartsAt(text, i) && words.longestAt(text, i, false) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A word of a script written without spaces between words, or with particles fused to them (Korean). */
    private static boolean isUnspaced(String word) {
        return word.codePoints().allMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }
}
