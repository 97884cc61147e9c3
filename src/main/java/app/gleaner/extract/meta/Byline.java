package app.gleaner.extract.meta;

import app.gleaner.extract.clean.AuthorLinks;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.MetaTags;
import app.gleaner.extract.page.TextStats;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * The byline of a page for {@link MetadataExtractor}: the author names from JSON-LD, else from meta tags, else from
 * the page's byline markup, each cleaned of what surrounds names ("By", "erstellt von", a date, a handle) by
 * {@link BylineNames}. The site's own name counts: on a personal site it is the author's, and a newsroom may sign as
 * itself. Stateless and thread-safe.
 */
final class Byline {

    /** Meta tags that name the author, strongest first. */
    static final List<String> META_KEYS = List.of(
            "dc:creator", "dc.creator", "dcterms.creator", "author", "article:author", "og:article:author",
            "parsely-author", "sailthru.author", "byl");
    /**
     * Of {@link #META_KEYS}, those a page writes once per author, as Open Graph's {@code article:author} array, Dublin
     * Core's creator and Parse.ly's author are: their tags are read together, in the page's order. A page's one
     * {@code author} tag may be its site's, so a second one is no co-author.
     */
    static final Set<String> ONE_PER_AUTHOR_KEYS = Set.of(
            "dc:creator", "dc.creator", "dcterms.creator", "article:author", "og:article:author", "parsely-author");
    /** Words a person's name has at least, given name and surname: one word is more often a desk's or an agency's. */
    static final int MIN_PERSON_WORDS = 2;
    /**
     * The meta tag a scholarly page (a journal's, a preprint server's, a repository's) writes once per author, for
     * citation indexes: before {@link #META_KEYS}, whose one {@code author} may be the journal's.
     */
    static final String SCHOLAR_AUTHOR_KEY = "citation_author";
    /** Elements that hold a page byline, strongest first. */
    static final List<String> SELECTORS = List.of("[rel=author]", "[itemprop=author] [itemprop=name]",
            "[itemprop=author]", ".byline-author", ".author-name", ".byline", ".author", "[class*=byline]",
            "[class*=author]");
    /** Any of {@link #SELECTORS}, parsed once: a byline's search asks it of many elements. */
    private static final Evaluator ANY_SELECTOR = Selector.evaluatorOf(String.join(", ", SELECTORS));
    /** {@link #SELECTORS} parsed once, in the same order. */
    private static final List<Evaluator> RANKED = SELECTORS.stream().map(Selector::evaluatorOf).toList();
    /** Labelled data pairs in a page's meta tags ({@code twitter:label1} … {@code twitter:label4}). */
    static final int MAX_LABELLED_PAIRS = 4;
    /** Most words of the line an author link stands on: a longer one is a paragraph naming someone. */
    static final int MAX_AUTHOR_LINE_WORDS = 20;
    /** Where an author link names someone else: a photo's credit, an author box, a quotation, a menu. */
    private static final Evaluator LINK_NOT_WITHIN = Selector.evaluatorOf("blockquote, figure, aside, nav");
    /** A space a field's boundary put before a comma ("<a>Ann Lee</a><span>, </span>"). */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" (?=[,;.:!?)\\]])");
    /** The selector of links to the author's page ({@code rel=author}), whose text is a name or the link's label. */
    private static final int AUTHOR_LINK = SELECTORS.indexOf("[rel=author]");
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
    private static final Evaluator LOOSE_NOT_WITHIN = Selector.evaluatorOf("blockquote, figure, aside, nav, footer");
    private static final Evaluator CONTROLS = Selector.evaluatorOf("form, button, input, select, textarea");
    /** Elements of one class the loose selector finds that make a list (of teasers and their authors). */
    static final int LIST_LENGTH = 3;

    private Byline() {
    }

    /**
     * The byline of the article under {@code headline} (may be null), or null. An author declared as the house
     * ({@link HouseAuthor}: {@code siteNames}, the publisher, the host, an organization) gives way to a byline shown
     * near the headline, and stands where none is shown.
     */
    static String of(Document document, MetaTags tags, JsonNode article, Element headline, List<String> siteNames) {
        // a video's or an episode's declared maker may be its camera or its studio: a byline shown names the writer
        boolean piece = article != null && JsonLd.hasType(article, JsonLd.PIECE_TYPE);
        String declared = declared(document, tags, article, piece, siteNames);
        if (declared != null && !piece && !HouseAuthor.is(declared, article, tags, siteNames, document.location())) {
            return declared;
        }
        String shown = declared == null ? inMarkup(document) : inMarkupNear(document, headline);
        shown = shown != null ? shown : authorLinks(document, headline);
        shown = shown != null ? shown : BylineLine.of(document, headline);
        shown = shown != null ? shown : NamesBeforeTime.of(document, headline);
        shown = shown != null ? shown : WireDateline.of(document, headline);
        if (declared == null || shown == null || piece) {
            return shown != null ? shown : declared;
        }
        // a byline shown as the house's own handle ("larepublica_pe") names no one the declared house does not
        return HouseAuthor.isHouseAlone(shown, tags, siteNames, document.location()) ? declared
                : HouseAuthor.personBeside(declared, shown);
    }

    /**
     * The author JSON-LD or the meta tags declare, cleaned; a login ("gabor_munier") read as the name its profile's
     * link shows ({@link AuthorLogin}). A {@code piece} (an episode, a video) names its maker as its creator.
     */
    private static String declared(Document document, MetaTags tags, JsonNode article, boolean piece,
            List<String> siteNames) {
        List<String> candidates = new ArrayList<>();
        if (article != null) {
            Set<String> names = new LinkedHashSet<>(JsonLd.texts(article.get("author"), "name"));
            if (names.isEmpty() && piece) {
                names.addAll(JsonLd.texts(article.get("creator"), "name")); // a video's or a talk's maker
            }
            names.removeIf(name -> name.startsWith("http"));
            candidates.add(names.isEmpty() ? null : BylineNames.join(names));
        }
        List<String> scholars = tags.all(SCHOLAR_AUTHOR_KEY).stream().map(Byline::givenNameFirst).toList();
        candidates.add(scholars.isEmpty() ? null : BylineNames.join(scholars));
        META_KEYS.forEach(key -> candidates.add(ONE_PER_AUTHOR_KEYS.contains(key)
                ? people(tags.all(key), tags, siteNames, document.location()) : tags.get(key)));
        candidates.add(labelledData(tags));
        for (String candidate : candidates) {
            String cleaned = candidate == null || candidate.startsWith("http") ? null
                    : BylineNames.clean(candidate, false);
            if (cleaned != null) {
                String name = AuthorLogin.shownName(document, cleaned);
                return name != null ? name : cleaned;
            }
        }
        return null;
    }

    /**
     * The names in tags of one per author ({@link #ONE_PER_AUTHOR_KEYS}) that name people, joined in the page's order:
     * a name of two words or more, each capitalized, that is not the house's ({@link HouseAuthor}) nor named by a tag
     * before it. A desk ("Redaktion", "Staff"), an agency ("dpa") or the site beside a writer is left out; where no
     * tag names a person, the first tag's content stands, as it did alone.
     */
    private static String people(List<String> contents, MetaTags tags, List<String> siteNames,
            String location) {
        List<String> people = new ArrayList<>();
        for (String content : contents) {
            String name = content.startsWith("http") ? null : BylineNames.clean(content, false);
            if (name != null && TextStats.words(name) >= MIN_PERSON_WORDS && BylineNames.readsAsLinkedName(name)
                    && !HouseAuthor.is(name, null, tags, siteNames, location) && !namedIn(people, name)) {
                people.add(name);
            }
        }
        return !people.isEmpty() ? BylineNames.join(people) : contents.isEmpty() ? null : contents.get(0);
    }

    /** Whether one of {@code names} holds {@code name} ("Ann Lee and Tom Vale" holds "Tom Vale"), or it one of them. */
    private static boolean namedIn(List<String> names, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names.stream().map(named -> named.toLowerCase(Locale.ROOT))
                .anyMatch(named -> named.contains(lower) || lower.contains(named));
    }

    /** A name an index writes surname first ("Solvang, Ingrid") as it is said ("Ingrid Solvang"). */
    private static String givenNameFirst(String name) {
        int comma = name.indexOf(',');
        return comma < 0 || name.indexOf(',', comma + 1) >= 0 ? name
                : name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
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
            String name = AuthorLinks.isAuthorLink(link) ? BylineNames.clean(link.text(), true) : null;
            if (name != null && BylineNames.readsAsLinkedName(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : BylineNames.join(names);
    }

    /**
     * An author link with text, on a short line (a byline's, not a paragraph that names a columnist), outside
     * figures, asides, quotations and navigation (a photographer's credit, an author box).
     */
    private static boolean isBylineLink(Element element) {
        return AuthorLinks.isAuthorLink(element) && element.hasText() && element.closest(LINK_NOT_WITHIN) == null
                && TextStats.words(element.parent().text()) <= MAX_AUTHOR_LINE_WORDS;
    }


    /**
     * The value of a labelled data pair whose label introduces names: {@code twitter:label1} "Written by" (or
     * "Verfasst von", "Escrito por"…) with {@code twitter:data1}, as blog engines write the reading time and author.
     */
    private static String labelledData(MetaTags tags) {
        for (int i = 1; i <= MAX_LABELLED_PAIRS; i++) {
            String label = tags.get("twitter:label" + i);
            if (label != null && !label.isBlank()
                    && BylineNames.PREFIX.matcher(label.strip() + " ").replaceFirst("").isEmpty()) {
                return tags.get("twitter:data" + i);
            }
        }
        return null;
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
        for (Element element : Find.all(document, ANY_SELECTOR)) {
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
        return best != null ? withCoAuthors(best, bestRank, narrowestName(best, bestRank, bestName))
                : outsideLists(loose);
    }

    /**
     * The names a byline element shows ({@code name}), or those of the one element inside it that a byline's
     * selector (not the loose one) finds and that shows names: "{@code <span class=byline__name>By Ann Lee</span>,
     * Environment Reporter <span class=byline__date>Tuesday …</span>}" names Ann Lee, with her role and the day left
     * outside, when the element's names begin with hers. Where two inside show names, the element's own text lists
     * them all.
     */
    private static String narrowestName(Element element, int rank, String name) {
        String inner = null;
        for (Element within : Find.all(element, ANY_SELECTOR)) {
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
                || !Character.isLetterOrDigit(rest.charAt(0)) && !BylineNames.NAME_JOINERS.contains(next)
                && !next.equals("&");
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
        return withCoAuthors(found, rank, narrowestName(found, rank, markupName(found, rank)));
    }

    /**
     * The names of {@code element} and of the elements of its class beside it that the same selector finds, as a
     * line that marks each author apart writes them ("di <span class=author>Giacomo Ferrandi</span> e <span
     * class=author>Sara Lodigiani</span>"): the line's own words where they hold every name, else the names joined.
     */
    private static String withCoAuthors(Element element, int rank, String name) {
        if (name == null || element.isBlock() || element.parent() == null
                || element.parent().text().length() > BylineNames.MAX_CHARS) {
            return name; // bylines in boxes of their own, or in a long line, are each another story's
        }
        Set<String> names = new LinkedHashSet<>();
        for (Element sibling : element.parent().children()) {
            String shown = sibling == element ? name : sibling.className().equals(element.className())
                    && rank(sibling) == rank ? markupName(sibling, rank) : null;
            if (shown != null) {
                names.add(shown);
            }
        }
        if (names.size() < 2) {
            return name;
        }
        String line = BylineNames.clean(fieldsText(element.parent()), true);
        return line != null && names.stream().allMatch(line::contains) ? line : BylineNames.join(names);
    }

    /** The names a byline element of selector {@code rank} shows, cleaned; null when it shows none. */
    private static String markupName(Element element, int rank) {
        String text = fieldsText(element);
        if (text.isEmpty() || text.length() > BylineNames.MAX_CHARS) {
            return null;
        }
        String cleaned = BylineNames.clean(text, rank >= FIRST_WORDED_SELECTOR);
        if (cleaned == null || rank == AUTHOR_LINK && cleaned.indexOf(' ') > 0
                && !BylineNames.readsAsLinkedName(cleaned)) {
            return null; // an author link shows a name or a login, or says where it leads: "View my complete profile"
        }
        return rank < LOOSE_SELECTOR || isLooseByline(element, text, cleaned) ? cleaned : null;
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
                    || previousSkippingComments(inner) instanceof Element)) {
                text.append(' ');
            }
        }, element);
        String spaced = BylineNames.WHITESPACE.matcher(text).replaceAll(" ");
        return SPACE_BEFORE_PUNCTUATION.matcher(spaced).replaceAll("").strip();
    }

    private static Node previousSkippingComments(Node node) {
        Node before = node.previousSibling();
        while (before instanceof Comment) {
            before = before.previousSibling();
        }
        return before;
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
                && !text.endsWith(":") && BylineNames.readsAsNames(cleaned) && !element.is(CONTROLS)
                && Find.first(element, CONTROLS) == null && !insideLink(element);
    }

    private static boolean insideLink(Element element) {
        for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor.nameIs("a")) {
                return true;
            }
        }
        return false;
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
