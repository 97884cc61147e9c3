package app.gleaner.library.export;

import app.gleaner.clip.ClipView;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One clip as Markdown (CommonMark with GitHub tables): a title, a source line, then the sanitized article converted
 * element by element — headings, paragraphs, emphasis, links, images, lists (nested), block quotes, code, simple
 * tables. Text is escaped so a title like {@code *[x](javascript:…)*} stays text. Stateless and thread-safe.
 */
public final class MarkdownExporter {

    private static final String SPECIAL = "\\`*_[]<>#|!";
    /** Elements that stand as blocks of their own; anything else runs in its line of text. */
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "figcaption", "summary",
            "ul", "ol", "blockquote", "pre", "hr", "table", "div", "section", "article", "figure", "header", "footer",
            "main", "aside", "details", "dl", "dt", "dd");

    public String export(ClipView clip) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(clip.title())).append("\n\n");
        List<String> meta = new java.util.ArrayList<>();
        if (clip.byline() != null) {
            meta.add("By " + escape(clip.byline()));
        }
        if (clip.siteName() != null) {
            meta.add(escape(clip.siteName()));
        }
        meta.add("[Original](" + url(clip.url()) + ")");
        md.append(String.join(" · ", meta)).append("\n\n");
        if (!clip.tags().isEmpty()) {
            md.append("Tags: ").append(escape(String.join(", ", clip.tags()))).append("\n\n");
        }
        md.append("---\n\n");
        blocks(Jsoup.parseBodyFragment(clip.contentHtml() == null ? "" : clip.contentHtml()).body(), md, "");
        return md.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /**
     * The children of {@code parent} as Markdown blocks: each block element in turn, and each run of text and inline
     * elements between them (a box's sentence with its links and emphasis) as one paragraph.
     */
    private void blocks(Element parent, StringBuilder md, String indent) {
        StringBuilder run = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                paragraph(run.toString(), md, indent);
                run.setLength(0);
                block(element, md, indent);
            } else {
                run.append(node instanceof Element element ? inlineElement(element) : inlineText(node));
            }
        }
        paragraph(run.toString(), md, indent);
    }

    private void block(Element e, StringBuilder md, String indent) {
        switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> md.append(indent)
                    .append("#".repeat(Math.min(6, e.normalName().charAt(1) - '0' + 1))).append(' ')
                    .append(inline(e).strip()).append("\n\n");
            case "p", "figcaption", "summary" -> paragraph(inline(e), md, indent);
            case "ul", "ol" -> list(e, md, indent);
            case "blockquote" -> {
                StringBuilder inner = new StringBuilder();
                blocks(e, inner, "");
                for (String line : inner.toString().strip().split("\n", -1)) {
                    md.append(indent).append(line.isEmpty() ? ">" : "> " + line).append('\n');
                }
                md.append('\n');
            }
            case "pre" -> {
                String code = e.wholeText().replaceAll("\n+$", "");
                String fence = code.contains("```") ? "~~~~" : "```";
                md.append(indent).append(fence).append('\n').append(code).append('\n').append(indent).append(fence)
                        .append("\n\n");
            }
            case "hr" -> md.append(indent).append("---\n\n");
            case "table" -> table(e, md, indent);
            case "div", "section", "article", "figure", "header", "footer", "main", "aside", "details", "dl" ->
                    blocks(e, md, indent);
            default -> paragraph(inline(e), md, indent);
        }
    }

    private static void paragraph(String text, StringBuilder md, String indent) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            md.append(indent).append(stripped.replace("\n", "\n" + indent)).append("\n\n");
        }
    }

    private void list(Element list, StringBuilder md, String indent) {
        int number = 1;
        for (Element item : list.children()) {
            String marker = list.normalName().equals("ol") ? (number++) + ". " : "- ";
            StringBuilder text = new StringBuilder();
            Element nested = null;
            for (Node child : item.childNodes()) {
                if (child instanceof Element el && (el.normalName().equals("ul") || el.normalName().equals("ol"))) {
                    nested = el;
                } else {
                    text.append(child instanceof Element el ? inlineElement(el) : inlineText(child));
                }
            }
            md.append(indent).append(marker).append(text.toString().strip()).append('\n');
            if (nested != null) {
                StringBuilder inner = new StringBuilder();
                list(nested, inner, indent + " ".repeat(marker.length()));
                md.append(inner.toString().stripTrailing()).append('\n');
            }
        }
        md.append('\n');
    }

    private void table(Element table, StringBuilder md, String indent) {
        List<Element> rows = table.select("tr");
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(r -> r.select("> th, > td").size()).max().orElse(0);
        for (int r = 0; r < rows.size(); r++) {
            List<Element> cells = rows.get(r).select("> th, > td");
            StringBuilder line = new StringBuilder(indent).append('|');
            for (int c = 0; c < columns; c++) {
                line.append(' ').append(c < cells.size() ? inline(cells.get(c)).strip().replace("\n", " ") : "")
                        .append(" |");
            }
            md.append(line).append('\n');
            if (r == 0) {
                md.append(indent).append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        md.append('\n');
    }

    private String inline(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node child : e.childNodes()) {
            out.append(child instanceof Element el ? inlineElement(el) : inlineText(child));
        }
        return out.toString();
    }

    private static String inlineText(Node node) {
        return node instanceof TextNode text ? escape(text.text()) : "";
    }

    private String inlineElement(Element e) {
        return switch (e.normalName()) {
            case "strong", "b" -> wrap("**", inline(e));
            case "em", "i" -> wrap("_", inline(e));
            case "code" -> code(e.text());
            case "br" -> "  \n";
            case "img" -> image(e);
            case "a" -> e.hasAttr("href") ? "[" + inline(e).strip() + "](" + url(e.absUrl("href").isEmpty()
                    ? e.attr("href") : e.absUrl("href")) + ")" : inline(e);
            default -> inline(e);
        };
    }

    private static String wrap(String mark, String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? text : mark + stripped + mark;
    }

    private static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        return fence + (text.startsWith("`") || text.endsWith("`") ? " " + text + " " : text) + fence;
    }

    private static String image(Element img) {
        return "![" + escape(img.attr("alt")) + "](" + url(img.attr("src")) + ")";
    }

    /** Text with Markdown's punctuation backslash-escaped; white space folded. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A link destination: characters that would end or break it are percent-encoded. */
    static String url(String url) {
        if (url == null) {
            return "";
        }
        return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                .replace("<", "%3C").replace(">", "%3E").replace("\n", "").replace("\r", "");
    }
}
