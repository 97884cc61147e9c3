package app.gleaner.extract.clean;

import app.gleaner.extract.page.MetaTags;
import app.gleaner.extract.page.PageLetters;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.PhraseTrie;
import app.gleaner.extract.rules.RuleList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * Calls to follow the publisher on networks and news apps that name the publisher ("Follow the Courier's Opinion
 * section on Facebook, Instagram and Threads.", "Segui Valtorre Notizie su Google News e sul nostro canale
 * WhatsApp"), which no nag phrase can hold: a short block whose first sentence opens with a verb of following in the
 * imperative, names three networks or one news app ({@code rules/follow-calls.txt}) and, right after the verb, the
 * site as what to follow, by the name its meta tags give it or its host's main word. A how-to's step names the
 * one or two apps it is about ("Follow the same steps in the WhatsApp and Instagram apps"); a story tells who follows
 * whom in the third person; a heading or a caption is no call ({@link NagBoxes}). Immutable and thread-safe.
 */
final class FollowCalls {

    /** Words of a call at most, as {@link NagPhrases#MAX_PROMPT_WORDS} allows a prompt. */
    static final int MAX_WORDS = NagPhrases.MAX_PROMPT_WORDS;
    /** Networks a call names at least, where it names no news app: a how-to's step names the one or two it is about. */
    static final int MIN_NETWORKS = 3;
    /** Marks a place in the rule file; then {@link #NEWS_APP_MARK}, a place that counts alone. */
    private static final String PLACE_MARK = "@";
    private static final String NEWS_APP_MARK = "+";
    /** The meta tags that name the site ("The National Courier"). */
    private static final List<String> SITE_NAME_KEYS = List.of("og:site_name", "application-name");
    /** Letters of the shortest site name or host word a call is read to name. */
    static final int MIN_NAME_LETTERS = 4;
    /** Letters of a short word before a name ("the", "dem", "τη") or of a domain's second level ("co", "com"). */
    static final int MAX_ARTICLE_LETTERS = 3;
    /** Letters read for a site's name at most. */
    static final int MAX_NAME_RUN_LETTERS = 60;
    /** What ends the first sentence. */
    private static final String SENTENCE_ENDS = ".!?…;:";

    private final PhraseTrie verbs;
    private final PhraseTrie places;
    private final Set<String> newsApps;
    /** The verbs' first words, as {@link #firstWord} reads a block's. */
    private final Set<String> openers;

    FollowCalls() {
        List<String> entries = RuleList.loadLowerCase("follow-calls.txt");
        List<String> placeEntries = RuleList.marked(entries, PLACE_MARK);
        this.verbs = new PhraseTrie(RuleList.unmarked(entries, PLACE_MARK).stream().map(NagPhrases::normalize).toList());
        this.places = new PhraseTrie(placeEntries.stream()
                .map(place -> NagPhrases.normalize(place.replaceFirst("^\\" + NEWS_APP_MARK, ""))).toList());
        this.newsApps = Set.copyOf(RuleList.marked(placeEntries, NEWS_APP_MARK).stream().map(NagPhrases::normalize)
                .toList());
        this.openers = Set.copyOf(RuleList.unmarked(entries, PLACE_MARK).stream().map(FollowCalls::firstWord).toList());
    }

    /** Whether {@code text}, on {@code page}, is a call to follow the page's publisher somewhere. */
    boolean in(String text, Document page) {
        if (!openers.contains(firstWord(text)) || TextStats.words(text) > MAX_WORDS) {
            return false; // most blocks, told by their first word before the text is normalized
        }
        String normalized = NagPhrases.normalize(text);
        int start = 0;
        while (start < normalized.length() && !PhraseTrie.isWordChar(normalized.codePointAt(start))) {
            start += Character.charCount(normalized.codePointAt(start));
        }
        int verbEnd = start == normalized.length() ? -1 : verbs.longestAt(normalized, start, false);
        if (verbEnd < 0 || verbEnd == normalized.length() || normalized.charAt(verbEnd) != ' ') {
            return false; // "Follow-up videos", "Follow:" open no call
        }
        Set<String> named = new HashSet<>();
        int firstPlace = -1;
        boolean newsApp = false;
        for (int i = start; i < normalized.length() && SENTENCE_ENDS.indexOf(normalized.charAt(i)) < 0; i++) {
            PhraseTrie.Match place = PhraseTrie.wordStartsAt(normalized, i) ? places.longestMatchAt(normalized, i, false)
                    : null;
            if (place != null) {
                firstPlace = firstPlace < 0 ? i : firstPlace;
                newsApp |= newsApps.contains(place.key());
                named.add(place.key());
                i = place.end() - 1;
            }
        }
        // the publisher stands between the verb and the places: "Follow <the Courier> on Facebook, …"
        return (newsApp || named.size() >= MIN_NETWORKS)
                && page != null && namesThePublisher(normalized.substring(verbEnd, firstPlace), text, page);
    }

    /**
     * Whether {@code object}, the words right after the verb, names the publisher of {@code page} as what to follow:
     * they open, a short word aside ("the", "dem", "τη"), with the site's name as whole words (a possessive's "s"
     * after them: "the Courier's Opinion section"), capitalized in {@code text}: the name its meta tags give the site
     * (its own article aside: "The National Courier"), or its host's main word ("valtorrenotizie" for "Valtorre
     * Notizie"). A story's or a how-to's sentence follows someone else ("Follow the harbour authority", "Folgen Sie der
     * Berliner Feuerwehr" on berlin.de, "Follow the eclipse in real time" on a site called Time). Words and names are
     * compared as {@link PageLetters} folds them.
     */
    private static boolean namesThePublisher(String object, String text, Document page) {
        List<String> words = PageLetters.wordsOf(object);
        Set<String> names = siteNames(page);
        for (int first = 0; first <= 1 && first < words.size(); first++) {
            if (first == 1 && words.get(0).length() > MAX_ARTICLE_LETTERS) {
                break;
            }
            StringBuilder run = new StringBuilder();
            for (int last = first; last < words.size() && run.length() < MAX_NAME_RUN_LETTERS; last++) {
                run.append(words.get(last));
                if (names.contains(run.toString()) && isCapitalizedIn(text, words.get(first))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The site's names, folded: its meta tags' (with and without an opening short word) and its host's main word. */
    private static Set<String> siteNames(Document page) {
        Set<String> names = new HashSet<>();
        MetaTags tags = MetaTags.of(page);
        for (String key : SITE_NAME_KEYS) {
            for (String name : tags.all(key)) {
                List<String> words = PageLetters.wordsOf(name);
                names.add(String.join("", words));
                if (words.size() > 1 && words.get(0).length() <= MAX_ARTICLE_LETTERS) {
                    names.add(String.join("", words.subList(1, words.size())));
                }
            }
        }
        names.add(mainLabel(SiteLinks.hostOf(page.location())));
        names.removeIf(name -> name.length() < MIN_NAME_LETTERS);
        return names;
    }

    /** The main word of {@code host}: "valtorrenotizie" of valtorrenotizie.it, "suntimes" of chicago.suntimes.com. */
    private static String mainLabel(String host) {
        List<String> labels = new ArrayList<>(List.of(host.split("\\.")));
        labels.remove(labels.size() - 1); // the top-level domain
        if (labels.size() > 1 && labels.get(labels.size() - 1).length() <= MAX_ARTICLE_LETTERS) {
            labels.remove(labels.size() - 1); // "co" of co.uk, "com" of com.br
        }
        return labels.isEmpty() ? "" : PageLetters.lettersOf(labels.get(labels.size() - 1));
    }

    /** Whether a word of {@code text} that folds to {@code word} opens with a capital, or a caseless letter. */
    private static boolean isCapitalizedIn(String text, String word) {
        for (String written : text.split("\\s+")) {
            List<String> folded = PageLetters.wordsOf(written);
            int initial = written.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(' ');
            if (!folded.isEmpty() && folded.get(0).equals(word) && !Character.isLowerCase(initial)) {
                return true;
            }
        }
        return false;
    }

    /** The first run of letters in {@code text}, lower case. */
    private static String firstWord(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
