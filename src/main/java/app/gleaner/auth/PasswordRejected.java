package app.gleaner.auth;

/**
 * Why a password was not chosen or changed, with a message for the reader. The pages map each {@link Reason} to a
 * 4xx status and show the form again with the message.
 */
public final class PasswordRejected extends RuntimeException {

    /** What was wrong, and so which field of the form to point at. */
    public enum Reason {
        /** The API token (or current password) typed to prove it is the owner is wrong. */
        WRONG_CREDENTIAL,
        /** The new password is shorter than {@link SignIn#MIN_PASSWORD_LENGTH}. */
        TOO_SHORT,
        /** The new password is longer than {@link SignIn#MAX_PASSWORD_LENGTH}. */
        TOO_LONG,
        /** The new password and its repetition differ. */
        MISMATCH,
        /** The first password has been chosen already; it can only be changed by a signed-in reader. */
        ALREADY_CHOSEN,
        /** The password comes from configuration and cannot be chosen or changed in the browser. */
        CONFIGURED,
        /** More attempts than {@code gleaner.sign-in-attempts-per-minute}; nothing was checked. */
        TOO_MANY_ATTEMPTS
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    PasswordRejected(Reason reason, String message) {
        this(reason, message, 0);
    }

    PasswordRejected(Reason reason, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#TOO_MANY_ATTEMPTS}, the seconds until an attempt will be checked again; else 0. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
