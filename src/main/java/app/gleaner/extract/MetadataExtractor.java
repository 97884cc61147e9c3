package app.gleaner.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata stage: title, byline, site name, publication date, description, lead image and language, each from the
 * strongest source present — JSON-LD, then Open Graph and Twitter cards, then plain meta tags and markup
 * heuristics. Run on the page before chrome removal, since bylines often sit in the page header. Immutable and
 * thread-safe; never throws.
 */
public final class MetadataExtractor {

    /** Separators between a title and the site name in {@code <title>}. */
    static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+");
    /** A title shorter than this after removing a suffix keeps the suffix. */
    public static final int MIN_TITLE_WORDS = 3;
    /** A guessed site-name suffix has at most this many words. */
    public static final int MAX_SITE_SUFFIX_WORDS = 4;
    /** Longest plausible byline, in characters; longer "author" blocks are biographies. */
    public static final int MAX_BYLINE_CHARS = 100;
    /** Leading words that introduce an author, in the languages the nag rules cover. */
    static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(by|from|von|par|por|de|written by|text|texte)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
    /**
     * Words that start the date after the names in a page byline ("Ann Lee March 3", "Jan Novák před 2 hodinami"):
     * month names and "ago" words in several languages, from {@code rules/byline-stop-words.txt}.
     */
    static final String STOP_WORDS = String.join("|", RuleList.loadLowerCase("byline-stop-words.txt").stream()
            .map(Pattern::quote).toList());
    /** Where the names in a page byline end: a digit (a date or time), a social handle, a bullet, a pipe or a dash. */
    static final Pattern BYLINE_TAIL = Pattern.compile("\\s*(\\d|\\s@\\w|[•|·]|\\s[—–]\\s|\\s(" + STOP_WORDS
            + ")(?![\\p{L}])).*$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern BYLINE_TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:—–-]+$");
    /** Meta tags that name the author, strongest first. */
    static final List<String> BYLINE_META_KEYS = List.of(
            "dc:creator", "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author",
            "sailthru.author", "byl");
    static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final String BYLINE_SELECTORS =
            "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline-author, .author-name, "
                    + ".byline, .author, [class*=byline]";

    /** Metadata of {@code document}; {@code captureTitle} (may be null) is the tab's title. */
    public PageMetadata extract(Document document, String captureTitle) {
        return extract(document, new JsonLd(document), MetaTags.of(document), captureTitle);
    }

    /** As {@link #extract(Document, String)}, with the page's JSON-LD and meta tags already read. */
    PageMetadata extract(Document document, JsonLd jsonLd, MetaTags tags, String captureTitle) {
        JsonNode article = jsonLd.article();
        String siteName = first(firstText(article, "publisher", "name"), tags.get("og:site_name"),
                tags.get("application-name"));
        return new PageMetadata(
                title(document, tags, article, siteName, captureTitle),
                byline(document, tags, article),
                siteName,
                publishedAt(document, tags, article),
                first(tags.get("og:description"), tags.get("description"),
                        tags.get("twitter:description"), firstText(article, "description")),
                leadImage(document, tags, article),
                language(document, tags));
    }

    private static String title(Document document, MetaTags tags, JsonNode article, String siteName,
            String captureTitle) {
        String declared = first(JsonLdTitle.of(document, article), tags.get("dc:title"),
                tags.get("dcterms.title"), tags.get("og:title"), tags.get("twitter:title"),
                tags.get("dc.title"), tags.get("parsely-title"));
        if (declared != null) {
            return withoutSiteSuffix(declared, siteName, false);
        }
        String shown = first(document.title(), captureTitle);
        if (shown != null) {
            return withoutSiteSuffix(shown, siteName, true);
        }
        Element h1 = document.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    /**
     * {@code "Headline | Site"} → {@code "Headline"}. The site name is always stripped when known; with
     * {@code guess}, a short last segment is taken for a site name too, unless the rest would be too short.
     */
    static String withoutSiteSuffix(String title, String siteName, boolean guess) {
        String text = title.strip();
        Matcher separators = TITLE_SEPARATOR.matcher(text);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (separators.find()) {
            if (firstStart < 0) {
                firstStart = separators.start();
                firstEnd = separators.end();
            }
            lastStart = separators.start();
            lastEnd = separators.end();
        }
        if (lastStart < 0) {
            return text;
        }
        String head = text.substring(0, lastStart).strip();
        String tail = text.substring(lastEnd).strip();
        String site = siteName == null ? "" : siteName.strip();
        if (tail.equalsIgnoreCase(site)) {
            return head;
        }
        if (text.substring(0, firstStart).strip().equalsIgnoreCase(site)) {
            return text.substring(firstEnd).strip();
        }
        boolean looksLikeSite = TextStats.words(tail) <= MAX_SITE_SUFFIX_WORDS;
        return guess && looksLikeSite && TextStats.words(head) >= MIN_TITLE_WORDS ? head : text;
    }

    private static String byline(Document document, MetaTags tags, JsonNode article) {
        Set<String> names = new LinkedHashSet<>();
        if (article != null) {
            names.addAll(JsonLd.texts(article.get("author"), "name"));
        }
        names.removeIf(n -> n.startsWith("http"));
        if (!names.isEmpty()) {
            return cleanByline(String.join(", ", names));
        }
        for (String key : BYLINE_META_KEYS) {
            String metaAuthor = tags.get(key);
            if (metaAuthor != null && !metaAuthor.startsWith("http") && cleanByline(metaAuthor) != null) {
                return cleanByline(metaAuthor);
            }
        }
        for (Element element : document.select(BYLINE_SELECTORS)) {
            String text = element.text().strip();
            if (!text.isEmpty() && text.length() <= MAX_BYLINE_CHARS) {
                return cleanByline(text);
            }
        }
        return null;
    }

    /** Drops a leading "By", and what follows the names in page bylines: dates, handles, separators. */
    static String cleanByline(String byline) {
        String cleaned = BYLINE_PREFIX.matcher(byline.strip()).replaceFirst("").strip();
        cleaned = BYLINE_TAIL.matcher(cleaned).replaceFirst("");
        cleaned = BYLINE_TRAILING_PUNCTUATION.matcher(cleaned).replaceFirst("").strip();
        return cleaned.isEmpty() || cleaned.length() > MAX_BYLINE_CHARS ? null : cleaned;
    }

    private static OffsetDateTime publishedAt(Document document, MetaTags tags, JsonNode article) {
        List<String> candidates = new ArrayList<>();
        candidates.add(tags.get("article:published_time"));
        candidates.add(firstText(article, "datePublished"));
        candidates.add(tags.get("datePublished"));
        candidates.add(tags.get("pubdate"));
        candidates.add(tags.get("publish-date"));
        candidates.add(tags.get("date"));
        candidates.add(tags.get("dc.date"));
        candidates.add(tags.get("dcterms.created"));
        Element itemprop = document.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            candidates.add(first(itemprop.attr("datetime"), itemprop.attr("content")));
        }
        Element time = document.selectFirst("time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String candidate : candidates) {
            OffsetDateTime parsed = LenientDate.parse(candidate);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    private static String leadImage(Document document, MetaTags tags, JsonNode article) {
        String url = first(tags.get("og:image"), tags.get("og:image:url"),
                firstText(article, "image", "url", "contentUrl"), tags.get("twitter:image"),
                tags.get("twitter:image:src"));
        String absolute = AbsoluteUrl.resolve(document.location(), url);
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
        for (Element meta : document.select("meta[http-equiv][content]")) {
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

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
