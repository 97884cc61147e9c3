package app.gleaner.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site's name as its logo shows it, for a page that declares none ({@link MetadataExtractor}): the text of a
 * link to the site's front page, or its picture's {@code alt}, when the page's title names it too, as the part
 * before its first separator or after its last ("Riverside Rowing Club » Spring Regatta report", "Headline - Pro
 * Loco Valtorta"). The two agreeing is what makes the link the site's name: a menu's "Home" or a footer's "Back to
 * top" is no part of the title, and a title's section ("Politics | …") links to its section. Stateless.
 */
final class LogoName {

    /** Links read, in page order: a logo stands in the page's header, among its first links. */
    public static final int MAX_LINKS_READ = 200;
    /** A site's name is short; a longer link's text is a story's. */
    public static final int MAX_NAME_WORDS = 6;
    /** Paths of a site's front page besides the bare root. */
    private static final Pattern FRONT_PAGE = Pattern.compile("/(?:index\\.(?:html?|php))?(?:[?#].*)?");

    private LogoName() {
    }

    /** The logo's text that {@code title} (may be null) names at one of its ends; null when none does. */
    static String of(Document document, String title) {
        if (title == null || document.body() == null) {
            return null;
        }
        String[] parts = MetadataExtractor.TITLE_SEPARATOR.split(title.strip());
        if (parts.length < 2) {
            return null;
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        List<Element> links = document.body().select("a[href]");
        for (Element link : links.subList(0, Math.min(links.size(), MAX_LINKS_READ))) {
            String name = nameOf(link);
            if ((name.equalsIgnoreCase(first) || name.equalsIgnoreCase(last)) && readsAsName(name, document)
                    && leadsToFrontPage(link)) {
                return name;
            }
        }
        return null;
    }

    /**
     * A few words, or one that the page's host spells ("anarcat" on anarc.at) or that is written in capitals
     * ("ÖBFV"): one word else is a menu's ("Home", "News").
     */
    private static boolean readsAsName(String name, Document document) {
        int words = TextStats.words(name);
        boolean capitals = name.chars().noneMatch(Character::isLowerCase);
        return words > 1 ? words <= MAX_NAME_WORDS
                : words == 1 && (capitals || !MetadataExtractor.isLatin(name)
                        || MetadataExtractor.spellsHost(name, document.location()));
    }

    /** What a link shows: its text, or the {@code alt} of its picture when it has none. */
    private static String nameOf(Element link) {
        String text = link.text().strip();
        if (!text.isEmpty()) {
            return text;
        }
        Element picture = link.selectFirst("img[alt]");
        return picture == null ? "" : picture.attr("alt").strip();
    }

    /** Whether {@code link} leads to the front page of this site: "/", "/index.html", "https://example.org". */
    private static boolean leadsToFrontPage(Element link) {
        String href = link.attr("href").strip();
        String host = SiteLinks.hostOf(link.absUrl("href"));
        String page = SiteLinks.hostOf(link.baseUri());
        boolean ours = host.isEmpty() || page.isEmpty() || SiteLinks.sameSite(host, page);
        String path = AbsoluteUrl.pathOf(href);
        boolean bareHost = path.isEmpty() && !href.isEmpty();
        return ours && (bareHost || FRONT_PAGE.matcher(path).matches());
    }
}
