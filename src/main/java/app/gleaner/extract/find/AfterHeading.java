package app.gleaner.extract.find;

import app.gleaner.extract.page.Find;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The stretch of a page between an article's title heading and where its text begins, as it stood before chrome
 * removal: what a page sets there, outside the box the article was found in, is the article's lead
 * ({@link ArticleLead}) and its lead picture ({@link LeadPicture}). Gives the page's elements in order from the first
 * one after the heading, the boxes around the heading, and the test that a block opens the article's text. Read once
 * per page; immutable.
 */
final class AfterHeading {

    /** Text blocks looked at after the title heading before giving up on finding where the article begins. */
    static final int MAX_SCANNED_BLOCKS = 12;
    /** Characters of a block's opening looked for in the article's text to tell that the article has begun. */
    static final int PROBE_CHARS = 60;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Element> elements;
    private final int start;
    private final Set<Element> headingBoxes;

    /** The stretch after {@code heading}, which sits in a page (a heading that does not has none). */
    AfterHeading(Element heading) {
        Element root = heading.ownerDocument() != null ? heading.ownerDocument().body() : heading.root();
        this.elements = Find.all(root);
        int index = indexOf(elements, heading);
        this.start = index < 0 ? elements.size() : index + Find.all(heading).size();
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        boxes.addAll(heading.parents());
        this.headingBoxes = Collections.unmodifiableSet(boxes);
    }

    /** The page's elements in document order; the stretch begins at {@link #start()}. */
    List<Element> elements() {
        return elements;
    }

    /** The index in {@link #elements()} of the first element after the heading and its descendants. */
    int start() {
        return start;
    }

    /** The heading's ancestors, by identity: a box among them holds the heading too. */
    Set<Element> headingBoxes() {
        return headingBoxes;
    }

    /** Whether the article's text ({@link #normalize normalized}) holds the opening of a block's ({@code block}). */
    static boolean opens(String article, String block) {
        return article.contains(block.substring(0, Math.min(PROBE_CHARS, block.length())));
    }

    /** {@code text} with its spaces collapsed, stripped and lower-cased, as {@link #opens} compares it. */
    static String normalize(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static int indexOf(List<Element> all, Element heading) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == heading) {
                return i;
            }
        }
        return -1;
    }
}
