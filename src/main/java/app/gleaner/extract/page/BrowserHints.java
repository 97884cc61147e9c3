package app.gleaner.extract.page;

/**
 * Attribute names the clipper writes on its serialized copy of the page (never on the live page). Only a browser
 * knows computed styles and the image source it actually chose, so the pipeline treats these marks as strong hints.
 * The extension's {@code capture.js} writes the same names; the README documents them.
 */
public final class BrowserHints {

    /** Present on an element that computed style hides ({@code display:none}, {@code visibility:hidden}, zero size). */
    public static final String HIDDEN = "data-gleaner-hidden";
    /**
     * Present on a fixed or sticky element that covers much of the viewport or sits on a high z-index: a modal,
     * a consent wall, a bar. Its value says why: {@code cover}, {@code z} or {@code bar}.
     */
    public static final String OVERLAY = "data-gleaner-overlay";
    /** The image's {@code currentSrc}: the URL the browser actually loaded, after srcset and lazy loading. */
    public static final String CURRENT_SRC = "data-gleaner-src";

    private BrowserHints() {
    }
}
