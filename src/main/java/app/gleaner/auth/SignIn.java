package app.gleaner.auth;

import app.gleaner.config.GleanerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Decides whether a secret typed on the sign-in page opens the library: the API token always does, the configured
 * password ({@code gleaner.password}) when there is one. Both compare in constant time. Thread-safe: immutable.
 */
@ApplicationScoped
public class SignIn {

    private final ApiToken apiToken;
    private final Optional<byte[]> password;

    SignIn(ApiToken apiToken, GleanerConfig config) {
        this.apiToken = apiToken;
        this.password = config.password().filter(p -> !p.isBlank()).map(p -> p.getBytes(StandardCharsets.UTF_8));
    }

    public boolean accepts(String secret) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        boolean token = apiToken.matches(secret.strip());
        boolean pass = password.map(p -> MessageDigest.isEqual(p, secret.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
        return token || pass;
    }

    /** Whether the sign-in page should offer a password as well as the token. */
    public boolean passwordConfigured() {
        return password.isPresent();
    }
}
