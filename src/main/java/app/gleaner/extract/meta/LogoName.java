package app.gleaner.extract.meta;

import app.gleaner.extract.page.AbsoluteUrl;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site's name as its logo shows it, for a page that declares none ({@link MetadataExtractor}): the text of the
 * page's first link to its site's front page, or its picture's {@code alt}, when the page's title names it too, as
 * the part before its first separator or after its last ("Riverside Rowing Club » Spring Regatta report", "Headline
 * - Pro Loco Valtorta"). The two agreeing is what makes the link the site's name: a logo leads home and comes first;
 * a menu's "Home" or an edition's "Rouen" comes after it, a post's own link ("/?p=123") leads elsewhere. Stateless.
 */
final class LogoName {

    /** Links read, in page order, for the first that leads home: a logo stands in the page's header. */
    public static final int MAX_LINKS_READ = 200;
    /** A site's name is short; a longer link's text is a story's. */
    public static final int MAX_NAME_WORDS = 6;
    /** Paths of a site's front page: the root, or its index file, with no query or fragment. */
    private static final Pattern FRONT_PAGE = Pattern.compile("/(?:index\\.(?:html?|php))?");
    /** The word a logo's {@code alt} often adds to the name ("Harbour Post logo", "Logo der Stadt"). */
    private static final Pattern LOGO_WORD = Pattern.compile("(?i)(?<![\\p{L}])logo(?![\\p{L}])");

    private LogoName() {
    }

    /** The logo's text, when {@code title} (may be null) names it at one of its ends; else null. */
    static String of(Document document, String title) {
        if (title == null || document.body() == null) {
            return null;
        }
        String[] parts = MetadataExtractor.TITLE_SEPARATOR.split(title.strip());
        if (parts.length < 2) {
            return null;
        }
        int read = 0;
        for (Element link : Find.all(document.body(), Css.LINKS)) {
            if (++read > MAX_LINKS_READ) {
                break;
            }
            if (leadsToFrontPage(link)) { // the logo; a picture whose alt is no name leaves the site unnamed
                String name = nameOf(link);
                boolean titled = name.equalsIgnoreCase(parts[0].strip())
                        || name.equalsIgnoreCase(parts[parts.length - 1].strip());
                return titled && readsAsName(name, document) ? name : null;
            }
        }
        return null;
    }

    /** What a link shows: its text, or the {@code alt} of its picture, without the word "logo", when it has none. */
    private static String nameOf(Element link) {
        String text = link.text().strip();
        if (!text.isEmpty()) {
            return text;
        }
        Element picture = Find.first(link, Css.IMAGES_WITH_ALT);
        return picture == null ? "" : LOGO_WORD.matcher(picture.attr("alt")).replaceAll(" ").strip();
    }

    /**
     * A few words, or one that the page's host spells ("anarcat" on anarc.at) or that is written in Latin
     * capitals ("ÖBFV"): one word else is a menu's ("Home", "News").
     */
    private static boolean readsAsName(String name, Document document) {
        int words = TextStats.words(name);
        boolean capitals = MetadataExtractor.isLatin(name) && name.chars().noneMatch(Character::isLowerCase);
        return words > 1 ? words <= MAX_NAME_WORDS
                : words == 1 && (capitals || MetadataExtractor.spellsHost(name, document.location()));
    }

    /** Whether {@code link} leads to the front page of this site: "/", "/index.html", "https://example.org". */
    private static boolean leadsToFrontPage(Element link) {
        String href = link.attr("href").strip();
        String host = SiteLinks.hostOf(link.absUrl("href"));
        String page = SiteLinks.hostOf(link.baseUri());
        boolean ours = host.isEmpty() || page.isEmpty() || SiteLinks.sameSite(host, page);
        String path = AbsoluteUrl.pathOf(href);
        return ours && (path.isEmpty() && !href.isEmpty() || FRONT_PAGE.matcher(path).matches());
    }
}
