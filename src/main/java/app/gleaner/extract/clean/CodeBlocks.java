package app.gleaner.extract.clean;

import app.gleaner.extract.rules.RuleList;
import app.gleaner.extract.rules.SelectorGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Code blocks as a reader copies them. A highlighter draws a block in parts a browser lays out as lines: a gutter of
 * line numbers beside the code (a table cell: Chroma, Rouge, Pygments) or opening each line (Pygments' inline
 * numbers, Expressive Code), a box per line (a table row: highlight.js's line numbers; a {@code <div>}: Expressive
 * Code, SyntaxHighlighter), or no {@code <pre>} at all (an editor's lines). Each block becomes one {@code <pre>}
 * whose text is the code: its furniture goes (the gutter, line numbers, a toolbar, a copy button inside it), each line
 * box ends its line, and a block drawn without a {@code <pre>} gets one. What a highlighter wraps stays as it is
 * (its tokens, the links of a documented signature), unless the block's lines are boxes, which leave plain text.
 * Highlighters' names are data ({@code rules/code-blocks.txt}). Runs on the parsed page before any stage reads it.
 * Immutable and thread-safe.
 */
public final class CodeBlocks {

    /** Marks the entries of {@code rules/code-blocks.txt} that are class words of a block's furniture. */
    private static final String FURNITURE_MARK = "~";
    /** Boxes that end a line of code when a highlighter draws each line as one; a row's cells are one line. */
    private static final Set<String> LINE_BOXES = Set.of("div", "p", "tr", "li", "dt", "dd", "pre", "table", "tbody",
            "thead", "ul", "ol", "dl", "section", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Where a table's text cannot stand: whitespace there is the source's layout. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "tbody", "thead", "tfoot", "tr");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \t]*\n)+");
    private static final Evaluator MEDIA = Selector.evaluatorOf(String.join(", ", LabelledBlocks.MEDIA_TAGS));
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern NUMBERS = Pattern.compile("\\s*\\d+(?:\\s+\\d+)+\\s*");
    /** How far above a {@code <pre>} its table cell may be: {@code td > div.highlight > pre}. */
    private static final int CELL_REACH = 3;

    private final SelectorGroup drawnWithoutPre;
    private final Set<String> furniture;

    /** Rules from the bundled data file. */
    public CodeBlocks() {
        this(RuleList.load("code-blocks.txt"));
    }

    CodeBlocks(List<String> entries) {
        this.drawnWithoutPre = SelectorGroup.of(RuleList.unmarked(entries, FURNITURE_MARK));
        this.furniture = Set.copyOf(RuleList.marked(entries, FURNITURE_MARK).stream()
                .map(word -> word.toLowerCase(Locale.ROOT)).toList());
    }

    /** Restores every code block below {@code root} in place. */
    public void restore(Element root) {
        for (Element drawn : drawnWithoutPre.select(root)) {
            if (drawn.parent() != null && drawn.closest("pre") == null) {
                Element pre = new Element("pre");
                drawn.replaceWith(pre);
                pre.appendChild(drawn);
            }
        }
        for (Element pre : root.select("pre")) {
            if (pre.parent() != null && pre.parent().closest("pre") == null) { // the outermost: CodeMirror 5's lines
                restoreBlock(pre);
            }
        }
    }

    private void restoreBlock(Element pre) {
        removeGutterCells(pre);
        for (Element part : pre.select("*")) {
            if (part != pre && part.parent() != null && (part.nameIs("button") || isFurniture(part))) {
                part.remove();
            }
        }
        if (pre.select("*").stream().anyMatch(part -> part != pre && LINE_BOXES.contains(part.normalName()))) {
            StringBuilder code = new StringBuilder();
            for (Node child : pre.childNodes()) {
                appendLines(child, code);
            }
            String text = code.toString().replace('\u00a0', ' ').lines().map(String::stripTrailing)
                    .collect(Collectors.joining("\n"));
            pre.empty().appendElement("code").appendChild(new TextNode(LEADING_BLANK_LINES.matcher(text).replaceFirst("")
                    .stripTrailing()));
        }
    }

    /**
     * A table row that sets the block beside a gutter: the cell of line numbers (or of nothing, its numbers drawn by
     * CSS or gone as furniture) goes, and a table of that one row gives way to the block.
     */
    private static void removeGutterCells(Element pre) {
        Element cell = pre.parent();
        for (int up = 1; cell != null && up < CELL_REACH && !cell.nameIs("td"); up++) {
            cell = cell.parent();
        }
        if (cell == null || !cell.nameIs("td") || cell.parent() == null || !cell.parent().nameIs("tr")) {
            return;
        }
        Element row = cell.parent();
        List<Element> gutters = new ArrayList<>();
        for (Element other : row.children()) {
            other.select("button").remove(); // a copy button set in the gutter
            String text = other.text();
            boolean blank = text.isBlank() && other.selectFirst(MEDIA) == null; // its numbers drawn by CSS, or gone
            if (other != cell && (blank || isNumberRun(text))) {
                gutters.add(other);
            }
        }
        if (gutters.isEmpty()) {
            return;
        }
        gutters.forEach(Element::remove);
        Element table = row.closest("table");
        if (table != null && table.select("tr").size() == 1) {
            table.replaceWith(pre);
        }
    }

    /** Line numbers in a run, each one more than the last: "1 2 3", "12 13". */
    private static boolean isNumberRun(String text) {
        if (!NUMBERS.matcher(text).matches()) {
            return false;
        }
        String[] numbers = text.strip().split("\\s+");
        for (int i = 1; i < numbers.length; i++) {
            if (Long.parseLong(numbers[i]) != Long.parseLong(numbers[i - 1]) + 1) {
                return false;
            }
        }
        return true;
    }

    private boolean isFurniture(Element part) {
        for (String word : part.classNames()) {
            if (furniture.contains(word.toLowerCase(Locale.ROOT))) {
                return !LETTER.matcher(part.text()).find();
            }
        }
        return false;
    }

    /** Appends {@code node}'s text to {@code code}, each line box on lines of its own. */
    private static void appendLines(Node node, StringBuilder code) {
        if (node instanceof TextNode text) {
            if (!text.isBlank() || !isBetweenBoxes(text)) {
                code.append(text.getWholeText());
            }
        } else if (node instanceof Element element) {
            if (element.nameIs("br")) {
                code.append('\n');
                return;
            }
            boolean box = LINE_BOXES.contains(element.normalName());
            if (box) {
                endLine(code);
            }
            int start = code.length();
            for (Node child : element.childNodes()) {
                appendLines(child, code);
            }
            if (box) {
                endLine(code);
                if (code.length() == start) {
                    code.append('\n'); // an empty line's box: a blank line
                }
            }
        }
    }

    /**
     * Whether a blank {@code text} only lays out the page's source: it stands in a table's rows, where no text shows,
     * or beside a line's box ("<tr>\n  <td>"), not inside one (a blank line's "<div class=code>\n</div>").
     */
    private static boolean isBetweenBoxes(TextNode text) {
        Node parent = text.parentNode();
        if (parent instanceof Element element && TABLE_PARTS.contains(element.normalName())) {
            return true;
        }
        return isBox(text.previousSibling()) || isBox(text.nextSibling());
    }

    private static boolean isBox(Node node) {
        return node instanceof Element element && LINE_BOXES.contains(element.normalName());
    }

    private static void endLine(StringBuilder code) {
        if (!code.isEmpty() && code.charAt(code.length() - 1) != '\n') {
            code.append('\n');
        }
    }
}
