package app.gleaner.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A byline a Korean wire story writes into its first paragraph, after the place and the agency and before an equals
 * sign: "(서울=연합뉴스) 박서윤 기자 = 코스피가…", "[세종=뉴스1] 정하늘 김도윤 기자 =". Each name is one word of Hangul
 * of two to four syllables, as {@link BylineLine} reads a line signed with a title. Stateless and thread-safe.
 */
final class WireDateline {

    /** Blocks after the headline whose own text is read for the opening: the story's first paragraphs. */
    static final int MAX_BLOCKS_READ = 12;
    private static final String TITLE = "(?:" + String.join("|", BylineNames.TITLES.stream().map(Pattern::quote)
            .toList()) + ")";
    /** The names after the dateline, a title and the equals sign that opens the story. */
    private static final Pattern SIGNED = Pattern.compile("((?:\\p{IsHangul}{2,4}[\\s,·]+){1,3}?)" + TITLE
            + "\\s*=");
    private static final Pattern NAME = Pattern.compile("\\p{IsHangul}{2,4}");

    private WireDateline() {
    }

    /** The names the first paragraph after {@code headline} signs with, or null. */
    static String of(Document document, Element headline) {
        if (headline == null) {
            return null;
        }
        int read = 0;
        for (Element block = after(headline); block != null && read < MAX_BLOCKS_READ; block = next(block)) {
            if (!block.isBlock() || !holdsOwnText(block)) {
                continue;
            }
            read++;
            String names = signedNames(block.text());
            if (names != null) {
                return names;
            }
        }
        return null;
    }

    /** The element after {@code element} in the page's order, its own children first. */
    private static Element next(Element element) {
        Element child = element.firstElementChild();
        return child != null ? child : after(element);
    }

    /** The element after {@code element} and all it holds. */
    private static Element after(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    /** The names {@code text} opens with after a wire's dateline, joined; null when it opens with none. */
    static String signedNames(String text) {
        Matcher dateline = BylineNames.WIRE_DATELINE.matcher(text.strip());
        if (!dateline.lookingAt()) {
            return null;
        }
        Matcher signed = SIGNED.matcher(text.strip()).region(dateline.end(), text.strip().length());
        if (!signed.lookingAt()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Matcher name = NAME.matcher(signed.group(1));
        while (name.find()) {
            if (BylineNames.REPORTER_KINDS.contains(name.group())) {
                return null; // "(서울=뉴스) 사진 기자 =": a kind of reporter, no one named
            }
            names.add(name.group());
        }
        return names.isEmpty() ? null : BylineNames.join(names);
    }

    private static boolean holdsOwnText(Element block) {
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
