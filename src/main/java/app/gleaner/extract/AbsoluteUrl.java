package app.gleaner.extract;

import java.net.URI;
import java.net.URL;

/**
 * Resolves a possibly relative reference against a base address the way a browser does, returning null for
 * anything that does not resolve to an absolute URL. Stateless and thread-safe; never throws.
 */
final class AbsoluteUrl {

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
}
