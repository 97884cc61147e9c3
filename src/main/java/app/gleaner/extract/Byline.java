package app.gleaner.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The byline of a page for {@link MetadataExtractor}: the author names from JSON-LD, else from meta tags, else from
 * the page's byline markup, each cleaned of what surrounds names ("By", "erstellt von", a date, a handle). The
 * site's own name counts: on a personal site it is the author's, and a newsroom may sign as itself. Stateless and
 * thread-safe.
 */
final class Byline {

    /** Longest plausible byline, in characters; longer "author" blocks are biographies. */
    static final int MAX_CHARS = 100;
    /** Meta tags that name the author, strongest first. */
    static final List<String> META_KEYS = List.of(
            "dc:creator", "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author",
            "sailthru.author", "byl");
    /** Elements that hold a page byline, strongest first. */
    static final List<String> SELECTORS = List.of("[rel=author]", "[itemprop=author] [itemprop=name]",
            "[itemprop=author]", ".byline-author", ".author-name", ".byline", ".author", "[class*=byline]");
    private static final String ANY_SELECTOR = String.join(", ", SELECTORS);

    /** Longest raw text read as a byline, in characters; a longer one is a biography or a list. */
    static final int MAX_INPUT_CHARS = 4 * MAX_CHARS;
    private static final List<String> PREFIXES = RuleList.loadLowerCase("byline-prefixes.txt");
    private static final List<String> STOP_WORDS = RuleList.loadLowerCase("byline-stop-words.txt");
    /** Marks a prefix that also begins names: stripped from a byline shown in the page only. */
    private static final String NAME_PARTICLE_MARK = "~";
    /** Marks a stop word that ends the names even with no number after it. */
    private static final String ALWAYS_MARK = "!";
    /** What a meta tag's or JSON-LD's author may begin with before the names ("By Ann Lee"). */
    static final Pattern PREFIX = prefixes(false);
    /** What a byline shown in the page may begin with, name particles included ("Von Jan Novák"). */
    static final Pattern MARKUP_PREFIX = prefixes(true);
    /**
     * Where the names end: a number standing on its own (a date or time; "r23" is a name), a social handle, a
     * bullet, a pipe, a spaced dash, or a word of {@code rules/byline-stop-words.txt} — a month name or an "ago"
     * word when a number follows it, "updated" and its like always.
     */
    static final Pattern TAIL = Pattern.compile("((?<![\\p{L}\\d])\\d|\\s@\\w|[•|·]|\\s[—–]\\s|\\s("
            + alternation(RuleList.marked(STOP_WORDS, ALWAYS_MARK)) + ")(?![\\p{L}])|\\s("
            + alternation(RuleList.unmarked(STOP_WORDS, ALWAYS_MARK)) + ")(?![\\p{L}])\\.?(?=\\s*\\d)).*$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    /**
     * Selectors from this index on name boxes that show a byline as the page words it ("Von Jan Novák"); the ones
     * before it name elements that hold the bare name, where "De Luca" is a surname.
     */
    private static final int FIRST_WORDED_SELECTOR = 2;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:—–»›-]+$");
    /** A word of two letters or more: "J J" (avatar initials) is not a byline. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}{2}");
    /** Ids and classes of comment threads, whose bylines are the commenters'. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|reaction");

    private Byline() {
    }

    /** The byline, or null. */
    static String of(Document document, MetaTags tags, JsonNode article) {
        List<String> candidates = new ArrayList<>();
        if (article != null) {
            Set<String> names = new LinkedHashSet<>(JsonLd.texts(article.get("author"), "name"));
            names.removeIf(name -> name.startsWith("http"));
            candidates.add(names.isEmpty() ? null : String.join(", ", names));
        }
        META_KEYS.forEach(key -> candidates.add(tags.get(key)));
        for (String candidate : candidates) {
            String cleaned = candidate == null || candidate.startsWith("http") ? null : clean(candidate, false);
            if (cleaned != null) {
                return cleaned;
            }
        }
        return inMarkup(document);
    }

    /**
     * Drops what comes before and after the names: "By", dates, handles, separators. Null when nothing is left or
     * the text is too long to be a byline. {@code shownInPage}: the text is a byline element's, so name particles
     * that open it ("Von …") are read as "by".
     */
    static String clean(String byline, boolean shownInPage) {
        String text = WHITESPACE.matcher(byline).replaceAll(" ").strip();
        if (text.length() > MAX_INPUT_CHARS) {
            return null;
        }
        String cleaned = (shownInPage ? MARKUP_PREFIX : PREFIX).matcher(text).replaceFirst("").strip();
        cleaned = TAIL.matcher(cleaned).replaceFirst("");
        cleaned = TRAILING_PUNCTUATION.matcher(cleaned).replaceFirst("").strip();
        boolean plausible = !cleaned.isEmpty() && cleaned.length() <= MAX_CHARS && NAME_WORD.matcher(cleaned).find();
        return plausible ? cleaned : null;
    }

    private static Pattern prefixes(boolean withNameParticles) {
        List<String> prefixes = new ArrayList<>(RuleList.unmarked(PREFIXES, NAME_PARTICLE_MARK));
        if (withNameParticles) {
            prefixes.addAll(RuleList.marked(PREFIXES, NAME_PARTICLE_MARK));
        }
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("^[~*–—-]*\\s*(?:(?:" + alternation(prefixes) + ")\\s*:?\\s+)?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code words}, quoted, as a regex alternation; one that never matches when there are none. */
    private static String alternation(List<String> words) {
        return words.isEmpty() ? "(?!)" : String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /**
     * The byline the page's markup shows: of the elements {@link #SELECTORS} finds, the one the strongest selector
     * names (a page's first {@code .byline} may sit in its comment thread, its {@code .author-name} in the
     * article), in page order among equals, cleaned; never one inside comments.
     */
    private static String inMarkup(Document document) {
        String best = null;
        int bestRank = SELECTORS.size();
        for (Element element : document.select(ANY_SELECTOR)) {
            int rank = rank(element);
            String text = element.text().strip();
            if (rank >= bestRank || text.isEmpty() || text.length() > MAX_CHARS || inComments(element)) {
                continue;
            }
            String cleaned = clean(text, rank >= FIRST_WORDED_SELECTOR);
            if (cleaned != null) {
                best = cleaned;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int rank(Element element) {
        for (int i = 0; i < SELECTORS.size(); i++) {
            if (element.is(SELECTORS.get(i))) {
                return i;
            }
        }
        return SELECTORS.size();
    }

    private static boolean inComments(Element element) {
        for (Element ancestor = element; ancestor != null && !ancestor.nameIs("body"); ancestor = ancestor.parent()) {
            if (COMMENTS.matcher(ancestor.id()).find() || COMMENTS.matcher(ancestor.className()).find()) {
                return true;
            }
        }
        return false;
    }
}
