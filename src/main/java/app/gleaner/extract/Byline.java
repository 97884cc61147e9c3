package app.gleaner.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

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
            "dc:creator", "dc.creator", "dcterms.creator", "author", "article:author", "og:article:author",
            "parsely-author", "sailthru.author", "byl");
    /** Elements that hold a page byline, strongest first. */
    static final List<String> SELECTORS = List.of("[rel=author]", "[itemprop=author] [itemprop=name]",
            "[itemprop=author]", ".byline-author", ".author-name", ".byline", ".author", "[class*=byline]",
            "[class*=author]");
    private static final String ANY_SELECTOR = String.join(", ", SELECTORS);
    /** {@link #SELECTORS} parsed once, in the same order. */
    private static final List<Evaluator> RANKED = SELECTORS.stream().map(Selector::evaluatorOf).toList();

    /** Labelled data pairs in a page's meta tags ({@code twitter:label1} … {@code twitter:label4}). */
    static final int MAX_LABELLED_PAIRS = 4;
    /** Longest raw text read as a byline, in characters; a longer one is a biography or a list. */
    static final int MAX_INPUT_CHARS = 4 * MAX_CHARS;
    private static final List<String> PREFIXES = RuleList.loadLowerCase("byline-prefixes.txt");
    private static final List<String> STOP_WORDS = RuleList.loadLowerCase("byline-stop-words.txt");
    /** Most words the names of one author page's link hold: more is a headline linked there. */
    static final int MAX_AUTHOR_LINK_WORDS = 5;
    /** Most words of the line an author link stands on: a longer one is a paragraph naming someone. */
    static final int MAX_AUTHOR_LINE_WORDS = 20;
    /** Where an author link names someone else: a photo's credit, an author box, a quotation, a menu. */
    private static final String LINK_NOT_WITHIN = "blockquote, figure, aside, nav";
    /** Marks a prefix that also begins names: stripped from a byline shown in the page only. */
    private static final String NAME_PARTICLE_MARK = "~";
    /** Marks a stop word that ends the names even with no number after it. */
    private static final String ALWAYS_MARK = "!";
    /** Marks a weekday's name among the stop words. */
    private static final String WEEKDAY_MARK = "~";
    /** The stop words that end the names when a number follows them: a month's name, an "ago" word. */
    private static final List<String> DATE_STARTS =
            RuleList.unmarked(RuleList.unmarked(STOP_WORDS, ALWAYS_MARK), WEEKDAY_MARK);
    /** What a meta tag's or JSON-LD's author may begin with before the names ("By Ann Lee"). */
    static final Pattern PREFIX = prefixes(false);
    /** What a byline shown in the page may begin with, name particles included ("Von Jan Novák"). */
    static final Pattern MARKUP_PREFIX = prefixes(true);
    /**
     * Where the names end: a number standing on its own (a date or time; "r23" is a name), a social handle or an
     * e-mail address, a bullet, a pipe, a spaced dash, the label of a next field ("Quelle:"), or a word of
     * {@code rules/byline-stop-words.txt} — a month name or an "ago" word when a number follows it, "updated" and
     * its like always.
     */
    static final Pattern TAIL = Pattern.compile("((?<![\\p{L}\\d])\\d|\\s@\\w|\\s[^\\s@]+@\\w|[•|·]|\\s[—–]\\s"
            + "|\\s\\p{L}+:(?!\\S)|\\s(" + alternation(RuleList.marked(STOP_WORDS, ALWAYS_MARK)) + ")(?![\\p{L}])|\\s("
            + alternation(DATE_STARTS) + ")(?![\\p{L}])\\.?(?=\\s*\\d)).*$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The stop words, read alone: what is left of a byline box that only dates the story ("Published", "Feb"). */
    private static final Set<String> DATE_WORDS = Stream.of(DATE_STARTS, RuleList.marked(STOP_WORDS, ALWAYS_MARK),
            RuleList.marked(STOP_WORDS, WEEKDAY_MARK)).flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
    /** Weekdays' names, cut from the end of names a date was cut from. */
    private static final Set<String> WEEKDAYS = Set.copyOf(RuleList.marked(STOP_WORDS, WEEKDAY_MARK));
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    /** A space a field's boundary put before a comma ("<a>Ann Lee</a><span>, </span>"). */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" (?=[,;.:!?)\\]])");
    /** Words that stand between names or inside one ("Ada Roe und Tom Vale", "Anna van Dijk"). */
    static final Set<String> NAME_JOINERS = Set.copyOf(
            RuleList.marked(RuleList.loadLowerCase("byline-openers.txt"), LabelLines.DATE_JOINER_MARK));
    /** A word that introduces names inside a line, then a capitalized word: "… by Ann Lee", "… Autor: Jan". */
    private static final Pattern INNER_LABEL = Pattern.compile("(?<![\\p{L}])(?:"
            + alternation(RuleList.unmarked(PREFIXES, NAME_PARTICLE_MARK)) + ")\\s*:?\\s+(?-i:(?=\\p{Lu}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Before an inner label: a number (a date, a time) or a field's colon. */
    private static final Pattern FIELD_BEFORE = Pattern.compile("\\d|:");
    /**
     * Selectors from this index on name boxes that show a byline as the page words it ("Von Jan Novák"); the ones
     * before it name elements that hold the bare name, where "De Luca" is a surname.
     */
    private static final int FIRST_WORDED_SELECTOR = 2;
    /**
     * Selectors from this index on match more than bylines ({@code .author-box}, {@code .author-links}): what they
     * hold must read as names.
     */
    private static final int LOOSE_SELECTOR = SELECTORS.indexOf("[class*=author]");
    /** Classes with "author" that name no byline: an authority, a quotation's or a book's author, a testimonial. */
    private static final Pattern LOOSE_NOT_BYLINE = Pattern.compile("(?i)authori|quote|book|testimonial");
    /** Where the loose selector finds no byline: quotations, figures, asides, navigation, footers. */
    private static final String LOOSE_NOT_WITHIN = "blockquote, figure, aside, nav, footer";
    private static final String CONTROLS = "form, button, input, select, textarea";
    /** Elements of one class the loose selector finds that make a list (of teasers and their authors). */
    static final int LIST_LENGTH = 3;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:—–»›-]+$");
    /** A word of two letters or more: "J J" (avatar initials) is not a byline. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}{2}");

    private Byline() {
    }

    /**
     * The byline of the article under {@code headline} (may be null), or null. An author declared as the house
     * ({@link HouseAuthor}: {@code siteNames}, the publisher, the host, an organization) gives way to a byline shown
     * near the headline, and stands where none is shown.
     */
    static String of(Document document, MetaTags tags, JsonNode article, Element headline, List<String> siteNames) {
        String declared = declared(document, tags, article);
        if (declared != null && !HouseAuthor.is(declared, article, tags, siteNames, document.location())) {
            return declared;
        }
        String shown = declared == null ? inMarkup(document) : inMarkupNear(document, headline);
        shown = shown != null ? shown : authorLinks(document, headline);
        shown = shown != null ? shown : BylineLine.of(document, headline);
        return declared == null || shown == null ? (shown != null ? shown : declared)
                : HouseAuthor.personBeside(declared, shown);
    }

    /**
     * The author JSON-LD or the meta tags declare, cleaned; a login ("gabor_munier") read as the name its profile's
     * link shows ({@link AuthorLogin}).
     */
    private static String declared(Document document, MetaTags tags, JsonNode article) {
        List<String> candidates = new ArrayList<>();
        if (article != null) {
            Set<String> names = new LinkedHashSet<>(JsonLd.texts(article.get("author"), "name"));
            names.removeIf(name -> name.startsWith("http"));
            candidates.add(names.isEmpty() ? null : String.join(", ", names));
        }
        META_KEYS.forEach(key -> candidates.add(tags.get(key)));
        candidates.add(labelledData(tags));
        for (String candidate : candidates) {
            String cleaned = candidate == null || candidate.startsWith("http") ? null : clean(candidate, false);
            if (cleaned != null) {
                String name = AuthorLogin.shownName(document, cleaned);
                return name != null ? name : cleaned;
            }
        }
        return null;
    }

    /**
     * The names of the author pages linked under the headline ({@code Von <a href=/autor/nadja-fennert/>Nadja
     * Fennert</a>, Brunnsee}): the link nearest the headline ({@link UnderHeadline}) on a line of its own, with the
     * ones beside it for co-authors. A link's text is the name alone, without the role or the place the line adds;
     * a link that says something else ("More by this author", "View Jane Doe's profile") names no one.
     */
    private static String authorLinks(Document document, Element headline) {
        Element first = UnderHeadline.nearest(document, headline, Byline::isBylineLink, link -> true);
        if (first == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Element link : first.parent().children()) {
            String name = UnderHeadline.isAuthorLink(link) ? clean(link.text(), true) : null;
            if (name != null && readsAsLinkedName(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * An author link with text, on a short line (a byline's, not a paragraph that names a columnist), outside
     * figures, asides, quotations and navigation (a photographer's credit, an author box).
     */
    private static boolean isBylineLink(Element element) {
        return UnderHeadline.isAuthorLink(element) && element.hasText() && element.closest(LINK_NOT_WITHIN) == null
                && TextStats.words(element.parent().text()) <= MAX_AUTHOR_LINE_WORDS;
    }

    /** Names: every word capitalized or of a script without case, joining words aside; no "©" credit. */
    static boolean readsAsLinkedName(String name) {
        if (name.indexOf('©') >= 0 || TextStats.words(name) > MAX_AUTHOR_LINK_WORDS) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (Character.isLowerCase(word.codePointAt(0)) && !NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }


    /**
     * The value of a labelled data pair whose label introduces names: {@code twitter:label1} "Written by" (or
     * "Verfasst von", "Escrito por"…) with {@code twitter:data1}, as blog engines write the reading time and author.
     */
    private static String labelledData(MetaTags tags) {
        for (int i = 1; i <= MAX_LABELLED_PAIRS; i++) {
            String label = tags.get("twitter:label" + i);
            if (label != null && !label.isBlank() && PREFIX.matcher(label.strip() + " ").replaceFirst("").isEmpty()) {
                return tags.get("twitter:data" + i);
            }
        }
        return null;
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
        if (shownInPage && MARKUP_PREFIX.matcher(text).replaceFirst("").length() == text.length()) {
            text = afterInnerLabel(text); // "By Jane Doe | May 3 | Photos by Ann Lee" names its author first
        }
        String cleaned = (shownInPage ? MARKUP_PREFIX : PREFIX).matcher(text).replaceFirst("").strip();
        Matcher tail = TAIL.matcher(cleaned);
        boolean cut = tail.find();
        String names = cut ? cleaned.substring(0, tail.start()) : cleaned;
        names = TRAILING_PUNCTUATION.matcher(names).replaceFirst("").strip();
        cleaned = cut ? withoutTrailingJoiner(withoutTrailingWeekday(names)) : names;
        boolean plausible = !cleaned.isEmpty() && cleaned.length() <= MAX_CHARS && NAME_WORD.matcher(cleaned).find()
                && !(cut && DATE_WORDS.contains(cleaned.toLowerCase(Locale.ROOT))); // "Published 3 May" names no one
        return plausible ? cleaned : null;
    }

    /**
     * {@code names} without a weekday's name that begins the date cut from them ("Ann Lee Tuesday 21 May"), where
     * two words stay before it: "Anna Freitag, 21.05.2024" is a name.
     */
    private static String withoutTrailingWeekday(String names) {
        int space = names.lastIndexOf(' ');
        String head = space > 0 ? TRAILING_PUNCTUATION.matcher(names.substring(0, space)).replaceFirst("") : "";
        return TextStats.words(head) >= 2 && WEEKDAYS.contains(names.substring(space + 1).toLowerCase(Locale.ROOT))
                ? head : names;
    }

    /** {@code names} without a joining word before the date cut from them: "Par Jeanne Morel le 07 mai 2020". */
    private static String withoutTrailingJoiner(String names) {
        int space = names.lastIndexOf(' ');
        return space > 0 && NAME_JOINERS.contains(names.substring(space + 1).toLowerCase(Locale.ROOT))
                ? TRAILING_PUNCTUATION.matcher(names.substring(0, space)).replaceFirst("") : names;
    }

    /**
     * A page's meta line often names the author after other fields: "Posted on May 3, 2024 by Ann Lee",
     * "Datum: 19.11.2021 Autor: Jan Novák". The text from the last word that introduces names (one that cannot begin
     * a name), when what comes before it holds a number or a field's colon; else the text as it is.
     */
    static String afterInnerLabel(String text) {
        Matcher label = INNER_LABEL.matcher(text);
        int from = -1;
        while (label.find()) {
            if (label.start() > 0 && FIELD_BEFORE.matcher(text.substring(0, label.start())).find()) {
                from = label.start();
            }
        }
        return from < 0 ? text : text.substring(from);
    }

    private static Pattern prefixes(boolean withNameParticles) {
        List<String> prefixes = new ArrayList<>(RuleList.unmarked(PREFIXES, NAME_PARTICLE_MARK));
        if (withNameParticles) {
            prefixes.addAll(RuleList.marked(PREFIXES, NAME_PARTICLE_MARK));
        }
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("^[~*–—-]*\\s*(?:(?:" + alternation(prefixes) + ")(?:\\s*[:：/／]\\s*|\\s+))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code words}, quoted, as a regex alternation; one that never matches when there are none. */
    private static String alternation(List<String> words) {
        return words.isEmpty() ? "(?!)" : String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /**
     * The byline the page's markup shows: of the elements {@link #SELECTORS} finds, the one the strongest selector
     * names (a page's first {@code .byline} may sit in its comment thread, its {@code .author-name} in the
     * article), in page order among equals, cleaned; never one inside comments. Of what only the loose selector
     * finds, a class that repeats is a list of teasers and their authors.
     */
    private static String inMarkup(Document document) {
        Element best = null;
        String bestName = null;
        int bestRank = LOOSE_SELECTOR;
        Map<Element, String> loose = new LinkedHashMap<>();
        for (Element element : document.select(ANY_SELECTOR)) {
            int rank = rank(element);
            if (rank >= bestRank && rank < LOOSE_SELECTOR || UnderHeadline.inComments(element)) {
                continue;
            }
            String name = markupName(element, rank);
            if (name != null && rank < LOOSE_SELECTOR) {
                best = element;
                bestName = name;
                bestRank = rank;
            } else if (name != null) {
                loose.put(element, name);
            }
        }
        return best != null ? narrowestName(best, bestRank, bestName) : outsideLists(loose);
    }

    /**
     * The names a byline element shows ({@code name}), or those of the one element inside it that a byline's selector (not the
     * loose one) finds and that shows names: "{@code <span class=byline__name>By Ann Lee</span>, Environment Reporter <span
     * class=byline__date>Tuesday …</span>}" names Ann Lee, with her role and the day left outside, when the
     * element's names begin with hers. Where two inside show names, the element's own text lists them all.
     */
    private static String narrowestName(Element element, int rank, String name) {
        String inner = null;
        for (Element within : element.select(ANY_SELECTOR)) {
            int innerRank = rank(within);
            String shown = within == element || innerRank >= LOOSE_SELECTOR ? null : markupName(within, innerRank);
            if (shown != null && inner != null) {
                return name;
            }
            inner = shown == null ? inner : shown;
        }
        return inner != null && name != null && isFirstOf(inner, name) ? inner : name;
    }

    /**
     * Whether {@code names} begin with the whole name {@code inner} and go on with something else than a next name:
     * "Ann Lee, Environment Reporter", not "Ann Lee and Tom Vale", nor "Ann Byrne" for "By".
     */
    private static boolean isFirstOf(String inner, String names) {
        if (!names.startsWith(inner)) {
            return false;
        }
        String rest = names.substring(inner.length());
        String next = rest.strip().split("[\\s,;]+", 2)[0].toLowerCase(Locale.ROOT);
        return rest.isEmpty()
                || !Character.isLetterOrDigit(rest.charAt(0)) && !NAME_JOINERS.contains(next) && !next.equals("&");
    }

    /**
     * The byline the page's markup shows nearest the headline ({@link UnderHeadline}), outside quotations, figures,
     * asides, menus and footers: where the declared author is the house, a related story's card or a sidebar's
     * author box is no byline of the article.
     */
    private static String inMarkupNear(Document document, Element headline) {
        Element found = UnderHeadline.nearest(document, headline, element -> element.is(ANY_SELECTOR)
                && element.closest(LOOSE_NOT_WITHIN) == null && markupName(element, rank(element)) != null,
                element -> true);
        if (found == null) {
            return null;
        }
        int rank = rank(found);
        return narrowestName(found, rank, markupName(found, rank));
    }

    /** The names a byline element of selector {@code rank} shows, cleaned; null when it shows none. */
    private static String markupName(Element element, int rank) {
        String text = fieldsText(element);
        if (text.isEmpty() || text.length() > MAX_CHARS) {
            return null;
        }
        String cleaned = clean(text, rank >= FIRST_WORDED_SELECTOR);
        return cleaned != null && (rank < LOOSE_SELECTOR || isLooseByline(element, text, cleaned)) ? cleaned : null;
    }

    /**
     * The text of a byline element, its blocks and the elements that touch each other read as separate fields: a
     * page's markup may set the name and the date side by side ({@code <span>Ann Lee</span><time>2024-04-10</time>}),
     * which {@link Element#text()} would read as "Ann Lee2024-04-10".
     */
    private static String fieldsText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode run) {
                text.append(run.text());
            } else if (node instanceof Element inner && (inner.isBlock() || inner.nameIs("br")
                    || inner.previousSibling() instanceof Element)) {
                text.append(' ');
            }
        }, element);
        return SPACE_BEFORE_PUNCTUATION.matcher(WHITESPACE.matcher(text).replaceAll(" ")).replaceAll("").strip();
    }

    /** The first name whose element's class is not one that {@link #LIST_LENGTH} or more of the elements share. */
    private static String outsideLists(Map<Element, String> names) {
        Map<String, Integer> classes = new HashMap<>();
        names.keySet().forEach(element -> classes.merge(element.className(), 1, Integer::sum));
        for (Map.Entry<Element, String> name : names.entrySet()) {
            if (classes.get(name.getKey().className()) < LIST_LENGTH) {
                return name.getValue();
            }
        }
        return null;
    }

    /**
     * What a loose selector found is a byline: names, not a field's label ("Datum:"), a control ("Follow"), part of
     * a link (a teaser card's author), nor an author the page quotes or reviews.
     */
    private static boolean isLooseByline(Element element, String text, String cleaned) {
        return !LOOSE_NOT_BYLINE.matcher(element.className()).find()
                && element.closest(LOOSE_NOT_WITHIN) == null
                && !text.endsWith(":") && readsAsNames(cleaned) && !element.is(CONTROLS)
                && element.selectFirst(CONTROLS) == null && !insideLink(element);
    }

    private static boolean insideLink(Element element) {
        for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor.nameIs("a")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names: one handle ("jancak", "Isabella.DiBiase"), or words that each begin with a capital, joining words
     * ("van", "und") aside, though none may open the names or a name after a comma. No field's colon: "Theme: Dusk"
     * is a credit.
     */
    static boolean readsAsNames(String text) {
        String[] words = text.split(" ");
        if (text.indexOf(':') >= 0 || words.length > LabelLines.MAX_BYLINE_NAMES * 2) {
            return false;
        }
        for (String part : text.split(",\\s*")) { // "Ann Lee, Tom Vale"; not "Rafael Dutra, do Rio"
            if (part.isEmpty() || NAME_JOINERS.contains(part.split(" ")[0].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (words.length == 1) {
            return true;
        }
        for (String word : words) {
            boolean joiner = NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT));
            if (!Character.isUpperCase(word.codePointAt(0)) && !joiner) {
                return false;
            }
        }
        return true;
    }

    private static int rank(Element element) {
        for (int i = 0; i < RANKED.size(); i++) {
            if (element.is(RANKED.get(i))) {
                return i;
            }
        }
        return SELECTORS.size();
    }
}
