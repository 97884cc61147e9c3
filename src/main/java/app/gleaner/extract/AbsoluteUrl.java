package app.gleaner.extract;

import java.net.URI;
import java.net.URL;
import java.util.regex.Pattern;

/**
 * Resolves a possibly relative reference against a base address the way a browser does, returning null for
 * anything that does not resolve to an absolute URL; and reads an address's path. Stateless and thread-safe; never
 * throws.
 */
final class AbsoluteUrl {

    /** An address's scheme and host, or its host alone ({@code //cdn.example}). */
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^(https?:)?//[^/]+");

    private AbsoluteUrl() {
    }

    static String resolve(String base, String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String trimmed = reference.strip();
        try {
            if (base == null || base.isBlank()) {
                return new URI(trimmed).isAbsolute() ? trimmed : null;
            }
            URL resolved = new URL(new URL(base), trimmed);
            return resolved.toExternalForm();
        } catch (Exception e) {
            return null;
        }
    }

    /** {@code address} without its scheme and host, its query and fragment kept: "/author/ann-lee?page=2". */
    static String pathOf(String address) {
        return SCHEME_AND_HOST.matcher(address.strip()).replaceFirst("");
    }
}
