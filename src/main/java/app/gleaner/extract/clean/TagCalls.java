package app.gleaner.extract.clean;

import app.gleaner.extract.page.TextStats;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls to post a photo of what the reader made and tag the author's account, set after a recipe or a how-to ("Baked
 * it? Tag @nellskitchen on Instagram so I can see your loaf!", "Schon nachgekocht? Markiere @spaetzlebrett und zeig
 * uns deine Spätzle!", "L'hai preparata? Condividi la foto con #cucinaintasca"): a short block that opens with a short
 * question to the reader, naming no account, and then names an account or a hashtag and a word of tagging or sharing
 * or a network ({@code rules/tag-calls.txt}). A tweet asks and tags with no such word ("Anyone else watching the
 * debate? #DemDebate"), a quoted tweet or a forum's reply opens with the account it answers ("@BuildingTwenty: Both
 * of us wrote… Who'd have guessed?"), and a quotation is left out before reading ("“Is anyone else seeing this?”
 * @janedoe wrote"); an embedded post is not read at all ({@link NagBoxes}). Immutable and thread-safe.
 */
final class TagCalls {

    /** Words a call has at most, its question included: as {@link NagPhrases#MAX_PROMPT_WORDS} allows a prompt. */
    static final int MAX_WORDS = NagPhrases.MAX_PROMPT_WORDS;
    /** Words of the question that opens a call at most ("Did you make this recipe?", "Schon nachgekocht?"). */
    static final int MAX_QUESTION_WORDS = 8;

    /**
     * An account ("@nellskitchen") or a hashtag that starts with a letter ("#cucinaintasca", not a seed's "#10"), at a
     * word's start: not inside an e-mail address or a link.
     */
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@#/&])(?:@[\\p{L}\\p{N}_]|#\\p{L})[\\p{L}\\p{N}_.]+");
    /** The end of the opening question: a question mark, in Latin or full-width form. */
    private static final Pattern QUESTION_END = Pattern.compile("[?？]");

    private final WordList callWords = new WordList("tag-calls.txt");

    /** Whether {@code text} is a call to tag an account. */
    boolean in(String text) {
        if (text.indexOf('@') < 0 && text.indexOf('#') < 0 || TextStats.words(text) > MAX_WORDS) {
            return false;
        }
        String own = Quotations.outside(text);
        Matcher end = QUESTION_END.matcher(own);
        if (!end.find()) {
            return false;
        }
        String question = own.substring(0, end.start());
        String call = own.substring(end.end());
        return TextStats.words(question) <= MAX_QUESTION_WORDS && !ACCOUNT.matcher(question).find()
                && ACCOUNT.matcher(call).find() && callWords.foundIn(call);
    }
}
