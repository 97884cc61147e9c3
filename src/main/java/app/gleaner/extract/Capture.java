package app.gleaner.extract;

/**
 * What the clipper captured in the reader's browser: the page address, its title, the serialized rendered DOM and,
 * optionally, the reader's selection. This is the pipeline's only input; it knows nothing of HTTP.
 *
 * @param url           absolute http(s) address of the page, used as the base for relative links
 * @param title         the tab's title as the browser showed it, may be null
 * @param html          the whole serialized document (doctype + {@code documentElement.outerHTML}), never null
 * @param selectionHtml HTML of the reader's selection, or null to clip the whole article
 */
public record Capture(String url, String title, String html, String selectionHtml) {

    public boolean hasSelection() {
        return selectionHtml != null && !selectionHtml.isBlank();
    }
}
