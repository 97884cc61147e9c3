package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredLines;
import app.gleaner.extract.page.DeclaredSize;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the writer's card by how it is built, whatever its class names say (a styled component's hash, "…Wrapper"):
 * an avatar and a few sentences about the writer that open with the writer's name, given as a link to the author's
 * page ("<a href=/contributor/…>Camila Restrepo-Vance</a> is a contributing editor…"), as a line of its own that
 * the bio then opens with ("Camille Ferrand" / "Camille Ferrand est journaliste…"), or as the byline's own words
 * ("Anni Koskivaara on asianajaja…"). The name must be the page's byline's where the page names one, and a name not
 * linked counts only then, as the card must close the
 * text (no prose after it): the card of the person a story is about, an obituary's family, a book's or a product's
 * card all name someone else. The card is the smallest box around the avatar (a picture declared nearly square and
 * {@link #MAX_AVATAR_PIXELS} at most) that holds such a bio and says at most {@link #MAX_CARD_WORDS} words with no
 * part of a story; on a page with no byline it has no sibling of its own build either, as cards in a row are a list
 * of people (columnists, staff, picks).
 * Part of {@link ContentCleaner}. Stateless and thread-safe.
 */
final class AuthorCards {

    /** Words of a card at most: a name, a bio of two or three sentences, a link or two. */
    static final int MAX_CARD_WORDS = 90;
    /** Words of a bio at least: a name and what the writer does. */
    static final int MIN_BIO_WORDS = 8;
    /** Words of a name's own line at most. */
    static final int MAX_NAME_WORDS = 5;
    /** Pixels an avatar is declared at most, each way; a picture of the story is larger. */
    static final int MAX_AVATAR_PIXELS = 200;
    /** How far an avatar's sides may differ, as a ratio: a face is cut square or nearly (3:4), a book's cover not. */
    static final double MAX_AVATAR_ASPECT = 1.4;
    /** What stands between a byline's authors: a comma, a semicolon, an ampersand, "and" in a few languages. */
    private static final Pattern AUTHORS_APART = Pattern.compile("[,;&、]| and | und | et | y | e | en | i ");
    /** A capitalized word after a name: the name goes on ("Ann Lee Parker", "Tom Vale Sr."), another person's. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+\\p{Lu}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Boxes a card may be. */
    private static final Set<String> CARD_TAGS = Set.of("div", "section", "aside", "footer");
    /** What a card never holds: the story's parts, and the figure a portrait stands in. */
    private static final Evaluator STORY_PARTS =
            Selector.evaluatorOf("h1, h2, ul, ol, table, blockquote, pre, video, iframe, figure");

    private AuthorCards() {
    }

    /**
     * Removes the writer's cards below {@code article}, noting each in {@code log}; {@code byline} (may be null) is
     * the page's. The search starts from the avatars, which are few, and climbs no further than a card's words.
     */
    static void removeFrom(Element article, String byline, RemovalLog log) {
        List<Element> cards = new ArrayList<>();
        for (Element img : article.getElementsByTag("img")) {
            Element card = isAvatar(img) ? cardAround(img, article, byline) : null;
            if (card != null && !cards.contains(card) && !DeclaredLines.touch(card)) {
                cards.add(card);
            }
        }
        cards.forEach(log::remove);
    }

    /** The smallest box around {@code avatar}, below {@code article}, that is a writer's card; null when none is. */
    private static Element cardAround(Element avatar, Element article, String byline) {
        for (Element box = avatar.parent(); box != null && box != article && CARD_TAGS.contains(box.normalName());
                box = box.parent()) {
            if (TextStats.wordsCjkHalvedExceed(box, MAX_CARD_WORDS) || Find.first(box, STORY_PARTS) != null) {
                return null;
            }
            for (Element bio : box.getElementsByTag("p")) {
                String text = bio.text();
                if (TextStats.words(text) < MIN_BIO_WORDS || !TextStats.endsASentence(text)) {
                    continue;
                }
                String linked = authorLinkOpening(bio);
                String named = linked != null ? linked : byline == null ? null : nameLineOpening(box, bio, text);
                named = named != null || byline == null ? named : bylineOpening(byline, text);
                if (named != null) {
                    // the byline tells a writer's card from another's; without one, a row of cards is a list of people
                    boolean writers = byline != null ? namesOneOf(byline, named) : !repeats(box);
                    return writers && (linked != null || closesTheText(box, article)) ? box : null;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code byline} names, as one of its authors, the person {@code name} names before any comma ("Ann Lee,
     * MCIHT"): "Sam Ford" is not "Sam Fordham".
     */
    private static boolean namesOneOf(String byline, String name) {
        String person = comparable(name.split(",", 2)[0]);
        return AUTHORS_APART.splitAsStream(comparable(byline)).anyMatch(author -> author.strip().equals(person));
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Whether {@code box} stands beside a sibling of its own build: the same tag and class, a picture in it too. */
    private static boolean repeats(Element box) {
        for (Element sibling : box.parent().children()) {
            if (sibling != box && sibling.normalName().equals(box.normalName())
                    && sibling.className().equals(box.className()) && Find.first(sibling, Css.IMAGES) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no paragraph of prose follows {@code card} in {@code article}: a writer's card closes the text, where a
     * card set in it introduces the person the story is about ("Who is Zeynep Aksoy?").
     */
    private static boolean closesTheText(Element card, Element article) {
        for (Element at = card; at != null && at != article; at = at.parent()) {
            for (Element next = at.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (Find.all(next, Css.PARAGRAPHS).stream().anyMatch(TextStats::isProseParagraph)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The name {@code bio} opens with as a link to its writer's page ({@link AuthorLinks}), or null. */
    private static String authorLinkOpening(Element bio) {
        Node first = bio.childNodeSize() == 0 ? null : bio.childNode(0);
        while (first instanceof TextNode blank && blank.isBlank()) {
            first = first.nextSibling();
        }
        return first instanceof Element link && AuthorLinks.isAuthorLink(link) && link.hasText()
                && TextStats.words(link.text()) <= MAX_NAME_WORDS ? link.text().strip() : null;
    }

    /** The line of a few words in {@code box}, outside {@code bio}, that {@code bioText} opens with; or null. */
    private static String nameLineOpening(Element box, Element bio, String bioText) {
        for (Element line : Find.all(box)) {
            if (line == box || Nesting.isWithin(line, bio) || line.childrenSize() > 0 || !line.hasText()) {
                continue;
            }
            String name = line.text().strip();
            if (TextStats.words(name) <= MAX_NAME_WORDS && bioText.length() > name.length()
                    && bioText.startsWith(name) && !Character.isLetterOrDigit(bioText.charAt(name.length()))) {
                return name;
            }
        }
        return null;
    }

    /**
     * The author of {@code byline} that {@code bioText} opens with, as words of their own that the bio goes on from in
     * lower case ("Anni Koskivaara on…", not "Ann Lee Parker is…"); or null.
     */
    private static String bylineOpening(String byline, String bioText) {
        String bio = SPACES.matcher(bioText).replaceAll(" ").strip();
        for (String author : AUTHORS_APART.split(byline)) {
            String name = SPACES.matcher(author).replaceAll(" ").strip();
            int end = name.length();
            if (end > 0 && bio.length() > end && bio.regionMatches(true, 0, name, 0, end)
                    && !Character.isLetterOrDigit(bio.charAt(end))
                    && !NAME_GOES_ON.matcher(bio).region(end, bio.length()).lookingAt()) {
                return name;
            }
        }
        return null;
    }

    /** Whether {@code img} is declared small and square enough to be a face, and stands in no figure: an avatar. */
    private static boolean isAvatar(Element img) {
        OptionalInt width = DeclaredSize.width(img);
        OptionalInt height = DeclaredSize.height(img);
        if (width.isEmpty() || height.isEmpty() || width.getAsInt() == 0 || height.getAsInt() == 0) {
            return false;
        }
        double aspect = (double) Math.max(width.getAsInt(), height.getAsInt())
                / Math.min(width.getAsInt(), height.getAsInt());
        return width.getAsInt() <= MAX_AVATAR_PIXELS && height.getAsInt() <= MAX_AVATAR_PIXELS
                && aspect <= MAX_AVATAR_ASPECT && img.closest(Css.FIGURES) == null;
    }
}
