package app.gleaner.extract.clean;

/**
 * Words of one grammatical person: the publisher speaking of itself ("we", "our", "unsere Redaktion", "本报"), and the
 * reader addressed ("you", "Ihnen", "je", "您"). A story speaks of others; a pitch speaks of the newsroom, to the
 * reader. Each list is read once.
 */
public final class PersonWords {

    /** The publisher speaking of itself: {@code rules/publisher-voice.txt}. */
    public static final WordList PUBLISHER = new WordList("publisher-voice.txt");
    /** The reader addressed: {@code rules/reader-address.txt}. */
    static final WordList READER = new WordList("reader-address.txt");

    private PersonWords() {
    }
}
