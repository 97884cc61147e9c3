package app.gleaner.extract.meta;

import app.gleaner.extract.page.MetaTags;
import app.gleaner.extract.page.SiteLinks;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an author a page declares is the house that publishes it rather than a person: a newsroom that signs its
 * meta tags with its own name ("Badische Zeitung", "Deutsche Welle (www.dw.com)") while the page shows who wrote the
 * story. Such an author gives way to a byline the page shows, and stands where it shows none. Stateless and
 * thread-safe.
 */
final class HouseAuthor {

    /** Schema.org types of an author that is no person. */
    private static final Pattern ORGANIZATION = Pattern.compile("\\w*Organization|Corporation|NGO");
    /** Meta tags that name the publisher. */
    private static final List<String> PUBLISHER_KEYS = List.of("publisher", "dc.publisher", "dcterms.publisher");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Where a shown byline's fields part: "Ann Lee, CNN", "Ann Lee (dpa)", "Ann Lee / Hafenbote". */
    private static final Pattern FIELD_BREAK = Pattern.compile("\\s*[,(/)]\\s*");
    /** Shorter words a house's name shares with a person's say nothing: "de", "la" ("Pieter de Vries"). */
    static final int MIN_SHARED_WORD_LENGTH = 3;
    /** Letters of a host's label that a house's name must spell: "dw" or "bbc" are in many a name. */
    static final int MIN_SITE_LABEL_LETTERS = 6;

    private HouseAuthor() {
    }

    /**
     * Whether {@code name} is the house's: the JSON-LD {@code article}'s author is an organization, or the name names
     * the house ({@link #names}).
     */
    static boolean is(String name, JsonNode article, MetaTags tags, List<String> siteNames, String location) {
        return article != null && article.has("author") && isOrganization(article.get("author"))
                || names(name, tags, siteNames, location);
    }

    /**
     * Whether {@code name} names the house: it is one of the {@code siteNames} or a publisher's meta tag (or a run of
     * its words, or it one of the name's), or it names the host of {@code location} or spells its main label
     * ("Město Horní Lhotice" at hornilhotice.cz).
     */
    private static boolean names(String name, MetaTags tags, List<String> siteNames, String location) {
        List<String> words = words(name);
        for (String house : houses(tags, siteNames)) {
            List<String> houseWords = words(house);
            if (!houseWords.isEmpty() && !words.isEmpty() && (Collections.indexOfSubList(houseWords, words) >= 0
                    || Collections.indexOfSubList(words, houseWords) >= 0)) {
                return true;
            }
        }
        String host = SiteLinks.hostOf(location);
        return host.indexOf('.') > 0 && (name.toLowerCase(Locale.ROOT).contains(host) || spellsSiteLabel(name, host));
    }

    /** Whether {@code name}'s letters hold the main label of {@code host} ({@link #siteLabel}). */
    private static boolean spellsSiteLabel(String name, String host) {
        String label = siteLabel(host);
        return label != null && AuthorLogin.spelling(name).contains(label);
    }

    /** The house's names: the site's, and the publisher's meta tags that are no address. */
    private static List<String> houses(MetaTags tags, List<String> siteNames) {
        List<String> houses = new ArrayList<>(siteNames);
        PUBLISHER_KEYS.forEach(key -> houses.add(tags.get(key)));
        houses.removeIf(house -> house == null || house.startsWith("http"));
        return houses;
    }

    /**
     * The longest label of {@code host} before its last, when it has {@link #MIN_SITE_LABEL_LETTERS} letters or more
     * ("hornilhotice" of {@code www.hornilhotice.cz}, which "Město Horní Lhotice" spells); else null.
     */
    private static String siteLabel(String host) {
        String longest = "";
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            String letters = labels[i].replace("-", "");
            longest = letters.length() > longest.length() ? letters : longest;
        }
        return longest.length() >= MIN_SITE_LABEL_LETTERS ? longest : null;
    }

    /**
     * Whether a byline the page shows, {@code shown}, is the house alone: a run of a house's name's words ("Harbour
     * Post"), or one word that spells the host's main label (its handle, "harbourpost_es"); "Ann Lee, CNN" names a
     * person beside it.
     */
    static boolean isHouseAlone(String shown, MetaTags tags, List<String> siteNames, String location) {
        List<String> words = words(shown);
        for (String house : houses(tags, siteNames)) {
            if (!words.isEmpty() && Collections.indexOfSubList(words(house), words) >= 0) {
                return true;
            }
        }
        return shown.strip().indexOf(' ') < 0 && spellsSiteLabel(shown, SiteLinks.hostOf(location));
    }

    /**
     * The byline to give where the page declares the {@code house} as author and shows {@code shown}: the person
     * beside the house's name ("Ann Lee, CNN" → "Ann Lee"); the house where what is shown names it too (a personal
     * site's owner shown with a role, "Christoph Hein Chefredakteur"); else what is shown.
     */
    static String personBeside(String house, String shown) {
        List<String> houseWords = words(house);
        List<String> people = new ArrayList<>();
        boolean named = false;
        for (String field : FIELD_BREAK.split(shown)) {
            if (words(field).equals(houseWords)) {
                named = true;
            } else if (!field.isBlank()) {
                people.add(field.strip());
            }
        }
        if (named && !people.isEmpty()) {
            return BylineNames.join(people);
        }
        List<String> significant = houseWords.stream()
                .filter(word -> word.length() >= MIN_SHARED_WORD_LENGTH && !BylineNames.NAME_JOINERS.contains(word)).toList();
        return words(shown).stream().anyMatch(significant::contains) ? house : shown;
    }

    /** Whether {@code author} is an organization, or a list of organizations only ("Anna Berg" and "dpa" is not). */
    private static boolean isOrganization(JsonNode author) {
        if (author.isArray()) {
            for (JsonNode one : author) {
                if (!isOrganization(one)) {
                    return false;
                }
            }
            return !author.isEmpty();
        }
        return author.isObject() && JsonLd.hasType(author, ORGANIZATION);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
