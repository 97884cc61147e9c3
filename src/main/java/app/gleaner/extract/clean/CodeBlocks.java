package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.rules.RuleList;
import app.gleaner.extract.rules.SelectorGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Code blocks as a reader copies them. A highlighter draws a block in parts a browser lays out as lines: a gutter of
 * line numbers beside the code (a table cell: Chroma, Rouge, Pygments) or opening each line (Pygments' inline
 * numbers, Expressive Code), a box per line (a table row: highlight.js's line numbers, a Gist; a {@code <div>}:
 * Expressive Code, SyntaxHighlighter, CodeMirror), or no {@code <pre>} at all. Each block becomes one {@code <pre>}
 * whose text is the code: its furniture goes (the gutter, line numbers, a toolbar, a copy button inside it), each line
 * box ends its line, and a block drawn without a {@code <pre>} gets one. What the lines hold stays as it is: the
 * highlighter's tokens, the links of a documented signature, a poem's pictures. Highlighters' names are data
 * ({@code rules/code-blocks.txt}). Runs on the parsed page before any stage reads it. Immutable and thread-safe.
 */
public final class CodeBlocks {

    /** Marks the entries of {@code rules/code-blocks.txt} that are class words of a block's furniture. */
    private static final String FURNITURE_MARK = "~";
    /** Boxes that end a line of code when a highlighter draws each line as one; a row's cells are one line. */
    private static final Set<String> LINE_BOXES = Set.of("div", "p", "tr", "li", "dt", "dd", "pre", "table", "tbody",
            "thead", "tfoot", "ul", "ol", "dl", "section", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Evaluator LINE_BOX = Selector.evaluatorOf(String.join(", ", LINE_BOXES));
    /** Where a table's text cannot stand: whitespace there is the source's layout. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "tbody", "thead", "tfoot", "tr");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Line numbers, each of a few digits: a gutter counts lines, not money. */
    private static final Pattern NUMBERS = Pattern.compile("\\s*\\d{1,6}(?:\\s+\\d{1,6})+\\s*");

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
            if (drawn.parent() != null && drawn.closest(Css.PRE) == null) {
                Element pre = new Element("pre");
                drawn.replaceWith(pre);
                pre.appendChild(drawn);
            }
        }
        List<Element> blocks = Find.all(root, Css.PRE).stream()
                .filter(pre -> pre.parent() != null && pre.parent().closest(Css.PRE) == null) // CodeMirror 5's lines
                .toList();
        blocks.forEach(CodeBlocks::removeGutterBeside); // before furniture goes: the gutter's numbers tell it
        for (Element pre : blocks) {
            if (pre.parent() != null) {
                restoreLines(pre);
            }
        }
    }

    private void restoreLines(Element pre) {
        int all = pre.text().length();
        for (Element part : Find.all(pre, Css.ALL)) {
            if (part != pre && part.parent() != null && (part.nameIs("button") || isFurniture(part, all))) {
                part.remove();
            }
        }
        if (Find.all(pre, Css.ALL).stream().anyMatch(part -> part != pre && LINE_BOXES.contains(part.normalName()))) {
            Lines lines = new Lines();
            new ArrayList<>(pre.childNodes()).forEach(lines::add);
            pre.empty();
            lines.trimmed().forEach(pre::appendChild);
            for (Element part : Find.all(pre, Css.ALL)) { // SyntaxHighlighter indents with no-break spaces
                part.textNodes().forEach(node -> node.text(node.getWholeText().replace('\u00a0', ' ')));
            }
        }
    }

    /**
     * A gutter set beside the block: a table of one row and two cells, the block in one and, in the other, the
     * numbers of its lines, one for each. The table gives way to the block.
     */
    private static void removeGutterBeside(Element pre) {
        Element cell = pre.parent();
        for (int up = 0; cell != null && up < 2 && !cell.nameIs("td"); up++) {
            cell = cell.parent(); // "td > pre", "td > div.highlight > pre"
        }
        Element row = cell == null || !cell.nameIs("td") ? null : cell.parent();
        if (row == null || !row.nameIs("tr") || row.childrenSize() != 2 || !row.siblingElements().isEmpty()) {
            return;
        }
        Element table = row.parent() != null && row.parent().nameIs("table") ? row.parent() : row.closest(Css.TABLES);
        if (table == null || row.parent() != table && !row.parent().siblingElements().isEmpty()) {
            return; // rows in a head or a foot beside the body
        }
        Element gutter = row.child(0) == cell ? row.child(1) : row.child(0);
        String numbers = textOutsideButtons(gutter);
        if (NUMBERS.matcher(numbers).matches()) {
            String[] each = numbers.strip().split("\\s+");
            if (isRun(each) && each.length == pre.wholeText().lines().count()) {
                table.replaceWith(pre);
            }
        }
    }

    /** The text of {@code cell} but its buttons' (a copy button set in the gutter). */
    private static String textOutsideButtons(Element cell) {
        StringBuilder text = new StringBuilder();
        for (Element part : Find.all(cell, Css.ALL)) {
            if (part.closest("button") == null) {
                part.textNodes().forEach(node -> text.append(node.getWholeText()).append(' '));
            }
        }
        return text.toString();
    }

    /** Numbers in a run, each one more than the last: "1 2 3", "12 13". */
    private static boolean isRun(String[] each) {
        for (int i = 1; i < each.length; i++) {
            if (Integer.parseInt(each[i]) != Integer.parseInt(each[i - 1]) + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code part} is furniture: a class word of the data file names it, and it holds no letter (a number, a
     * fold marker, nothing: a number drawn by CSS) and not the whole block's text ({@code code.line-numbers}).
     */
    private boolean isFurniture(Element part, int blockLength) {
        for (String word : part.classNames()) {
            if (furniture.contains(word.toLowerCase(Locale.ROOT))) {
                String text = part.text();
                return !LETTER.matcher(text).find() && (text.isBlank() || text.length() < blockLength);
            }
        }
        return false;
    }

    /**
     * A block's nodes laid out as lines: a line box's content on a line of its own, a cell after another cell in a
     * row after a tab, everything else (text, tokens, links, pictures) as it stands.
     */
    private static final class Lines {
        private final List<Node> nodes = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        void add(Node node) {
            if (node instanceof TextNode textNode) {
                if (!textNode.isBlank() || !isBetweenBoxes(textNode)) {
                    put(new TextNode(textNode.getWholeText()), textNode.getWholeText());
                }
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    put(new TextNode("\n"), "\n");
                } else if (LINE_BOXES.contains(element.normalName())) {
                    endLine();
                    int start = text.length();
                    new ArrayList<>(element.childNodes()).forEach(this::add);
                    endLine();
                    if (text.length() == start) {
                        put(new TextNode("\n"), "\n"); // an empty line's box: a blank line
                    }
                } else if (element.nameIs("td") || element.nameIs("th")) {
                    if (element.previousElementSibling() != null) {
                        put(new TextNode("\t"), "\t");
                    }
                    new ArrayList<>(element.childNodes()).forEach(this::add);
                } else if (Find.first(element, LINE_BOX) == null) {
                    put(element, element.wholeText()); // a token, a link, a picture: whole
                } else {
                    new ArrayList<>(element.childNodes()).forEach(this::add); // a wrapper of boxes ("<code>")
                }
            }
        }

        private void put(Node node, String itsText) {
            node.remove();
            nodes.add(node);
            text.append(itsText);
        }

        private void endLine() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                put(new TextNode("\n"), "\n");
            }
        }

        /** The nodes without the blank lines before the first line and after the last. */
        List<Node> trimmed() {
            while (!nodes.isEmpty() && nodes.get(0) instanceof TextNode first && first.isBlank()
                    && first.getWholeText().contains("\n")) {
                nodes.remove(0);
            }
            while (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof TextNode last && last.isBlank()) {
                nodes.remove(nodes.size() - 1);
            }
            return nodes;
        }

        /**
         * Whether a blank {@code text} only lays out the page's source: it stands in a table's rows, where no text
         * shows, or beside a line's box ("<tr>\n  <td>"), not inside one (a blank line's "<div class=code>\n</div>").
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
    }
}
