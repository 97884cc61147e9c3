package app.gleaner.extract.page;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Tables that lay out blocks rather than data, as an email stacks its blocks in tables nested five or six deep, or an
 * old page its columns: a table's own rows, and the table's boxes turned into the plain boxes they lay out. Stateless
 * and thread-safe;
 * {@link #unwrap} changes the tree it is given.
 */
public final class LayoutTables {

    /** What a cell of a table that lays out blocks holds: a heading, another table. */
    private static final Evaluator LAID_OUT_BLOCKS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6, table");

    private LayoutTables() {
    }

    /** The rows of {@code table} itself, not of the tables in its cells. */
    public static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (isSection(child)) {
                child.children().stream().filter(row -> row.nameIs("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    /**
     * Turns each table below {@code root} that lays out blocks (no header cell or caption, and a row of one cell or a
     * cell holding a heading or another table) into the boxes it lays out: the table and its cells become
     * {@code div}s, its rows and sections go. A table of data stays.
     */
    public static void unwrap(Element root) {
        List<Element> layout = root.getElementsByTag("table").stream().filter(LayoutTables::laysOut).toList();
        for (Element table : layout) {
            for (Element row : ownRows(table)) {
                for (Element cell : row.children()) {
                    cell.tagName("div").clearAttributes();
                }
                row.unwrap();
            }
            for (Element section : table.children()) {
                if (isSection(section)) {
                    section.unwrap();
                }
            }
            table.tagName("div").clearAttributes();
        }
    }

    private static boolean laysOut(Element table) {
        List<Element> rows = ownRows(table);
        if (rows.isEmpty() || table.selectFirst("caption") != null) {
            return false;
        }
        boolean blocks = false;
        for (Element row : rows) {
            List<Element> cells = row.children();
            for (Element cell : cells) {
                if (cell.nameIs("th")) {
                    return false;
                }
                blocks |= cells.size() == 1 || Find.first(cell, LAID_OUT_BLOCKS) != null;
            }
        }
        return blocks;
    }

    private static boolean isSection(Element element) {
        return element.nameIs("tbody") || element.nameIs("thead") || element.nameIs("tfoot");
    }
}
