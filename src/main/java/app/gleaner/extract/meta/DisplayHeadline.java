package app.gleaner.extract.meta;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.TextStats;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The headline of a page without an {@code <h1>}, as its markup shows it: the first line set large and bold (a
 * {@code <font size="5"><b>}, an inline {@code font-size: 18pt; font-weight: bold}) that stands above the story's
 * prose. Hand-written and exported pages of the old web name only their site in the tab and show the story's
 * headline this way ("Pete's Radio Shack - 40m Dipole" over a {@code <font size=5><b>Building a simple wire dipole
 * for 40 metres</b></font>}). A lower heading is no such line: a blog's {@code <h2>} is as often its date or a
 * section's name.
 */
final class DisplayHeadline {

    /** A {@code <font size>} from this size up is a headline's (3 is the text's, 4 is 18px, 5 is 24px). */
    public static final int MIN_FONT_SIZE = 4;
    /** An inline font size from this many points up is a headline's (text is 12pt). */
    public static final double MIN_POINTS = 14;
    /** Points per CSS pixel. */
    private static final double POINTS_PER_PIXEL = 0.75;
    /** Points per em of the text's size. */
    private static final double POINTS_PER_EM = 12;
    /** Words a headline holds, at least and at most (a character of a script without spaces counting half). */
    public static final int MIN_WORDS = 2;
    public static final int MAX_WORDS = 40;
    /** Words of a text node that make it the story's prose (CJK characters count one each). */
    public static final int PROSE_WORDS = 20;
    /** Text nodes read after a line for the prose it stands above. */
    public static final int MAX_NODES_TO_PROSE = 12;
    private static final Evaluator LINES = Selector.evaluatorOf("font[size], [style*=font-size]");
    private static final Pattern FONT_SIZE = Pattern.compile(
            "font-size\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*(pt|px|em|rem)|font-size\\s*:\\s*(x*-?large)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    /** What sets a line in bold: its tags, and a heading's, which a browser shows bold. */
    private static final Evaluator BOLD = Selector.evaluatorOf("b, strong, h2, h3, h4, h5, h6");
    private static final Pattern BOLD_STYLE = Pattern.compile("(?i)font-weight\\s*:\\s*(?:bold|[6-9]00)");

    private DisplayHeadline() {
    }

    /**
     * The first line of {@code document} set large and bold, of a headline's length, outside links and not the site's
     * name, that the story's prose follows; null when none does, or when the page shows the declared {@code title} as a
     * line of its own (a linked headline, a heading set by a class) and it names more than the site.
     */
    static String of(Document document, String written, String title, List<String> siteNames) {
        if (document.body() == null) {
            return null;
        }
        for (Element line : Find.all(document.body(), LINES)) {
            if (!isLarge(line)) {
                continue;
            }
            String text = SPACES.matcher(line.text()).replaceAll(" ").strip();
            int words = TextStats.wordsCjkHalved(text);
            if (words < MIN_WORDS || words > MAX_WORDS || !isBold(line) || line.closest(Css.ANCHORS) != null
                    || Find.first(line, Css.ANCHORS) != null
                    || HeadingTitle.namesSite(text, written, siteNames, document)) {
                continue;
            }
            if (standsAboveProse(line)) {
                boolean siteOnly = title != null && HeadingTitle.namesSite(title, written, siteNames, document);
                return !siteOnly && shows(document.body(), title, line) ? null : text;
            }
        }
        return null;
    }

    /**
     * Whether a text node of {@code body} outside the large {@code line} opens with {@code title}, case and runs of
     * spaces aside: the page shows it as a line ("Restoring a 1950s bench vise, part 2").
     */
    private static boolean shows(Element body, String title, Element line) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String wanted = SPACES.matcher(title).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return body.stream().anyMatch(element -> !Nesting.isWithin(element, line) && element.textNodes().stream()
                .map(text -> SPACES.matcher(text.getWholeText()).replaceAll(" ").strip().toLowerCase(Locale.ROOT))
                .anyMatch(shown -> shown.startsWith(wanted)));
    }

    /**
     * Whether {@code line} is set in bold: inside or around a {@code <b>}, a {@code <strong>} or a heading that holds
     * all its words, or by its style. A slogan, a pull quote or a standfirst set large is set in italics or plain.
     */
    private static boolean isBold(Element line) {
        if (BOLD_STYLE.matcher(line.attr("style")).find() || line.closest(BOLD) != null) {
            return true;
        }
        Element bold = Find.first(line, BOLD);
        return bold != null && bold.text().strip().length() == line.text().strip().length();
    }

    private static boolean isLarge(Element line) {
        if (line.nameIs("font") && line.hasAttr("size")) {
            return fontSize(line.attr("size").strip()) >= MIN_FONT_SIZE;
        }
        Matcher size = FONT_SIZE.matcher(line.attr("style"));
        if (!size.find()) {
            return false;
        }
        if (size.group(3) != null) {
            return true;
        }
        double value = Double.parseDouble(size.group(1));
        double points = switch (size.group(2).toLowerCase(Locale.ROOT)) {
            case "px" -> value * POINTS_PER_PIXEL;
            case "em", "rem" -> value * POINTS_PER_EM;
            default -> value;
        };
        return points >= MIN_POINTS;
    }

    /** A {@code <font size>}'s absolute size: "+2" is 5, "-1" is 2; 0 when it reads as none. */
    private static int fontSize(String size) {
        try {
            if (size.startsWith("+") || size.startsWith("-")) {
                return 3 + Integer.parseInt(size);
            }
            return Integer.parseInt(size);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether a text node of prose follows {@code line} within a few text nodes, before any other large line. */
    private static boolean standsAboveProse(Element line) {
        int read = 0;
        Node node = Nesting.nextNodeAfter(line);
        while (node != null && read < MAX_NODES_TO_PROSE) {
            if (node instanceof Element element && isLarge(element)) {
                return false;
            }
            if (node instanceof TextNode text && !text.isBlank()) {
                if (TextStats.words(text.getWholeText()) >= PROSE_WORDS && text.parent() != null
                        && text.parent().closest(Css.ANCHORS) == null) {
                    return true;
                }
                read++;
            }
            node = Nesting.nextNodeInOrder(node);
        }
        return false;
    }
}
