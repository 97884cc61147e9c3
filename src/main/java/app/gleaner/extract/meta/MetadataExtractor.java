package app.gleaner.extract.meta;

import app.gleaner.extract.find.ArticleAnchor;
import app.gleaner.extract.page.AbsoluteUrl;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.MetaTags;
import app.gleaner.extract.page.PageParser;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Metadata stage: title, byline, site name, publication date, description, lead image and language, each from the
 * strongest source present — JSON-LD, then Open Graph and Twitter cards, then plain meta tags and markup
 * heuristics. Run on the page before chrome removal, since bylines often sit in the page header. Immutable and
 * thread-safe; never throws.
 */
public final class MetadataExtractor {

    /** Meta tags standing in for HTTP headers. */
    private static final Evaluator HTTP_EQUIV = Selector.evaluatorOf("meta[http-equiv][content]");

    /** The marks that separate a title's parts, the colon aside (which may also end a kicker: "Kolumne:"). */
    private static final String SEPARATOR_MARK = "[|\\-–—·•»›/│]";
    /** Separators between a title and the site name in {@code <title>}. */
    static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:" + SEPARATOR_MARK + "|:)\\s+");
    /** A separator left at a title's end or start where a site's software wrote an empty part ("Site Name -"). */
    private static final Pattern DANGLING_SEPARATOR =
            Pattern.compile("\\s+" + SEPARATOR_MARK + "$|^" + SEPARATOR_MARK + "\\s+");
    /** Separators that mark a path from a site to a page ("Site » Blog Archive » Headline"). */
    private static final Set<String> PATH_MARKS = Set.of("»", "›", "/");
    /** A title shorter than this after removing a suffix keeps the suffix. */
    public static final int MIN_TITLE_WORDS = 3;
    /** A guessed site-name suffix has at most this many words. */
    public static final int MAX_SITE_SUFFIX_WORDS = 4;
    /** A title's part names the host from this many letters ("BMAS"; not "UK" at uk.example). */
    public static final int MIN_HOST_NAME_CHARS = 3;
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** Metadata of {@code document}; {@code captureTitle} (may be null) is the tab's title. */
    public PageMetadata extract(Document document, String captureTitle) {
        return extract(document, new JsonLd(document), MetaTags.of(document), captureTitle);
    }

    /** As {@link #extract(Document, String)}, with the page's JSON-LD and meta tags already read. */
    public PageMetadata extract(Document document, JsonLd jsonLd, MetaTags tags, String captureTitle) {
        JsonNode article = jsonLd.article();
        List<String> declaredNames = names(firstText(article, "publisher", "name"), tags.get("og:site_name"),
                jsonLd.siteName(), tags.get("application-name"));
        String shown = first(PageParser.titleOf(document), captureTitle); // the title a browser's tab shows
        // a logo names the site, not its house as an author: a personal site's logo is its owner's name
        List<String> siteNames = declaredNames.isEmpty() ? names(LogoName.of(document, shown)) : declaredNames;
        String title = title(document, tags, article, siteNames, shown);
        Element headline = new ArticleAnchor(title, null).titleHeading(document.body());
        String siteName = siteNames.isEmpty()
                ? titleSuffix(first(shown, tags.get("og:title")), title, document.location())
                : siteNames.get(0);
        String language = language(document, tags);
        return new PageMetadata(
                title,
                Byline.of(document, tags, jsonLd.authored(), headline, declaredNames),
                siteName,
                publishedAt(document, tags, article, headline, WrittenDate.DayOrder.of(language)),
                first(tags.get("og:description"), tags.get("description"),
                        tags.get("twitter:description"), firstText(article, "description")),
                leadImage(document, tags, article),
                language);
    }

    private static String title(Document document, MetaTags tags, JsonNode article, List<String> siteNames,
            String shown) {
        String declared = first(JsonLdTitle.of(document, article), tags.get("dc:title"),
                tags.get("dcterms.title"), tags.get("og:title"), tags.get("twitter:title"),
                tags.get("dc.title"), tags.get("parsely-title"));
        String location = document.location();
        if (declared != null && !isCutAtQuote(declared, shown)) {
            String title = withoutSiteSuffix(declared, siteNames, location, false);
            String tab = shown == null ? null : withoutSiteSuffix(shown, siteNames, location, true);
            return HeadingTitle.of(document, declared, title, tab, siteNames);
        }
        if (shown != null) {
            String title = withoutSiteSuffix(shown, siteNames, location, true);
            return HeadingTitle.of(document, shown, title, null, siteNames);
        }
        Element h1 = Find.first(document, Css.H1);
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    /**
     * Whether a declared title stops where the shown one goes on with a quotation mark: written unescaped into a
     * meta tag's {@code content="…"}, the mark closed the attribute ({@code content="Minister calls plan "reckless""}).
     */
    private static boolean isCutAtQuote(String declared, String shown) {
        return shown != null && shown.length() > declared.length() && shown.startsWith(declared)
                && shown.substring(declared.length()).stripLeading().startsWith("\"");
    }

    /**
     * {@code "Headline | Site"} → {@code "Headline"}, {@code "Site - Headline"} → {@code "Headline"}. The site's
     * name is one the page declares (its publisher's, its {@code og:site_name}…; such a name may hold a separator of
     * its own), or, as the title's last or first part, one the host of {@code location} spells ({@link #namesHost}).
     * With {@code guess}, a short last part is taken for a site name too, unless the rest would be too short. A
     * separator left at either end by an empty part goes: "National Rail Enquiries -".
     */
    static String withoutSiteSuffix(String title, List<String> siteNames, String location, boolean guess) {
        String text = DANGLING_SEPARATOR.matcher(title.strip()).replaceAll("");
        List<MatchResult> separators = TITLE_SEPARATOR.matcher(text).results().toList();
        if (separators.isEmpty()) {
            return text;
        }
        int last = separators.size() - 1;
        for (int i = last; i >= 0; i--) {
            String tail = text.substring(separators.get(i).end());
            if (isSiteName(tail, siteNames) || i == last && namesHost(tail, location)
                    || i == last - 1 && isNameAndTagline(text, separators, siteNames, location)) {
                return text.substring(0, separators.get(i).start()).strip();
            }
        }
        for (int i = 0; i <= last; i++) {
            String lead = text.substring(0, separators.get(i).start());
            if (isSiteName(lead, siteNames) || i == 0 && namesHost(lead, location)) {
                return lastOfPath(text, separators, i);
            }
        }
        String head = text.substring(0, separators.get(last).start()).strip();
        boolean looksLikeSite = TextStats.words(text.substring(separators.get(last).end())) <= MAX_SITE_SUFFIX_WORDS;
        return guess && looksLikeSite && TextStats.words(head) >= MIN_TITLE_WORDS ? head : text;
    }

    /**
     * Whether the title's last two parts are the site's name and its tagline: "Winter pike | anglers-weekly.example |
     * Your fishing magazine". A long last part is a headline after a site's name and a section ("Opinion | Daily
     * Ledger | Why the bypass must go ahead"), which has no end to cut at.
     */
    private static boolean isNameAndTagline(String text, List<MatchResult> separators, List<String> siteNames,
            String location) {
        int last = separators.size() - 1;
        String name = text.substring(separators.get(last - 1).end(), separators.get(last).start());
        String tagline = text.substring(separators.get(last).end());
        return TextStats.words(tagline) <= MAX_SITE_SUFFIX_WORDS
                && (isSiteName(name, siteNames) || namesHost(name, location));
    }

    /**
     * The title after the site's name that ends at separator {@code at}; where that separator marks a path ("»", "›",
     * "/"), as in "Site » Blog Archive » Headline", the path's last step.
     */
    private static String lastOfPath(String text, List<MatchResult> separators, int at) {
        String mark = separators.get(at).group().strip();
        int step = at;
        for (int i = at + 1; PATH_MARKS.contains(mark) && i < separators.size(); i++) {
            step = separators.get(i).group().strip().equals(mark) ? i : step;
        }
        return text.substring(separators.get(step).end()).strip();
    }

    private static boolean isSiteName(String text, List<String> siteNames) {
        String name = text.strip();
        return siteNames.stream().anyMatch(name::equalsIgnoreCase);
    }

    /**
     * Whether the letters and digits of {@code part}, read without accents, are those of whole labels of the host
     * of {@code location} in a row: "BMAS" at bmas.de, "petri-heil.ch", "Nestlé Marktplatz" at nestle-marktplatz.de;
     * not "Lakers" at lakers-fans.example, where the word is a club's, not the site's.
     */
    static boolean namesHost(String part, String location) {
        String letters = lettersOf(part);
        String[] labels = SiteLinks.hostOf(location).split("\\.");
        // from a label before the top-level domain: "News" is no site's name at example.news
        for (int first = 0; first < labels.length - 1 && letters.length() >= MIN_HOST_NAME_CHARS; first++) {
            StringBuilder run = new StringBuilder();
            for (int i = first; i < labels.length && run.length() < letters.length(); i++) {
                run.append(lettersOf(labels[i]));
            }
            if (run.toString().equals(letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code part} spells the label of {@code location}'s host before its top-level domain, the site's own
     * ("BKA" at www.bka.de), not a section's subdomain ("Sport" at sport.harbourpost.example).
     */
    private static boolean namesDomain(String part, String location) {
        String[] labels = SiteLinks.hostOf(location).split("\\.");
        return labels.length >= 2 && lettersOf(part).length() >= MIN_HOST_NAME_CHARS
                && lettersOf(part).equals(lettersOf(labels[labels.length - 2]));
    }

    /** The letters and digits of {@code text}, lower-cased, without their accents ("Nestlé" → "nestle"). */
    private static String lettersOf(String text) {
        String bare = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALPHANUMERIC.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The site's name where the page declares none, read from its title: its first part where the host of
     * {@code location} spells it ("Pro Loco San Vito al Colle - …"), else the last separated part of {@code written}
     * ("Headline | Harbour Post"), when it is short, follows a headline of some words, and is no part of the
     * {@code title} the page was found to have (a headline's own colon or dash). A date, a page number or a
     * lower-case phrase ("live updates", "by Ann Lee") is no name; nor is one word ("Politics", "Opinion") that the
     * page's host does not spell.
     */
    static String titleSuffix(String written, String title, String location) {
        if (written == null || title == null) {
            return null;
        }
        String text = written.strip();
        Matcher separators = TITLE_SEPARATOR.matcher(text);
        int firstStart = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (separators.find()) {
            firstStart = firstStart < 0 ? separators.start() : firstStart;
            lastStart = separators.start();
            lastEnd = separators.end();
        }
        if (lastStart < 0) {
            return null;
        }
        String head = text.substring(0, firstStart).strip();
        if (namesDomain(head, location) && !title.toLowerCase(Locale.ROOT).contains(head.toLowerCase(Locale.ROOT))) {
            return head; // "Pro Loco San Vito al Colle - Il restauro…" at prolocosanvitoalcolle.it
        }
        String tail = text.substring(lastEnd).strip();
        boolean brief = TextStats.words(tail) <= MAX_SITE_SUFFIX_WORDS;
        boolean afterHeadline = TextStats.words(text.substring(0, lastStart)) >= MIN_TITLE_WORDS;
        boolean inTitle = title.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT));
        boolean named = !tail.isEmpty() && !Character.isLowerCase(tail.codePointAt(0))
                && tail.chars().noneMatch(Character::isDigit)
                && (tail.indexOf(' ') >= 0 || !isLatin(tail) || spellsHost(tail, location));
        return named && brief && afterHeadline && !inTitle ? tail : null;
    }

    static boolean isLatin(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** Whether the host of {@code location} holds the letters and digits of {@code word} ("anarcat", anarc.at). */
    static boolean spellsHost(String word, String location) {
        String letters = NON_ALPHANUMERIC.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        return !letters.isEmpty()
                && NON_ALPHANUMERIC.matcher(SiteLinks.hostOf(location)).replaceAll("").contains(letters);
    }

    /**
     * When the article was published: what the page declares, else the {@code <time>} under its headline, else a
     * date a line near the headline writes for people ({@link Dateline}), at the start of its day.
     */
    private static OffsetDateTime publishedAt(Document document, MetaTags tags, JsonNode article, Element headline,
            WrittenDate.DayOrder order) {
        List<String> candidates = new ArrayList<>();
        candidates.add(tags.get("article:published_time"));
        candidates.add(firstText(article, "datePublished"));
        candidates.add(tags.get("datePublished"));
        candidates.add(tags.get("pubdate"));
        candidates.add(tags.get("publish-date"));
        candidates.add(tags.get("parsely-pub-date"));
        candidates.add(tags.get("date"));
        candidates.add(tags.get("dc.date"));
        candidates.add(tags.get("dcterms.created"));
        candidates.add(tags.get("dcterms.issued"));
        candidates.add(tags.get("dc.date.issued"));
        Element itemprop = document.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            candidates.add(first(itemprop.attr("datetime"), itemprop.attr("content"), itemprop.attr("title")));
        }
        candidates.add(firstText(article, "dateCreated"));
        candidates.add(firstText(article, "uploadDate")); // a video's, when the page declares no article
        Element time = UnderHeadline.time(document, headline);
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String candidate : candidates) {
            OffsetDateTime parsed = LenientDate.parse(candidate);
            if (parsed != null) {
                return parsed;
            }
        }
        for (String candidate : candidates) { // then in the forms a page's server writes for people
            OffsetDateTime parsed = LenientDate.parseWritten(candidate);
            if (parsed != null) {
                return parsed;
            }
        }
        WrittenDate.Reading written = Dateline.of(document, headline, order);
        return written == null ? null : written.date().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static String leadImage(Document document, MetaTags tags, JsonNode article) {
        String url = first(tags.get("og:image"), tags.get("og:image:url"),
                firstText(article, "image", "url", "contentUrl"), tags.get("twitter:image"),
                tags.get("twitter:image:src"));
        String absolute = AbsoluteUrl.resolve(PageParser.baseOf(document), url);
        return absolute != null && absolute.startsWith("http") ? absolute : null;
    }

    private static String language(Document document, MetaTags tags) {
        Element html = document.selectFirst("html");
        String candidate = first(html == null ? null : html.attr("lang"), tags.get("og:locale"),
                httpEquiv(document, "content-language"));
        if (candidate == null) {
            return null;
        }
        String tag = candidate.strip().replace('_', '-').split("[,;\\s]")[0];
        return LANGUAGE_TAG.matcher(tag).matches() ? tag : null;
    }

    private static String httpEquiv(Document document, String key) {
        for (Element meta : Find.all(document, HTTP_EQUIV)) {
            if (meta.attr("http-equiv").equalsIgnoreCase(key)) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static String firstText(JsonNode node, String field, String... keysInObjects) {
        if (node == null) {
            return null;
        }
        List<String> texts = JsonLd.texts(node.get(field), keysInObjects.length == 0
                ? new String[] {"name", "@value"} : keysInObjects);
        return texts.isEmpty() ? null : texts.get(0);
    }

    /** The non-blank candidates, stripped, without repeats. */
    private static List<String> names(String... candidates) {
        Set<String> names = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                names.add(candidate.strip());
            }
        }
        return List.copyOf(names);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
