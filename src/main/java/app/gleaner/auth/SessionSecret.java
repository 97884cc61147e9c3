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
 * (owner-only). Deleting the file and restarting signs every browser out, and so does {@link #rotate()}, which
 * changing the password calls. Thread-safe: the key is replaced as a whole (a request signed or verified at the
 * moment of a rotation sees the old key or the new one); each call builds its own {@link Mac}.
 */
@ApplicationScoped
public class SessionSecret {

    static final String FILE_NAME = "session-secret";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    /** Where the key is kept; null for a key that lives in memory only (tests). */
    private final Path file;
    private volatile SecretKeySpec key;

    @Inject
    SessionSecret(GleanerConfig config) {
        this(config.dataDir().resolve(FILE_NAME).toAbsolutePath());
    }

    private SessionSecret(Path file) {
        this.file = file;
        this.key = new SecretKeySpec(storedOrGenerated(file), ALGORITHM);
    }

    SessionSecret(byte[] key) {
        this.file = null;
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * Replaces the key with a new random one, kept in the same file: every session cookie and CSRF token issued so
     * far stops verifying.
     */
    public synchronized void rotate() {
        byte[] fresh = generate();
        if (file != null) {
            try {
                SecretFile.write(file, HexFormat.of().formatHex(fresh) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the session secret at " + file, e);
            }
        }
        key = new SecretKeySpec(fresh, ALGORITHM);
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
            byte[] generated = generate();
            SecretFile.write(file, HexFormat.of().formatHex(generated) + "\n");
            return generated;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read or write the session secret at " + file
                    + " (delete it to have a new one generated)", e);
        }
    }

    private static byte[] generate() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
