package app.gleaner.auth;

import app.gleaner.config.GleanerConfig;
import app.gleaner.limits.TokenBucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Decides whether a secret typed on the sign-in page opens the library, and lets the owner choose or change the
 * library password. The API token always signs in, and so does the password: the configured one or the one chosen
 * in the browser ({@link PasswordStore}). Choosing the first password needs the API token, which only the owner has
 * (from the log or the data dir), because the server may be reachable by others before its owner first visits;
 * changing it needs the current password or the token. Either signs every browser out ({@link Sessions#endAll()}),
 * so the caller must give the browser that made the change a new session. The API token is compared first and
 * always (a cheap constant-time check of a secret nobody can guess); every other secret takes one of {@code
 * gleaner.sign-in-attempts-per-minute} before it is checked as a password, and past them it is refused unchecked
 * and at once ({@link PasswordRejected.Reason#TOO_MANY_ATTEMPTS}). So a flood of guesses takes neither the cores
 * (the slow hash) nor the request threads (the pause after a failure), and never keeps out the owner, who holds
 * the token. Thread-safe: its only state is that token bucket.
 */
@ApplicationScoped
public class SignIn {

    /** Shortest password accepted, in characters: long enough that guessing through the sign-in page is hopeless. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** Longest password accepted, in characters: far beyond any passphrase, and a bound on what gets hashed. */
    public static final int MAX_PASSWORD_LENGTH = 1024;

    private final ApiToken apiToken;
    private final PasswordStore passwords;
    private final Sessions sessions;
    private final TokenBucket attempts;

    SignIn(ApiToken apiToken, PasswordStore passwords, Sessions sessions, GleanerConfig config) {
        this.apiToken = apiToken;
        this.passwords = passwords;
        this.sessions = sessions;
        int perMinute = Math.max(1, config.signInAttemptsPerMinute());
        this.attempts = new TokenBucket(perMinute, perMinute / 60.0, System.nanoTime());
    }

    /**
     * Whether {@code secret} is the API token (surrounding spaces ignored) or the password (exactly as typed).
     *
     * @throws PasswordRejected with {@link PasswordRejected.Reason#TOO_MANY_ATTEMPTS} when {@code secret} is not the
     *     token and the attempts of the last minute are used up
     */
    public boolean accepts(String secret) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        if (apiToken.matches(secret.strip())) {
            return true;
        }
        takeAttempt();
        return passwords.matches(secret);
    }

    private void takeAttempt() {
        long waitNanos = attempts.take(System.nanoTime());
        if (waitNanos > 0) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1));
            throw new PasswordRejected(PasswordRejected.Reason.TOO_MANY_ATTEMPTS, "Too many sign-in attempts in "
                    + "the last minute. Try again in " + seconds + " s.", seconds);
        }
    }

    public PasswordStore.Source passwordSource() {
        return passwords.source();
    }

    /**
     * Keeps the first password, proven by the API token, and ends every session.
     *
     * @throws PasswordRejected when a password exists already, the new one is unfit, or the token is wrong
     */
    public void choose(String token, String password, String repeat) {
        if (passwords.source() != PasswordStore.Source.NONE) {
            throw notChoosable();
        }
        checkNew(password, repeat);
        if (token == null || !apiToken.matches(token.strip())) {
            takeAttempt();
            throw new PasswordRejected(PasswordRejected.Reason.WRONG_CREDENTIAL, "That is not the API token.");
        }
        if (!passwords.chooseFirst(password)) {
            throw notChoosable();
        }
        sessions.endAll();
    }

    /**
     * Replaces the password (or sets the first one), proven by the current password or the API token, and ends every
     * session.
     *
     * @throws PasswordRejected when the password is configured, the new one is unfit, or the proof is wrong
     */
    public void change(String current, String password, String repeat) {
        PasswordStore.Source source = passwords.source();
        if (source == PasswordStore.Source.CONFIGURED) {
            throw notChoosable();
        }
        checkNew(password, repeat);
        if (!accepts(current)) {
            throw new PasswordRejected(PasswordRejected.Reason.WRONG_CREDENTIAL,
                    source == PasswordStore.Source.CHOSEN ? "That is neither your current password nor the API token."
                            : "That is not the API token.");
        }
        passwords.replace(password);
        sessions.endAll();
    }

    private PasswordRejected notChoosable() {
        return passwords.source() == PasswordStore.Source.CONFIGURED
                ? new PasswordRejected(PasswordRejected.Reason.CONFIGURED, "Your password is set in Gleaner's "
                        + "configuration (GLEANER_PASSWORD), so it cannot be chosen here. Change the setting and "
                        + "restart Gleaner.")
                : new PasswordRejected(PasswordRejected.Reason.ALREADY_CHOSEN, "A password has been chosen already. "
                        + "Sign in with it or with the API token; once signed in you can change it.");
    }

    private static void checkNew(String password, String repeat) {
        String typed = password == null ? "" : password;
        int length = typed.codePointCount(0, typed.length());
        if (length < MIN_PASSWORD_LENGTH) {
            throw new PasswordRejected(PasswordRejected.Reason.TOO_SHORT, "Choose a password of at least "
                    + MIN_PASSWORD_LENGTH + " characters" + (length == 0 ? "." : "; that one has " + length + "."));
        }
        if (length > MAX_PASSWORD_LENGTH) {
            throw new PasswordRejected(PasswordRejected.Reason.TOO_LONG, "Choose a password of at most "
                    + MAX_PASSWORD_LENGTH + " characters.");
        }
        if (!typed.equals(repeat)) {
            throw new PasswordRejected(PasswordRejected.Reason.MISMATCH,
                    "The two new passwords differ. Type the same password in both boxes.");
        }
    }
}
