package app.gleaner.auth;

import app.gleaner.config.GleanerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs library session cookies: generated once, kept in {@code <data-dir>/session-secret}
 * (owner-only). Deleting the file and restarting signs every browser out. Thread-safe: immutable after start-up; each
 * call builds its own {@link Mac}.
 */
@ApplicationScoped
public class SessionSecret {

    static final String FILE_NAME = "session-secret";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    @Inject
    SessionSecret(GleanerConfig config) {
        this(storedOrGenerated(config.dataDir().resolve(FILE_NAME).toAbsolutePath()));
    }

    SessionSecret(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** HMAC-SHA256 of {@code message} under the session key. */
    public byte[] sign(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] storedOrGenerated(Path file) {
        try {
            if (Files.exists(file)) {
                return HexFormat.of().parseHex(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            byte[] generated = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(generated);
            SecretFile.write(file, HexFormat.of().formatHex(generated) + "\n");
            return generated;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read or write the session secret at " + file
                    + " (delete it to have a new one generated)", e);
        }
    }
}
