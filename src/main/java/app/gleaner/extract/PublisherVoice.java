package app.gleaner.extract;

import java.util.List;

/**
 * Whether a text speaks as its publisher to the reader: "we", "our", "unsere Redaktion", "本报", by the words of
 * {@code rules/publisher-voice.txt}: as whole words in scripts that space their words, anywhere in Chinese, Japanese
 * and Korean, where "本报编辑部" runs the word into the next. A story speaks of others; a pitch of the newsroom
 * itself. Stateless and thread-safe; the words are read once.
 */
final class PublisherVoice {

    private static final List<String> WORDS =
            RuleList.loadLowerCase("publisher-voice.txt").stream().map(NagPhrases::normalize).toList();
    private static final PhraseTrie SPACED = new PhraseTrie(WORDS.stream().filter(word -> !isUnspaced(word)).toList());
    private static final List<String> UNSPACED = WORDS.stream().filter(PublisherVoice::isUnspaced).toList();

    private PublisherVoice() {
    }

    /** True when {@code text} holds one of the publisher's words for itself. */
    static boolean speaks(String text) {
        String normalized = NagPhrases.normalize(text);
        if (UNSPACED.stream().anyMatch(normalized::contains)) {
            return true;
        }
        for (int i = 0; i < normalized.length(); i++) {
            if (PhraseTrie.wordStartsAt(normalized, i) && SPACED.longestAt(normalized, i, false) > 0) {
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
