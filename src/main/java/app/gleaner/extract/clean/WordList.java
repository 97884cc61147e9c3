package app.gleaner.extract.clean;

import app.gleaner.extract.rules.PhraseTrie;
import app.gleaner.extract.rules.RuleList;
import java.util.List;

/**
 * Words from a rule file, found as whole words in scripts that space their words and anywhere in Chinese, Japanese
 * and Korean, where "本报编辑部" runs the word into the next; in any case, but for words marked to be matched in their
 * own. The grammatical persons of {@link PersonWords} are two such lists. Immutable and thread-safe.
 */
public final class WordList {

    /** Marks a word matched in its own case only: German "Sie" is the reader, "sie" is "she" or "they". */
    static final String EXACT_CASE_MARK = "=";

    private final PhraseTrie spaced;
    private final List<String> unspaced;
    private final PhraseTrie exactCase;

    /** The words of {@code rules/<ruleFile>}. */
    WordList(String ruleFile) {
        List<String> entries = RuleList.load(ruleFile);
        List<String> words = RuleList.unmarked(entries, EXACT_CASE_MARK).stream().map(NagPhrases::normalize).toList();
        this.spaced = new PhraseTrie(words.stream().filter(word -> !isUnspaced(word)).toList());
        this.unspaced = words.stream().filter(WordList::isUnspaced).toList();
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
