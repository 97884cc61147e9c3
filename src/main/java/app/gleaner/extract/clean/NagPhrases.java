package app.gleaner.extract.clean;

import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.PhraseTrie;
import app.gleaner.extract.rules.RuleList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

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
    /**
     * Blocks with at least this many phrase hits per word are nags (dense lists of buttons and links), unless they are
     * one long sentence that reports ({@link #reports}).
     */
    public static final double MIN_PHRASES_PER_WORD = 1.0 / 10;

    /** Blocks up to this many words are nags when a sentence in them opens with a call-to-action verb. */
    public static final int MAX_PROMPT_WORDS = 25;

    /**
     * Blocks up to this many words are nags when they open with a call-to-action verb and hold another nag phrase
     * ("Join our forums to keep talking … and if you have a tip, let us know at …"): longer than
     * {@link #MAX_PROMPT_WORDS}, as the whole block is the appeal, not one sentence of it. One imperative alone
     * does not do it: "Sign up for an account first, then open the console…" is a step of a how-to.
     */
    public static final int MAX_OPENING_PROMPT_WORDS = 40;

    /** Words outside its quotations that make a block a report of the nag it quotes, not the nag. */
    public static final int MIN_REPORTING_WORDS = 3;

    /** Boxes longer than this are never a pitch by {@link #isPitch(String)}. */
    public static final int MAX_PITCH_WORDS = 150;
    /** Distinct phrases a pitch names. */
    public static final int MIN_PITCH_PHRASES = 2;
    /** Share of a pitch's words its phrases cover. */
    public static final double MIN_PITCH_COVERAGE = 0.1;

    /** Marks a phrase in the rule file that is an imperative ("subscribe to", "sign up for"). */
    static final String IMPERATIVE_MARK = "!";
    /** Marks a phrase that only backs up an opening call in a longer block ("let us know at"). */
    static final String SUPPORTING_MARK = "+";

    /** Apostrophes that read as {@code '}; any run of white space, no-break spaces included, reads as one space. */
    private static final String CURLY_APOSTROPHES = "\u2018\u2019\u02bc";
    /** The first combining mark: text of characters below it is in Unicode's composed form as it is. */
    /** The range of the Arabic script's letters and marks that {@link #arabicFolded} folds. */
    private static final char FIRST_ARABIC_FOLDED = '\u0622';
    private static final char LAST_ARABIC_FOLDED = '\u06d5';
    /**
     * The nukta, the dot that Hindi writes under a letter for a sound of Persian or English ("फ़ॉलो", "ज़रूर") and as
     * often leaves out ("फॉलो"): dropped, so either spelling reads as a phrase written in the other.
     */
    private static final char DEVANAGARI_NUKTA = '\u093c';
    /** What {@link #arabicFolded} gives for a mark that is dropped. */
    private static final char DROPPED = '\uffff';
    /** Punctuation that ends a sentence or sets off a new one when whitespace follows it. */
    private static final String SENTENCE_BREAKS = ".!?:;\u2026-\u2013\u2014|";
    /** Punctuation that ends a sentence when whitespace or the end of the text follows it. */
    private static final String SENTENCE_ENDS = ".!?\u2026";

    private final PhraseTrie phrases;
    private final PhraseTrie imperatives;
    private final PhraseTrie supporting;
    /** Every phrase, supporting ones included: what a pitch box may name. */
    private final PhraseTrie pitchPhrases;

    /** Phrases from the bundled rule file. */
    public NagPhrases() {
        this(RuleList.load("nag-phrases.txt"));
    }

    NagPhrases(List<String> phraseList) {
        List<String> imperativeList = RuleList.marked(phraseList, IMPERATIVE_MARK);
        List<String> supportingList = RuleList.marked(phraseList, SUPPORTING_MARK);
        List<String> plain = RuleList.unmarked(RuleList.unmarked(phraseList, IMPERATIVE_MARK), SUPPORTING_MARK);
        List<String> counted = Stream.concat(plain.stream(), imperativeList.stream()).toList();
        this.phrases = trie(counted);
        this.imperatives = trie(imperativeList);
        this.supporting = trie(supportingList);
        this.pitchPhrases = trie(Stream.concat(counted.stream(), supportingList.stream()).toList());
    }

    private static PhraseTrie trie(List<String> phrases) {
        return new PhraseTrie(phrases.stream().map(NagPhrases::normalize).toList());
    }

    /**
     * True when {@code text} is a short block dominated by nag phrases, and still one without what it quotes: a
     * sentence that reports a paywall's message or a quoted call ("'Subscribe to our newsletter' is the most clicked
     * button on our site, Ms Okoro said") says {@link #MIN_REPORTING_WORDS} words or more of its own. An editors'
     * note ({@link EditorsNote}: "Correção: preços de assinatura das newsletters") is the story's, whatever it names.
     */
    public boolean isNag(String text) {
        return isNag(text, true);
    }

    /**
     * As {@link #isNag(String)}, but a sentence that opens with a call ({@link #MAX_PROMPT_WORDS}) does not make a
     * block a nag by itself: for a block that gives the reader nothing to act on, where "Log in to renew it – your
     * details are saved" is a tip of a how-to.
     */
    public boolean isNagByItsPhrases(String text) {
        return isNag(text, false);
    }

    private boolean isNag(String text, boolean promptsCount) {
        String normalized = normalize(text);
        return readsAsNag(normalized, promptsCount) && !onlyQuotesANag(normalized, promptsCount)
                && !EditorsNote.opens(normalized);
    }

    private boolean onlyQuotesANag(String normalized, boolean promptsCount) {
        String own = Quotations.outside(normalized);
        return own != normalized && TextStats.words(own) >= MIN_REPORTING_WORDS && !readsAsNag(own, promptsCount);
    }

    private boolean readsAsNag(String normalized, boolean promptsCount) {
        int words = TextStats.words(normalized);
        if (words == 0 || words > MAX_NAG_WORDS) {
            return false;
        }
        if (promptsCount && words <= MAX_PROMPT_WORDS && opensWithImperative(normalized, false)
                && !announces(normalized)) {
            return true;
        }
        int[] found = scan(normalized, phrases);
        int distinct = found[0];
        int coveredWords = found[1];
        if (distinct == 0) {
            return false;
        }
        if (words <= MAX_OPENING_PROMPT_WORDS && opensWithImperative(normalized, true)
                && (distinct >= MIN_PHRASES_FOR_SHORT_BLOCK || holds(supporting, normalized))) {
            return true;
        }
        return (double) coveredWords / words >= MIN_PHRASE_COVERAGE
                || distinct >= MIN_PHRASES_FOR_SHORT_BLOCK && (double) distinct / words >= MIN_PHRASES_PER_WORD
                        && !reports(normalized);
    }

    /**
     * A sentence as long as a paragraph of prose ({@link TextStats#PROSE_PARAGRAPH_CHARS} Latin letters or their
     * worth, {@link TextStats#latinLength}), ended by its full stop and holding no other, that neither speaks to the
     * reader nor as the publisher ({@link PersonWords}), calls on no one ({@link #IMPERATIVE_MARK}) and names no sum:
     * prose that tells of what it names ("Inloggen kan met alleen een e-mailadres, en de redactie gebruikt die
     * gegevens niet voor nieuwsbrieven, aldus de ombudsman."), not a row of buttons and links, nor a pitch ("You can
     * also sign in with your e-mail address and get our newsletters", "il primo mese costa 1 euro", "Kérjük, kapcsold
     * ki a hirdetésblokkolót, vagy fizess elő").
     */
    private boolean reports(String text) {
        return isOneLongSentence(text) && !PersonWords.READER.foundIn(text)
                && !PersonWords.PUBLISHER.foundIn(text) && !holds(imperatives, text) && !Sums.namedIn(text);
    }

    private static boolean isOneLongSentence(String text) {
        String sentence = text.strip();
        if (TextStats.latinLength(sentence) < TextStats.PROSE_PARAGRAPH_CHARS
                || SENTENCE_ENDS.indexOf(sentence.charAt(sentence.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < sentence.length() - 1; i++) {
            if (endsSentenceAt(sentence, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a box of up to {@link #MAX_PITCH_WORDS} words, prose included, is a pitch: it names at least
     * {@link #MIN_PITCH_PHRASES} distinct phrases and they cover {@link #MIN_PITCH_COVERAGE} of its words ("Before
     * you scroll on, a word about who pays for this reporting… we rely on readers… a regular gift…"), supporting
     * phrases ({@link #SUPPORTING_MARK}) included. Only for boxes that also hold a button or a form field: the words
     * alone are too thin a signal.
     */
    public boolean isPitch(String text) {
        String normalized = normalize(text);
        int words = TextStats.words(normalized);
        if (words == 0 || words > MAX_PITCH_WORDS) {
            return false;
        }
        int[] found = scan(normalized, pitchPhrases);
        return found[0] >= MIN_PITCH_PHRASES && (double) found[1] / words >= MIN_PITCH_COVERAGE;
    }

    /** True when {@code text} names at least one nag phrase, supporting ones included, anywhere in it. */
    public boolean names(String text) {
        return holds(pitchPhrases, normalize(text));
    }

    /**
     * Distinct phrases in {@code normalized} and the words they cover, longest phrase first at each word; a stem
     * counts once whatever endings it is written with.
     */
    private static int[] scan(String normalized, PhraseTrie phrases) {
        Set<String> distinct = new HashSet<>();
        int coveredWords = 0;
        for (int i = 0; i < normalized.length(); i++) {
            PhraseTrie.Match match = PhraseTrie.wordStartsAt(normalized, i)
                    ? phrases.longestMatchAt(normalized, i, true) : null;
            if (match != null) {
                distinct.add(match.key());
                coveredWords += TextStats.words(normalized.substring(i, match.end()));
                i = match.end() - 1;
            }
        }
        return new int[] {distinct.size(), coveredWords};
    }

    private static boolean holds(PhraseTrie trie, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (PhraseTrie.wordStartsAt(text, i) && trie.longestAt(text, i, true) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a sentence opens with an imperative phrase: at the start of the text, or (unless {@code textOnly})
     * after sentence punctuation or a dash and whitespace, past any symbols and quotes.
     */
    private boolean opensWithImperative(String text, boolean textOnly) {
        for (int i = 0; i < (textOnly ? Math.min(1, text.length()) : text.length()); i++) {
            boolean sentenceStart = i == 0
                    || SENTENCE_BREAKS.indexOf(text.charAt(i - 1)) >= 0 && isSpace(text.charAt(i));
            if (!sentenceStart) {
                continue;
            }
            int start = i;
            while (start < text.length() && !PhraseTrie.isWordChar(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            if (start < text.length() && imperatives.longestAt(text, start, false) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a sentence of the block that opens with no call names a day ({@link DateMentions}) and nothing of a
     * pitch: no nag phrase, no word of the publisher's or to the reader ({@link PersonWords}), and no sum or share in
     * the block. "The course runs Tuesdays from 6 to 8pm starting 29 September. <a>Sign up for the course</a>"
     * announces an event and links to its form; "Offer valid until 30 June. Subscribe now for 1 € a month" and "Our
     * editors answer your questions live on 12 June. Register" sell.
     */
    private boolean announces(String text) {
        if (Sums.namedIn(text) || text.indexOf('%') >= 0) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !endsSentenceAt(text, i)) {
                continue;
            }
            String sentence = text.substring(start, Math.min(i + 1, text.length())).strip();
            start = i + 1;
            if (!sentence.isEmpty() && !opensWithImperative(sentence, true) && DateMentions.in(sentence)
                    && !holds(pitchPhrases, sentence) && !PersonWords.PUBLISHER.foundIn(sentence)
                    && !PersonWords.READER.foundIn(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence ends at {@code i}: a full stop or its kin at the text's end or before a space, no ordinal's. */
    private static boolean endsSentenceAt(String text, int i) {
        return SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0
                && (i + 1 == text.length() || text.charAt(i + 1) == ' ') && !isOrdinal(text, i);
    }

    /** A full stop right after a day's number of one or two digits: "am 31. Januar", "den 3. maj". */
    private static boolean isOrdinal(String text, int stop) {
        int digits = 0;
        while (stop - digits - 1 >= 0 && Character.isDigit(text.charAt(stop - digits - 1))) {
            digits++;
        }
        return text.charAt(stop) == '.' && digits >= 1 && digits <= 2
                && (stop - digits == 0 || !Character.isLetterOrDigit(text.charAt(stop - digits - 1)));
    }

    /** Whitespace as {@code \\s} means in a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static String normalize(String text) {
        String lower = TextStats.composed(text == null ? "" : text).toLowerCase(Locale.ROOT);
        StringBuilder folded = null;
        int copied = 0; // characters of lower up to here are in folded, as they are or replaced
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean white = TextStats.isSpace(c);
            char replacement = white ? ' ' : CURLY_APOSTROPHES.indexOf(c) >= 0 ? '\''
                    : c >= FIRST_ARABIC_FOLDED && c <= LAST_ARABIC_FOLDED ? arabicFolded(c)
                    : c == DEVANAGARI_NUKTA ? DROPPED : c;
            if (white && space || replacement != c) {
                // the run before this character goes over whole; a second space in a row goes not at all
                folded = folded == null ? new StringBuilder(lower.length()) : folded;
                folded.append(lower, copied, i);
                if (!(white && space) && replacement != DROPPED) {
                    folded.append(replacement);
                }
                copied = i + 1;
            }
            space = white;
        }
        return folded == null ? lower : folded.append(lower, copied, lower.length()).toString();
    }

    /**
     * One spelling of the letters that Arabic and Persian sites write in more than one way, as search engines fold
     * them: the Arabic yeh and kaf as the Persian ی and ک (Persian sites type both), alef with a hamza or a madda
     * as a bare alef, teh marbuta and heh with a hamza as heh; vowel marks, the hamza above and the kashida that
     * stretches a word are dropped ({@link #DROPPED}). "حساب كاربري نداريد؟" then reads as the label
     * "حساب کاربری ندارید؟", and "اشترك الآن" as "اشترك الان".
     */
    private static char arabicFolded(char c) {
        if (c == '\u0640' || c >= '\u064b' && c <= '\u065f' || c == '\u0670') {
            return DROPPED;
        }
        return switch (c) {
            case '\u064a', '\u0649' -> '\u06cc'; // ي ى -> ی
            case '\u0643' -> '\u06a9'; // ك -> ک
            case '\u0622', '\u0623', '\u0625' -> '\u0627'; // آ أ إ -> ا
            case '\u0629', '\u06c0', '\u06d5' -> '\u0647'; // ة ۀ ە -> ه
            default -> c;
        };
    }
}
