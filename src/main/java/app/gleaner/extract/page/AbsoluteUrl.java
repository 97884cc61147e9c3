package app.gleaner.extract.page;

import java.net.URI;
import java.net.URL;
import java.util.regex.Pattern;

/**
 * Resolves a possibly relative reference against a base address the way a browser does, returning null for
 * anything that does not resolve to an absolute URL; and reads an address's path. Stateless and thread-safe; never
 * throws.
 */
public final class AbsoluteUrl {

    /** An address's scheme and host, or its host alone ({@code //cdn.example}). */
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^(https?:)?//[^/]+");

    private AbsoluteUrl() {
    }

    public static String resolve(String base, String reference) {
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
    public static String pathOf(String address) {
        return SCHEME_AND_HOST.matcher(address.strip()).replaceFirst("");
    }
}
