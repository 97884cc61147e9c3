package app.gleaner.auth;

import app.gleaner.config.GleanerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which browser origins may send Gleaner state-changing requests: the server's own origin and those listed in
 * {@code gleaner.cors.origins} (exact, or a regular expression between slashes, as Quarkus' CORS filter reads the
 * same list). The opaque origin {@code null} (sandboxed frames, {@code data:} documents) is never allowed.
 * Thread-safe: immutable after construction.
 */
@ApplicationScoped
public class AllowedOrigins {

    private final List<Pattern> patterns;

    @Inject
    AllowedOrigins(GleanerConfig config) {
        this(config.cors().origins());
    }

    AllowedOrigins(List<String> entries) {
        this.patterns = entries.stream().map(String::strip).filter(e -> !e.isEmpty()).map(AllowedOrigins::pattern)
                .toList();
    }

    /**
     * Whether a request carrying {@code origin} and addressed to {@code host} (the {@code Host} header) may change
     * state.
     */
    public boolean allows(String origin, String host) {
        String candidate = origin.strip();
        if (candidate.equalsIgnoreCase("null")) {
            return false;
        }
        return isSameOrigin(candidate, host) || patterns.stream().anyMatch(p -> p.matcher(candidate).matches());
    }

    /**
     * Same host and port as the {@code Host} header, whatever the scheme: behind a TLS-terminating proxy the page is
     * https while Gleaner itself is reached over http.
     */
    private static boolean isSameOrigin(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return false;
            }
            return authority(uri.getHost(), uri.getPort(), scheme).equals(hostHeader(host, scheme));
        } catch (Exception e) {
            return false;
        }
    }

    private static String hostHeader(String host, String scheme) throws Exception {
        URI uri = new URI(scheme + "://" + host.strip());
        return authority(uri.getHost(), uri.getPort(), scheme);
    }

    private static String authority(String host, int port, String scheme) {
        int defaultPort = scheme.equalsIgnoreCase("https") ? 443 : 80;
        String name = host.toLowerCase(Locale.ROOT);
        return port == -1 || port == defaultPort ? name : name + ":" + port;
    }

    private static Pattern pattern(String entry) {
        if (entry.length() > 1 && entry.startsWith("/") && entry.endsWith("/")) {
            return Pattern.compile(entry.substring(1, entry.length() - 1));
        }
        return Pattern.compile(Pattern.quote(entry), Pattern.CASE_INSENSITIVE);
    }
}
