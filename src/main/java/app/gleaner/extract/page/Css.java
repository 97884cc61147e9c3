package app.gleaner.extract.page;

import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The selectors many stages ask of many elements, parsed once: jsoup parses a selector given as a string on every
 * call, and the stages ask these of every candidate box, paragraph and picture. A selector one stage asks stays a
 * constant of that stage.
 */
public final class Css {

    /** A link that leads somewhere. */
    public static final Evaluator LINKS = Selector.evaluatorOf("a[href]");
    /** Any {@code <a>}, with or without an address. */
    public static final Evaluator ANCHORS = Selector.evaluatorOf("a");
    /** A link or a button: what a call to act is made of. */
    public static final Evaluator LINKS_AND_BUTTONS = Selector.evaluatorOf("a[href], button");
    public static final Evaluator PARAGRAPHS = Selector.evaluatorOf("p");
    public static final Evaluator H1 = Selector.evaluatorOf("h1");
    public static final Evaluator LIST_ITEMS = Selector.evaluatorOf("li");
    public static final Evaluator BLOCKQUOTES = Selector.evaluatorOf("blockquote");
    public static final Evaluator PRE = Selector.evaluatorOf("pre");
    public static final Evaluator IMAGES = Selector.evaluatorOf("img");
    public static final Evaluator IMAGES_WITH_ALT = Selector.evaluatorOf("img[alt]");
    /** An image or a {@code <picture>}. */
    public static final Evaluator PICTURES = Selector.evaluatorOf("img, picture");
    public static final Evaluator FIGURES = Selector.evaluatorOf("figure");
    public static final Evaluator TABLES = Selector.evaluatorOf("table");
    public static final Evaluator ROWS = Selector.evaluatorOf("tr");
    /** A row's own cells, asked of the row: not the cells of a table nested in one. */
    public static final Evaluator OWN_CELLS = Selector.evaluatorOf("> td, > th");
    /** Every element. */
    public static final Evaluator ALL = Selector.evaluatorOf("*");

    private Css() {
    }
}
