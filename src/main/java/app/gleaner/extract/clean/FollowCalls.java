package app.gleaner.extract.clean;

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
import org.jsoup.nodes.Element;

/**
 * Calls to follow the publisher on networks and news apps that name the publisher ("Follow the Courier's Opinion
 * section on Facebook, Instagram and Threads.", "Segui Valtorre Notizie su Google News e sul nostro canale
 * WhatsApp"), which no nag phrase can hold: a short block whose first sentence opens with a verb of following in the
 * imperative, names three networks or one news app ({@code rules/follow-calls.txt}) and, between the verb and them,
 * the site, by the name its meta tags give it or its host's word. A how-to's step names the
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
    /** The tags that name the site ("The National Courier"). */
    private static final String SITE_NAME_TAGS = "meta[property=og:site_name], meta[name=application-name]";
    /** Letters of the shortest site name or host word a call is read to name (not "co" of "co.uk", not "www"). */
    static final int MIN_NAME_LETTERS = 4;
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

    /**
     * Whether {@code normalized} names the publisher of {@code page}: the name its meta tags give the site, or the
     * main word of its host ("valtorrenotizie" in "Segui Valtorre Notizie"), letters compared alone. A story's or a
     * how-to's sentence about following names another ("Follow the money", "Follow these steps in Google News").
     */
    private static boolean namesThePublisher(String normalized, Document page) {
        if (page == null) {
            return false;
        }
        String letters = lettersOf(normalized);
        List<String> names = new ArrayList<>();
        for (Element meta : page.select(SITE_NAME_TAGS)) {
            names.add(NagPhrases.normalize(meta.attr("content")).replaceFirst("^the ", ""));
        }
        for (String label : SiteLinks.hostOf(page.location()).split("\\.")) {
            names.add(label);
        }
        return names.stream().map(FollowCalls::lettersOf)
                .anyMatch(name -> name.length() >= MIN_NAME_LETTERS && letters.contains(name));
    }

    private static String lettersOf(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.toString();
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
                && namesThePublisher(normalized.substring(verbEnd, firstPlace), page);
    }
}
