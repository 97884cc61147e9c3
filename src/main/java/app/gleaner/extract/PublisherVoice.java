package app.gleaner.extract;

/**
 * Whether a text speaks as its publisher to the reader: "we", "our", "unsere Redaktion", "本报", by the words of
 * {@code rules/publisher-voice.txt}, matched as whole words (anywhere in Chinese and Japanese). A story speaks of
 * others; a pitch of the newsroom itself. Immutable and thread-safe.
 */
final class PublisherVoice {

    private final PhraseTrie words = new PhraseTrie(
            RuleList.loadLowerCase("publisher-voice.txt").stream().map(NagPhrases::normalize).toList());

    /** True when {@code text} holds one of the publisher's words for itself. */
    boolean speaks(String text) {
        String normalized = NagPhrases.normalize(text);
        for (int i = 0; i < normalized.length(); i++) {
            if (PhraseTrie.wordStartsAt(normalized, i) && words.longestAt(normalized, i, false) > 0) {
                return true;
            }
        }
        return false;
    }
}
