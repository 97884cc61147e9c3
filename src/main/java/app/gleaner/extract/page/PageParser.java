package app.gleaner.extract.page;

import java.net.URI;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The parse stage: turns captured HTML into a jsoup {@link Document} whose base URI is the page address, so relative
 * links resolve as they did in the browser. Thread-safe: a fresh jsoup {@link Parser} is made per call because
 * parsers keep state. Declarative shadow roots (how the clipper serializes web components' shadow DOM) are composed
 * into the light tree as the browser rendered them ({@link ShadowRoots}), so later stages see one ordinary tree; a page
 * without shadow roots pays one scan for that. AMP's images become images ({@link AmpImages}) on the pages that have
 * them, and what its components show only while loading or failing goes ({@link AmpStandIns}); boxes that stand for
 * a picture get it ({@link ImageStandIns}).
 *
 * <p>Limits, all explicit: input longer than {@link #MAX_INPUT_CHARS} is cut (the article is nearly always near the
 * top of a document that large, and the rest is usually inlined data); elements nest at most {@link #MAX_DEPTH}
 * deep (deeper ones are attached at that depth); jsoup itself keeps at most 512 attributes per element (a fixed
 * limit of the tokenizer, not configurable in jsoup 1.24.1). Never throws: null or garbage input yields an
 * empty document.
 *
 * <p>Text is read in Unicode's composed form (NFC): a page may write "é" as "e" and an accent, which shows the same
 * but would match no rule phrase and no search a reader types.
 */
public final class PageParser {

    /** Anchors that link nowhere. */
    private static final Evaluator ANCHORS_WITHOUT_ADDRESS = Selector.evaluatorOf("a:not([href])");

    /** Longest HTML, in characters, the parser reads. */
    public static final int MAX_INPUT_CHARS = 8_000_000;
    /** Deepest element nesting kept, matching jsoup's own default. */
    public static final int MAX_DEPTH = 512;
    /** Attributes per element jsoup keeps; documented here because jsoup enforces it internally. */
    public static final int MAX_ATTRIBUTES_PER_ELEMENT = 512;
    /** What an anchor that only marks a place has; one with a class or a handler may be a control. */
    private static final Set<String> PLACE_MARK_ATTRIBUTES = Set.of("name", "id");

    /** Parses a whole document against {@code pageUrl}. */
    public Document parse(String html, String pageUrl) {
        String input = limit(html);
        Document document = Jsoup.parse(input, baseUri(pageUrl), parser());
        ShadowRoots.flatten(document);
        readAmp(document, input);
        ImageStandIns.replace(document.body());
        unwrapPlaceMarks(document.body());
        DeclaredLines.clear(document.body()); // only the pipeline marks declared lines, never the page
        return document;
    }

    /**
     * Unwraps anchors that only mark a place: {@code <a name="part2">}, or one with no {@code href} and at most an
     * {@code id} that is empty or holds blocks. They link nowhere, and jsoup reopens one left unclosed in every block
     * after it, so the article's text would read as a link's. An {@code <a id=more>} with a few words is a script's
     * control ("Show 48 comments", "Back to top") and stays one.
     */
    private static void unwrapPlaceMarks(Element body) {
        for (Element anchor : Find.all(body, ANCHORS_WITHOUT_ADDRESS)) {
            boolean marksAPlace = anchor.hasAttr("name") || anchor.childNodeSize() == 0
                    || Find.first(anchor, LooseText.BLOCK) != null;
            if (marksAPlace && anchor.attributes().asList().stream().map(Attribute::getKey)
                    .allMatch(PLACE_MARK_ATTRIBUTES::contains)) {
                anchor.unwrap();
            }
        }
    }

    /** Parses an HTML fragment, such as the reader's selection, as the body of a new document. */
    public Document parseFragment(String html, String pageUrl) {
        String base = baseUri(pageUrl);
        Document document = Document.createShell(base);
        String input = limit(html);
        document.body().appendChildren(parser().parseFragmentInput(input, document.body(), base));
        ShadowRoots.flatten(document.body());
        readAmp(document, input);
        ImageStandIns.replace(document.body());
        return document;
    }

    private static void readAmp(Document document, String input) {
        if (input.contains("<amp-")) { // a plain search spares every other page the walks
            AmpStandIns.remove(document.body());
            AmpImages.replace(document.body());
        }
    }

    /**
     * The address relative URLs of {@code document} resolve against, as in the browser: its {@code <base href>} (jsoup
     * takes the first into the document's base URI) when that is a web address, else the page's.
     */
    public static String baseOf(Document document) {
        String base = baseUri(document.baseUri());
        return base.isEmpty() ? document.location() : base;
    }

    /**
     * The page's title as a browser reads {@code document.title}: the first HTML {@code <title>} in the document,
     * wherever the parser put it. jsoup's {@link Document#title()} reads only the head, but anything a head cannot
     * hold ends the head early, and a {@code <title>} after it lands in the body. An SVG's {@code <title>} names a
     * drawing, not the page.
     */
    public static String titleOf(Document document) {
        String inHead = document.title();
        if (!inHead.isEmpty()) {
            return inHead;
        }
        for (Element title : document.getElementsByTag("title")) {
            if (Parser.NamespaceHtml.equals(title.tag().namespace())) {
                return title.text().strip();
            }
        }
        return "";
    }

    /** The page address if it is an absolute http(s) URL, otherwise empty (links then stay relative). */
    public static String baseUri(String pageUrl) {
        if (pageUrl == null || pageUrl.isBlank()) {
            return "";
        }
        try {
            URI uri = new URI(pageUrl.strip());
            String scheme = uri.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web && uri.getHost() != null ? uri.toString() : "";
        } catch (Exception e) {
            return "";
        }
    }

    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }

    private static String limit(String html) {
        if (html == null) {
            return "";
        }
        String limited = html.length() > MAX_INPUT_CHARS ? html.substring(0, MAX_INPUT_CHARS) : html;
        return TextStats.composed(limited);
    }
}
