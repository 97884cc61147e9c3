package app.gleaner.extract.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The heads of the component names CSS modules and styled components write in camel case, their last words
 * hyphen-joined: "ArchivePromo_container__9dLqe" has the heads "promo" and "archive-promo", "RelatedPosts_list" has
 * "posts" and "related-posts". A compound names what it ends in, so "SharePriceChart" and "PromoCodeTerms" (a chart,
 * the terms of a code) are no share bar and no promo: {@link ChromeWords} reads a compound only by its head. Only a
 * name's first part is a component's name, and only when it is spelled as one ({@link #addHeads}): the parts after
 * it name an element of the component or are a hash ("__9dLqe", "kmXpAd"). Immutable and thread-safe.
 */
final class ComponentHeads {

    /** Characters of a component's name at most: a longer run is a hash or an encoded value, not a name. */
    static final int MAX_COMPONENT_CHARS = 40;
    private static final String VOWELS = "aeiouy";

    /** Words of a head read at most: the longest chrome entry's. */
    private final int maxHeadWords;

    ComponentHeads(int maxHeadWords) {
        this.maxHeadWords = maxHeadWords;
    }

    /**
     * The heads of the names in {@code classAndId}, which must go on in parts as CSS modules write them, and in
     * {@code componentNames}, a framework's names of its components, as written; empty when none is a component's
     * name in camel case.
     */
    List<String> of(String classAndId, String componentNames) {
        List<String> heads = new ArrayList<>();
        readHeads(classAndId, true, heads);
        readHeads(componentNames, false, heads);
        return heads;
    }

    /** Adds the heads of each name in {@code names}, split at white space, to {@code heads}. */
    private void readHeads(String names, boolean partsFollow, List<String> heads) {
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || Character.isWhitespace(names.charAt(i))) {
                addHeads(names, start, i, partsFollow, heads);
                start = i + 1;
            }
        }
    }

    /**
     * Adds the heads of the name between {@code from} and {@code to} when its first part (up to a hyphen or an
     * underscore) is a component's name: {@link #MAX_COMPONENT_CHARS} characters at most, in words that each open
     * with a capital and go on in small letters, each holding a vowel ("ArchivePromo", "AudioUpsell", not "FRoAd"). A
     * class or an id must also go on in parts, as CSS modules write them ("ArchivePromo_container__9dLqe",
     * "AudioUpsell-module__x"): a bare class of a few letters in camel case is a styled component's hash ("kmXpAd",
     * "BuvAd"), where a framework's component attribute names the component itself ({@code
     * data-component="ReadingQuest"}). The last {@link #maxHeadWords} words are read, no more.
     */
    private void addHeads(String names, int from, int to, boolean partsFollow, List<String> heads) {
        int end = from;
        while (end < to && !isSeparator(names.charAt(end))) {
            end++;
        }
        if (end - from > MAX_COMPONENT_CHARS || end - from < 2 || partsFollow && end == to) {
            return;
        }
        List<String> camelWords = new ArrayList<>();
        int wordStart = from;
        for (int i = from + 1; i <= end; i++) {
            if (i == end || Character.isUpperCase(names.charAt(i))) {
                String word = names.substring(wordStart, i);
                if (!isCapitalizedWord(word)) {
                    return; // a hash, not a component's name
                }
                camelWords.add(word.toLowerCase(Locale.ROOT));
                wordStart = i;
            }
        }
        if (camelWords.size() < 2) {
            return; // one word: the class words read it whole
        }
        String head = "";
        for (int k = camelWords.size() - 1; k >= Math.max(0, camelWords.size() - maxHeadWords); k--) {
            head = head.isEmpty() ? camelWords.get(k) : camelWords.get(k) + "-" + head;
            heads.add(head);
        }
    }

    /** A word of a component's name: a capital, then small letters or digits, a vowel among them all. */
    private static boolean isCapitalizedWord(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        boolean vowel = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLowerCase(c) && !Character.isDigit(c)) {
                return false;
            }
            vowel = vowel || VOWELS.indexOf(c) >= 0;
        }
        return vowel || VOWELS.indexOf(Character.toLowerCase(word.charAt(0))) >= 0;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_';
    }
}
