package app.gleaner.extract.page;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where a link leads, relative to the page it is on: another page of the same site, a place on this very page, or
 * elsewhere. Two hosts are one site when, without "www.", they are equal or one is a subdomain of the other
 * ("subscribe.example.com" and "www.example.com"), so that a publisher's shop, account and newsletter pages count as
 * its own; two sites side by side on a shared host ("alice.github.io", "bob.github.io") do not. Stateless.
 */
public final class SiteLinks {

    private static final Pattern ADDRESS = Pattern.compile(
            "^(?:https?://|www\\.)\\S+$|^[\\w.+-]+(?:@[\\w-]+)?\\.[\\w.-]*\\p{Alpha}{2,}(?:/\\S*)?$",
            Pattern.CASE_INSENSITIVE);
    /** Kinds of file a story cites, as a regular expression: a report, a spreadsheet, an archive. */
    public static final String FILE_KINDS = "pdf|docx?|xlsx?|pptx?|odt|ods|csv|epub|zip";
    /** The end of a path to a file of one of {@link #FILE_KINDS}. */
    private static final Pattern DOCUMENT = Pattern.compile("\\.(?:" + FILE_KINDS + ")$");
    private static final Set<String> NOT_PAGES = Set.of("#", "javascript:", "mailto:", "tel:");
    /** Words of a link's text in a row that make its address an echo of it: a headline's or a name's slug. */
    static final int ECHOED_WORDS = 3;
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SiteLinks() {
    }

    /**
     * Whether {@code link} leads to another page of the site {@code link.baseUri()} is on; a link to a place on
     * this very page (a heading's own anchor, as static site generators set on every section heading) does not.
     */
    public static boolean leadsWithinSite(Element link) {
        String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
        if (href.isEmpty() || NOT_PAGES.stream().anyMatch(href::startsWith)) {
            return false;
        }
        String absolute = link.absUrl("href");
        if (!absolute.isEmpty() && samePage(absolute, link.baseUri())) {
            return false;
        }
        String linkHost = hostOf(absolute);
        return linkHost.isEmpty() ? !href.contains("://") : sameSite(linkHost, hostOf(link.baseUri()));
    }

    /** Whether {@code link} leads to a file (a report as PDF, a spreadsheet of the data): a source a story cites. */
    public static boolean leadsToDocument(Element link) {
        String path = link.attr("href").strip().toLowerCase(Locale.ROOT).replaceFirst("[?#].*", "");
        return DOCUMENT.matcher(path).find();
    }

    /**
     * Whether {@code link}'s address is made of its own words: {@link #ECHOED_WORDS} words of its text in a row, in
     * the same order, as words of its path ("Ecoflow River 370 Review: …" at
     * {@code /2019/11/ecoflow-river-370-review}), as a site makes the address of an article or a product from its
     * headline or its name. Letters are compared without their accents ("Milliardär" and {@code milliardar}; a path
     * that spells "ä" as "ae" is not read).
     */
    public static boolean echoesItsText(Element link) {
        List<String> words = wordsOf(link.text());
        List<String> pathWords = wordsOf(decodedPath(link));
        if (words.size() < ECHOED_WORDS || pathWords.size() < ECHOED_WORDS) {
            return false;
        }
        for (int i = 0; i + ECHOED_WORDS <= words.size(); i++) {
            if (Collections.indexOfSubList(pathWords, words.subList(i, i + ECHOED_WORDS)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The path {@code link} leads to, its escapes decoded when all of them are well formed. */
    private static String decodedPath(Element link) {
        String path = link.attr("href").strip().replaceFirst("^(?:[a-zA-Z][\\w+.-]*:)?//[^/]*", "")
                .replaceFirst("[?#].*", "");
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }

    /** Lower-case words of letters and digits, without accents. */
    private static List<String> wordsOf(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NOT_WORD.split(plain.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether {@code link} leads to a page of another site. */
    public static boolean leadsElsewhere(Element link) {
        String host = hostOf(link.absUrl("href"));
        return !host.isEmpty() && !sameSite(host, hostOf(link.baseUri()));
    }

    /** Whether {@code link} leads to the front page of a site ("https://example.org/?ref=x"): a visit, not an action. */
    public static boolean leadsToFrontPage(Element link) {
        try {
            URI uri = URI.create(link.absUrl("href").strip());
            return uri.getHost() != null && trimmedPath(uri).isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The host {@code link} leads to, without "www.", lower case; empty when it has none. */
    public static String hostOf(Element link) {
        return hostOf(link.absUrl("href"));
    }

    /** Whether two hosts, without "www.", are equal or one lies under the other. */
    public static boolean sameSite(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && (isUnder(a, b) || isUnder(b, a));
    }

    /** Whether {@code host} is {@code site} or one of its subdomains. */
    public static boolean isUnder(String host, String site) {
        return host.equals(site) || host.endsWith("." + site);
    }

    /** Whether a link's text is an address ("www.example.org", "https://…", "desk@example.org"): a cited source. */
    public static boolean readsAsAddress(String text) {
        return ADDRESS.matcher(text).matches();
    }

    /** Same host and path, whatever the query, fragment or trailing slash. */
    private static boolean samePage(String url, String page) {
        try {
            URI a = URI.create(url.strip());
            URI b = URI.create(page.strip());
            return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                    && trimmedPath(a).equals(trimmedPath(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String trimmedPath(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The host of {@code url}, lower-cased, without "www."; empty when it has none or does not parse. */
    public static String hostOf(String url) {
        try {
            return url == null || url.isBlank() ? "" : hostOf(URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The host of {@code uri}, lower-cased, without "www."; empty when it has none. */
    public static String hostOf(URI uri) {
        String host = uri.getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }
}
