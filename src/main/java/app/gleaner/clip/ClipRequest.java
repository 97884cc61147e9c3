package app.gleaner.clip;

import app.gleaner.extract.Capture;
import app.gleaner.problem.ProblemException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;

/**
 * Body of {@code POST /api/clips} and {@code POST /api/extract}: what the clipper captured.
 *
 * @param url           the page address, absolute http(s); required
 * @param title         the tab title; optional
 * @param html          the whole serialized DOM; required
 * @param selectionHtml the reader's selection; when present only it is clipped
 * @param clientId      a UUID the client picks per clip attempt, so a retry never saves twice; optional
 * <p>Unknown fields are ignored, so an older server accepts a newer clipper's captures.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClipRequest(String url, String title, String html, String selectionHtml, String clientId) {

    static final int MAX_URL_LENGTH = 8192;
    static final int MAX_TITLE_LENGTH = 2000;

    /** Checks every field and returns the pipeline's input; throws a 400 problem naming the first bad field. */
    Capture toCapture() {
        if (url == null || url.isBlank()) {
            throw ProblemException.badRequest("'url' is required: the address of the clipped page.");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw ProblemException.badRequest("'url' is longer than " + MAX_URL_LENGTH + " characters.");
        }
        requireHttpUrl(url.strip());
        if (html == null || html.isBlank()) {
            throw ProblemException.badRequest("'html' is required: the page's serialized DOM.");
        }
        if (title != null && title.length() > MAX_TITLE_LENGTH) {
            throw ProblemException.badRequest("'title' is longer than " + MAX_TITLE_LENGTH + " characters.");
        }
        requireNoControlCharacters("title", title);
        parsedClientId();
        return new Capture(url.strip(), title, html, selectionHtml);
    }

    /** The client's retry key in canonical form, or null when none was sent. */
    String parsedClientId() {
        if (clientId == null || clientId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(clientId.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("'clientId' must be a UUID.");
        }
    }

    /**
     * Refuses NUL and the other control characters text fields never need (tabs and line breaks are fine):
     * PostgreSQL cannot store or compare NUL in text, and none of them means anything in a title or a search.
     */
    static void requireNoControlCharacters(String field, String value) {
        if (value != null && value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n'
                && c != '\r')) {
            throw ProblemException.badRequest("'" + field + "' must not contain control characters.");
        }
    }

    static void requireHttpUrl(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest("'url' is not a valid address: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.badRequest("'url' must be an http or https address.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.badRequest("'url' must name a host.");
        }
    }
}
