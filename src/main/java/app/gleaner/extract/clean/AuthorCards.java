package app.gleaner.extract.clean;

import app.gleaner.extract.page.DeclaredLines;
import app.gleaner.extract.page.DeclaredSize;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds an author's card by how it is built, whatever its class names say (a styled component's hash, "…Wrapper"):
 * an avatar and a few sentences about the writer that open with the writer's name, given as a link to the author's
 * page ("<a href=/contributor/…>Camila Restrepo-Vance</a> is a contributing editor…") or as a line of its own that
 * the bio then opens with ("Camille Ferrand" / "Camille Ferrand est journaliste…"). The card is the smallest box
 * around the bio that holds the avatar, a picture declared {@link #MAX_AVATAR_PIXELS} square at most, and says at
 * most {@link #MAX_CARD_WORDS} words with no part of a story in it. A name that links nowhere must close the text,
 * no prose after its card: the card of the person a story is about, set in its text, stays, and so do a portrait in a
 * figure and a bio without its avatar. Part of {@link ContentCleaner}. Stateless and
 * thread-safe.
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
    /** Boxes a card may be. */
    private static final Set<String> CARD_TAGS = Set.of("div", "section", "aside", "footer");
    /** What a card never holds: the story's parts, and the figure a portrait stands in. */
    private static final String STORY_PARTS = "h1, h2, ul, ol, table, blockquote, pre, video, iframe, figure";

    private AuthorCards() {
    }

    /**
     * Removes the author cards below {@code article}, noting each in {@code log}. The search starts from the avatars,
     * which are few, not from the paragraphs, and climbs no further than a card's words.
     */
    static void removeFrom(Element article, RemovalLog log) {
        List<Element> cards = new ArrayList<>();
        for (Element img : article.getElementsByTag("img")) {
            Element card = isAvatar(img) ? cardAround(img, article) : null;
            if (card != null && !cards.contains(card) && !DeclaredLines.touch(card)) {
                cards.add(card);
            }
        }
        cards.forEach(log::remove);
    }

    /** The smallest box around {@code avatar}, below {@code article}, that is a writer's card; null when none is. */
    private static Element cardAround(Element avatar, Element article) {
        for (Element box = avatar.parent(); box != null && box != article && CARD_TAGS.contains(box.normalName());
                box = box.parent()) {
            if (TextStats.wordsCjkHalvedExceed(box, MAX_CARD_WORDS) || box.selectFirst(STORY_PARTS) != null) {
                return null;
            }
            for (Element bio : box.getElementsByTag("p")) {
                String text = bio.text();
                int words = TextStats.words(text);
                if (words < MIN_BIO_WORDS || !TextStats.endsASentence(text)) {
                    continue;
                }
                boolean linkedName = opensWithAuthorLink(bio);
                if (linkedName || holdsNameLineOpening(box, bio, text)) {
                    // a name linked to the site's author page is a writer's; a name alone may be the story's subject's
                    return linkedName || closesTheText(box, article) ? box : null;
                }
            }
        }
        return null;
    }

    /**
     * Whether no paragraph of prose follows {@code card} in {@code article}: a writer's card closes the text, where a
     * card set in it introduces the person the story is about ("Who is Zeynep Aksoy?").
     */
    private static boolean closesTheText(Element card, Element article) {
        for (Element at = card; at != null && at != article; at = at.parent()) {
            for (Element next = at.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (next.select("p").stream().anyMatch(TextStats::isProseParagraph)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code bio} opens with a link to its writer's page ({@link AuthorLinks}), words following it. */
    private static boolean opensWithAuthorLink(Element bio) {
        Node first = bio.childNodeSize() == 0 ? null : bio.childNode(0);
        while (first instanceof TextNode blank && blank.isBlank()) {
            first = first.nextSibling();
        }
        return first instanceof Element link && AuthorLinks.isAuthorLink(link) && link.hasText()
                && TextStats.words(link.text()) <= MAX_NAME_WORDS;
    }

    /** Whether {@code box} holds, beside {@code bio}, a line of a few words that {@code bioText} opens with. */
    private static boolean holdsNameLineOpening(Element box, Element bio, String bioText) {
        for (Element line : box.getAllElements()) {
            if (line == box || Nesting.isWithin(line, bio) || line.childrenSize() > 0 || !line.hasText()) {
                continue;
            }
            String name = line.text().strip();
            if (TextStats.words(name) <= MAX_NAME_WORDS && bioText.length() > name.length()
                    && bioText.startsWith(name) && !Character.isLetterOrDigit(bioText.charAt(name.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code img} is declared small and square enough to be a face: an avatar. */
    private static boolean isAvatar(Element img) {
        int width = DeclaredSize.width(img).orElse(Integer.MAX_VALUE);
        int height = DeclaredSize.height(img).orElse(Integer.MAX_VALUE);
        return width <= MAX_AVATAR_PIXELS && height <= MAX_AVATAR_PIXELS && img.closest("figure") == null;
    }
}
