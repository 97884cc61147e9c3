package app.gleaner.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads the page's own {@code <style>} sheets for the cheap cases: top-level rules whose selectors are a single
 * class or id and that fix an element to the viewport, make it sticky, or hide it, or a single attribute and that fix
 * or stick one. At-rules ({@code @media}...) are skipped, since a rule that applies only on some screens says nothing
 * certain about the captured one. Each sheet is read on its own, as a browser does: a rule its end leaves open is
 * closed there, and takes no later sheet with it. Immutable once built.
 */
public final class StyleRules {

    /** The page's style sheets. */
    private static final Evaluator STYLES = Selector.evaluatorOf("style");

    /** Longest style sheet text read, so a megabyte of inlined CSS costs nothing. */
    static final int MAX_CSS_CHARS = 200_000;

    /** Declarations that fix, stick or hide an element, in a sheet's rule or an inline style alike. */
    public static final Pattern FIXED = Pattern.compile("position\\s*:\\s*fixed", Pattern.CASE_INSENSITIVE);
    public static final Pattern STICKY = Pattern.compile("position\\s*:\\s*sticky", Pattern.CASE_INSENSITIVE);
    public static final Pattern HIDDEN = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSOLUTE = Pattern.compile("position\\s*:\\s*absolute", Pattern.CASE_INSENSITIVE);
    /** A z-index of 1000 or more: "z-index: 99999", "z-index:2147483647". */
    private static final Pattern DEEP_LAYER = Pattern.compile("z-index\\s*:\\s*\\d{4}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIMPLE_SELECTOR = Pattern.compile("[.#][A-Za-z_][A-Za-z0-9_-]*");
    /**
     * An attribute with or without its value ({@code [data-moneda]}, {@code [data-bar="top"]}): read for rules that fix
     * or stick an element, not for rules that hide one, since style sheets hide {@code [hidden]} whatever its value
     * and the page's own {@code hidden="until-found"} sections are the reader's to open.
     */
    private static final Pattern ATTRIBUTE_SELECTOR = Pattern.compile(
            "\\[[A-Za-z_][A-Za-z0-9_:-]*(?:=(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+))?]");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private final List<String> fixedSelectors = new ArrayList<>();
    private final List<String> stickySelectors = new ArrayList<>();
    private final List<String> hiddenSelectors = new ArrayList<>();

    /**
     * Whether an inline style stacks its element over the page as a layer: placed absolutely, with a z-index of 1000
     * or more (an app's banner over the masthead at "z-index: 99999", an ad's sky, a tooltip's bubble). A page's own
     * boxes and figures stack a few layers deep, not a thousand. Two searches, each in one pass over the style.
     */
    public static boolean isLayered(String style) {
        return ABSOLUTE.matcher(style).find() && DEEP_LAYER.matcher(style).find();
    }

    /**
     * Whether {@code element} hides itself by its own markup: the {@code hidden} attribute (but "until-found", which
     * find-in-page opens), the clipper's mark of what the browser did not show ({@link BrowserHints#HIDDEN}) or an
     * inline style. The page's style sheet is the caller's to ask as well, through {@link #hiddenSelectors}.
     */
    public static boolean hidesItself(Element element) {
        return element.hasAttr("hidden") && !element.attr("hidden").equalsIgnoreCase("until-found")
                || element.hasAttr(BrowserHints.HIDDEN) || HIDDEN.matcher(element.attr("style")).find();
    }

    public StyleRules(Document document) {
        int budget = MAX_CSS_CHARS;
        for (Element style : Find.all(document, STYLES)) {
            if (budget <= 0) {
                break;
            }
            String css = style.data();
            boolean whole = css.length() <= budget;
            css = whole ? css : css.substring(0, budget);
            budget -= css.length();
            readTopLevelRules(COMMENTS.matcher(css).replaceAll(" "), whole);
        }
    }

    public List<String> fixedSelectors() {
        return fixedSelectors;
    }

    public List<String> stickySelectors() {
        return stickySelectors;
    }

    public List<String> hiddenSelectors() {
        return hiddenSelectors;
    }

    /** With {@code whole}, {@code css} is a whole sheet, whose end closes a rule left open. */
    private void readTopLevelRules(String css, boolean whole) {
        int depth = 0;
        int ruleStart = 0;
        int bodyStart = -1;
        String selector = null;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                if (depth == 0) {
                    selector = css.substring(ruleStart, i).strip();
                    bodyStart = i + 1;
                }
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
                if (depth == 0) {
                    if (selector != null && !selector.startsWith("@")) {
                        addRule(selector, css.substring(bodyStart, i));
                    }
                    ruleStart = i + 1;
                }
            }
        }
        if (whole && depth == 1 && selector != null && !selector.startsWith("@")) {
            addRule(selector, css.substring(bodyStart));
        }
    }

    private void addRule(String selectorList, String body) {
        // most rules set neither property: a plain search spares them the case-blind patterns
        String lower = body.toLowerCase(Locale.ROOT);
        boolean positioned = lower.contains("position");
        boolean fixed = positioned && FIXED.matcher(body).find();
        boolean sticky = positioned && !fixed && STICKY.matcher(body).find();
        boolean hidden = (lower.contains("display") || lower.contains("visibility")) && HIDDEN.matcher(body).find();
        if (!fixed && !sticky && !hidden) {
            return;
        }
        List<String> list = fixed ? fixedSelectors : sticky ? stickySelectors : hiddenSelectors;
        for (String selector : selectorList.split(",")) {
            String simple = selector.strip();
            if (SIMPLE_SELECTOR.matcher(simple).matches()
                    || list != hiddenSelectors && ATTRIBUTE_SELECTOR.matcher(simple).matches()) {
                list.add(simple);
            }
        }
    }
}
