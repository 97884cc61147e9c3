package app.gleaner.sanitize;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one sanitizer policy for stored articles. Keeps article markup — paragraphs, headings, links, images, figures,
 * lists, tables, quotes, code, inline emphasis, definition lists, {@code time} — and drops everything else: scripts,
 * styles, event handlers, forms, frames, {@code srcdoc}, and any URL that is not {@code http}/{@code https} (plus
 * {@code mailto} for links), so {@code javascript:} and {@code data:} URLs never survive, however they are encoded.
 * Relative URLs are resolved against the given base first and dropped when they cannot be. Every link is marked
 * {@code rel="noopener noreferrer nofollow"}.
 *
 * <p>Built once: the {@link Safelist} and {@link Cleaner} are private, never handed out, and never modified after
 * construction, so one instance may be shared by all threads. Serving stored articles with a restrictive
 * Content-Security-Policy is the second wall; this is the first.
 */
public final class ArticleSanitizer {

    /** The {@code rel} every kept link gets: no window access, no referrer, no endorsement. */
    public static final String LINK_REL = "noopener noreferrer nofollow";

    private static final String[] TEXT_TAGS = {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong", "b", "i",
        "u", "s", "sub", "sup", "small", "mark", "q", "cite", "abbr", "time", "span", "div", "section",
        "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "a", "img",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "col", "colgroup"
    };

    /**
     * Where jsoup 1.24.1 keeps an element's cached child elements: in its attributes' user data, which the
     * {@link Cleaner}'s shallow clones copy, so a clean element whose original's children were read could list the
     * original's. {@link #clean} drops it from every clean element.
     */
    private static final String CHILD_ELEMENTS_CACHE = "jsoup.childEls";

    private final Cleaner cleaner;

    /** The Gleaner policy. */
    public ArticleSanitizer() {
        this.cleaner = new Cleaner(policy());
    }

    private static Safelist policy() {
        return new Safelist()
                .addTags(TEXT_TAGS)
                .addAttributes("a", "href", "title")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("abbr", "title")
                .addAttributes("time", "datetime")
                .addAttributes("ol", "start", "reversed")
                .addAttributes("li", "value")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("col", "span")
                .addAttributes("colgroup", "span")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .addProtocols("q", "cite", "http", "https")
                .addEnforcedAttribute("a", "rel", LINK_REL);
    }

    /**
     * Safe HTML for the body fragment {@code html}, relative URLs resolved against {@code baseUri} (may be empty).
     * Never throws; null input gives an empty string.
     */
    public String sanitize(String html, String baseUri) {
        return sanitizeToBody(html, baseUri).html();
    }

    /** Like {@link #sanitize(String, String)} but returns the cleaned body element, for further reading. */
    public Element sanitizeToBody(String html, String baseUri) {
        return clean(Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri));
    }

    /**
     * Sanitizes the children of an already parsed element, without serializing and re-parsing it; the element's
     * children are moved, so it is left empty. Returns the cleaned body, whose {@code html()} is compact.
     */
    public Element sanitizeToBody(Element content, String baseUri) {
        Document dirty = Document.createShell(baseUri == null ? "" : baseUri);
        dirty.body().appendChildren(List.copyOf(content.childNodes()));
        return clean(dirty);
    }

    /**
     * Whether {@code bodyHtml} already passes this policy untouched: no tag or attribute would be removed and it
     * parses without errors. Every stored article must; a test holds hostile captures to it.
     */
    public boolean isValid(String bodyHtml) {
        return cleaner.isValidBodyHtml(bodyHtml == null ? "" : bodyHtml);
    }

    private Element clean(Document dirty) {
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.body().getAllElements().forEach(element -> element.attributes().userData(CHILD_ELEMENTS_CACHE, null));
        return clean.body();
    }
}
