package app.gleaner.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Loose text: many pages put article text straight into a {@code div} beside block children (a heading, an image
 * box). The article finder ({@code find.ArticleFinder}) wraps such runs of text and inline elements in paragraphs, so
 * they are scored like the paragraphs they are; a double line break between them starts a new one. Other stages ask
 * whether a block holds any. Stateless and thread-safe; {@link #wrap} changes the tree it is given.
 */
public final class LooseText {

    /** Elements that break a run of loose text, and whose presence marks a holder as mixing text and blocks. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "dl", "div", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul");
    static final Evaluator BLOCK = QueryParser.parse(String.join(", ", BLOCK_TAGS));
    private static final Evaluator HOLDERS =
            Selector.evaluatorOf("div, section, article, main, [itemprop=articleBody]");
    /** Line breaks in a row that end a paragraph of loose text. */
    static final int PARAGRAPH_BREAKS = 2;

    private LooseText() {
    }

    /** Wraps each run of loose text beside block children, anywhere under {@code body}, in a {@code p}. */
    public static void wrap(Element body) {
        for (Element element : Find.all(body, HOLDERS)) {
            if (!hasLooseText(element) || !hasBlockChild(element)) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            for (Node child : new ArrayList<>(element.childNodes())) {
                if (child instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    wrapRun(run);
                    run.clear();
                } else {
                    run.add(child);
                }
            }
            wrapRun(run);
        }
    }

    /** True when {@code element} holds text of its own, outside its child elements. */
    public static boolean hasLooseText(Element element) {
        // an index walk: this runs on every element, several times, and a page can have a hundred thousand
        for (int i = 0, n = element.childNodeSize(); i < n; i++) {
            if (element.childNode(i) instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** True when a child of {@code element} is a block ({@link #BLOCK_TAGS}). */
    public static boolean hasBlockChild(Element element) {
        for (int i = 0, n = element.childNodeSize(); i < n; i++) {
            if (element.childNode(i) instanceof Element child && BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a block ({@link #BLOCK_TAGS}) sits anywhere below {@code element}. Each child's subtree is read in
     * document order up to its first block, so nested holders do not read the same inline runs again.
     */
    public static boolean hasBlockBelow(Element element) {
        // from sibling to sibling: jsoup's child(i) counts the children before the i-th, which 200,000 empty
        // inline children of one box made quadratic
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (Find.first(child, BLOCK) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Wraps {@code run} in paragraphs, a new one at each {@link #PARAGRAPH_BREAKS} or more {@code <br>} in a row
     * (blank text between them aside): the breaks an old page or a rich-text editor writes between paragraphs, read
     * as Readability reads them. Such breaks go, as the paragraphs now space the text; a single one stays inside
     * its paragraph.
     */
    private static void wrapRun(List<Node> run) {
        List<Node> paragraph = new ArrayList<>();
        List<Node> breaks = new ArrayList<>();
        for (Node node : run) {
            if (node instanceof Element e && e.nameIs("br")
                    || !breaks.isEmpty() && node instanceof TextNode text && TextStats.isSpaces(text.getWholeText())) {
                breaks.add(node);
                continue;
            }
            endParagraphAt(breaks, paragraph);
            paragraph.add(node);
        }
        endParagraphAt(breaks, paragraph);
        wrapParagraph(paragraph);
    }

    /** Wraps {@code paragraph} and drops {@code breaks} when they are a paragraph break, else adds them to it. */
    private static void endParagraphAt(List<Node> breaks, List<Node> paragraph) {
        if (breaks.stream().filter(Element.class::isInstance).count() >= PARAGRAPH_BREAKS) {
            wrapParagraph(paragraph);
            paragraph.clear();
            breaks.forEach(Node::remove);
        } else {
            paragraph.addAll(breaks);
        }
        breaks.clear();
    }

    private static void wrapParagraph(List<Node> run) {
        boolean hasText = run.stream().anyMatch(n -> n instanceof TextNode t ? !t.isBlank()
                : n instanceof Element e && e.hasText());
        if (!hasText) {
            return;
        }
        Element paragraph = new Element("p");
        run.get(0).before(paragraph);
        for (Node node : run) {
            paragraph.appendChild(node);
        }
    }
}
