package app.gleaner.auth;

import app.gleaner.config.GleanerConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * The bearer token that guards {@code /api}. Taken from {@code GLEANER_API_TOKEN} when set; otherwise generated once
 * at first start, kept in {@code <data-dir>/api-token} (owner-only), and printed to the log that one time.
 * Thread-safe: immutable after start-up.
 */
@Startup
@ApplicationScoped
public class ApiToken {

    static final String FILE_NAME = "api-token";
    private static final Logger LOG = Logger.getLogger(ApiToken.class);
    private static final int TOKEN_BYTES = 32;

    private final byte[] token;

    ApiToken(GleanerConfig config) {
        this.token = config.apiToken().filter(t -> !t.isBlank())
                .map(String::strip)
                .orElseGet(() -> storedOrGenerated(config.dataDir()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so response timing reveals nothing about the token. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String storedOrGenerated(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            if (Files.exists(file)) {
                LOG.infof("API token: kept in %s", file);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            String generated = generate();
            SecretFile.write(file, generated + "\n");
            LOG.infof("""
                    Generated an API token (shown this once, kept in %s):

                        %s

                    Paste it into the Gleaner clipper's options (server URL and API token), \
                    or set GLEANER_API_TOKEN to choose your own.""", file, generated);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the API token at " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
