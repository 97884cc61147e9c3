package app.gleaner.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, slow hash of a password: PBKDF2 with HMAC-SHA256 from the JDK (no library, nothing to register for a
 * native image), a random salt per password, and its parameters written beside it in the PHC string format,
 * {@code $pbkdf2-sha256$i=<iterations>$<salt>$<hash>} (salt and hash in standard Base64 without padding), so a later
 * version can raise the iteration count and still read older hashes. Any PBKDF2 implementation can check a stored
 * hash: Python's {@code hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations, 32)} gives the same bytes.
 *
 * <p>Passwords are normalized to Unicode NFC before hashing, so "é" typed as one character or as "e" plus an accent
 * is the same password on every keyboard.
 *
 * <p>Immutable and thread-safe. Each {@link #of} or {@link #matches} call costs {@code iterations} HMAC rounds (about
 * 0.1-0.25 s at {@link #ITERATIONS} on a 2-core machine), so callers bound how many run at once.
 */
public final class PasswordHash {

    /**
     * OWASP's Password Storage Cheat Sheet (2023) recommends 600,000 for PBKDF2-HMAC-SHA256: about 0.12 s per hash
     * on the 2-core development machine when idle, 0.25 s when busy — paid once per sign-in, while a guesser with
     * the file pays it per guess.
     */
    public static final int ITERATIONS = 600_000;
    /** Below this an encoding is refused as tampered; only tests hash with so few rounds. */
    static final int MIN_ITERATIONS = 1_000;
    /** Above this an encoding is refused: a file asking for more would make every sign-in take minutes. */
    static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final int MIN_STORED_BYTES = 16;
    private static final int MAX_STORED_BYTES = 64;
    private static final String ID = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final Pattern ENCODED = Pattern.compile(
            "\\$" + ID + "\\$i=([1-9][0-9]{0,8})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code password} with a new random salt and {@link #ITERATIONS} rounds. */
    public static PasswordHash of(String password) {
        return of(password, ITERATIONS);
    }

    static PasswordHash of(String password, int iterations) {
        checkIterations(iterations);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations, HASH_BYTES));
    }

    /**
     * Reads an encoding written by {@link #encoded()}.
     *
     * @throws IllegalArgumentException when it is not a PBKDF2-SHA256 PHC string with sane parameters
     */
    public static PasswordHash parse(String encoded) {
        Matcher parts = ENCODED.matcher(encoded == null ? "" : encoded.strip());
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a $" + ID + "$i=<iterations>$<salt>$<hash> string");
        }
        int iterations = Integer.parseInt(parts.group(1));
        checkIterations(iterations);
        byte[] salt = decode(parts.group(2), "salt", SALT_BYTES);
        byte[] hash = decode(parts.group(3), "hash", MIN_STORED_BYTES);
        return new PasswordHash(iterations, salt, hash);
    }

    /** Whether {@code candidate} is the hashed password; the final comparison runs in constant time. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(candidate, salt, iterations, hash.length));
    }

    /** The PHC string to store. */
    public String encoded() {
        return "$" + ID + "$i=" + iterations + "$" + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
    }

    public int iterations() {
        return iterations;
    }

    /**
     * Whether this hash is weaker than one made with {@code iterations} rounds today, so it should be replaced the
     * next time the password is typed.
     */
    public boolean weakerThan(int iterations) {
        return this.iterations < iterations || hash.length < HASH_BYTES;
    }

    int saltLength() {
        return salt.length;
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
        char[] chars = Normalizer.normalize(password, Normalizer.Form.NFC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private static void checkIterations(int iterations) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between " + MIN_ITERATIONS + " and "
                    + MAX_ITERATIONS + ", not " + iterations);
        }
    }

    private static byte[] decode(String base64, String what, int minBytes) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length < minBytes || bytes.length > MAX_STORED_BYTES
                || !BASE64.encodeToString(bytes).equals(base64)) {
            throw new IllegalArgumentException("the " + what + " must be " + minBytes + " to " + MAX_STORED_BYTES
                    + " bytes in unpadded Base64");
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "PasswordHash[" + ID + ", " + iterations + " iterations]";
    }
}
