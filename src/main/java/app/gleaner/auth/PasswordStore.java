package app.gleaner.auth;

import app.gleaner.config.GleanerConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The library password: the configured one ({@code gleaner.password}), which always wins, or else the one chosen in
 * the browser, kept only as a {@link PasswordHash} in {@code <data-dir>/password} (owner-only, replaced atomically).
 * A chosen password whose hash has fewer rounds than today's is re-hashed the next time it is typed correctly.
 *
 * <p>Checking a hash is deliberately slow, and the sign-in page is open to anyone who can reach the server, so at
 * most {@link #HASHES_AT_ONCE} hashes are computed at once and the rest wait their turn: a flood of guesses costs its
 * sender time without taking every processor from the library.
 *
 * <p>Thread-safe: the chosen hash is replaced as a whole; choosing and replacing are serialized, so of two browsers
 * choosing the first password at once exactly one succeeds. A broken password file stops the start with a message
 * (as a broken session key does) rather than silently dropping the password.
 */
@Startup
@ApplicationScoped
public class PasswordStore {

    static final String FILE_NAME = "password";
    /** Half the processors, at least one. */
    static final int HASHES_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private static final Logger LOG = Logger.getLogger(PasswordStore.class);

    /** Where the password comes from. */
    public enum Source {
        /** No password: only the API token signs in, and a password may be chosen with it. */
        NONE,
        /** Chosen in the browser and kept as a hash in the data dir. */
        CHOSEN,
        /** Set with {@code gleaner.password} / {@code GLEANER_PASSWORD}; cannot be chosen or changed in the browser. */
        CONFIGURED
    }

    private final Optional<byte[]> configured;
    private final Path file;
    private final int iterations;
    private final Semaphore hashing = new Semaphore(HASHES_AT_ONCE, true);
    private volatile PasswordHash chosen;

    @Inject
    PasswordStore(GleanerConfig config) {
        this(config.password(), config.dataDir().resolve(FILE_NAME), PasswordHash.ITERATIONS);
    }

    PasswordStore(Optional<String> configuredPassword, Path file, int iterations) {
        this.configured = configuredPassword.filter(p -> !p.isBlank()).map(p -> p.getBytes(StandardCharsets.UTF_8));
        this.file = file.toAbsolutePath();
        this.iterations = iterations;
        if (configured.isPresent()) {
            if (Files.exists(this.file)) {
                LOG.infof("GLEANER_PASSWORD is set, so the password chosen in the browser (kept in %s) is not used",
                        this.file);
            }
        } else {
            this.chosen = read(this.file);
        }
    }

    public Source source() {
        return configured.isPresent() ? Source.CONFIGURED : chosen != null ? Source.CHOSEN : Source.NONE;
    }

    /** Whether {@code candidate} is the password: the configured one compared in constant time, or the chosen one. */
    public boolean matches(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        if (configured.isPresent()) {
            return MessageDigest.isEqual(configured.get(), candidate.getBytes(StandardCharsets.UTF_8));
        }
        PasswordHash hash = chosen;
        if (hash == null || !hashing(() -> hash.matches(candidate))) {
            return false;
        }
        if (hash.weakerThan(iterations)) {
            upgrade(hash, candidate);
        }
        return true;
    }

    /** Keeps {@code password} as the first password; false when one was chosen or configured before. */
    public synchronized boolean chooseFirst(String password) {
        if (source() != Source.NONE) {
            return false;
        }
        save(password);
        return true;
    }

    /**
     * Keeps {@code password} in place of the chosen one (or as the first).
     *
     * @throws IllegalStateException when the password is configured
     */
    public synchronized void replace(String password) {
        if (configured.isPresent()) {
            throw new IllegalStateException("the password is configured");
        }
        save(password);
    }

    private synchronized void upgrade(PasswordHash old, String password) {
        if (chosen != old) {
            return;
        }
        try {
            save(password);
            LOG.infof("Re-hashed the password with %d rounds (it had %d)", iterations, old.iterations());
        } catch (UncheckedIOException e) {
            LOG.warnf(e, "Could not re-hash the password at %s; the old hash stays", file);
        }
    }

    private void save(String password) {
        PasswordHash hash = hashing(() -> PasswordHash.of(password, iterations));
        try {
            SecretFile.write(file, hash.encoded() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the password at " + file, e);
        }
        chosen = hash;
    }

    private <T> T hashing(Supplier<T> work) {
        hashing.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            hashing.release();
        }
    }

    private static PasswordHash read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return PasswordHash.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the password at " + file + " (" + e.getMessage()
                    + "). Delete the file, then choose a new password with the API token.", e);
        }
    }
}
