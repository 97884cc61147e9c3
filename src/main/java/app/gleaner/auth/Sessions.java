package app.gleaner.auth;

import app.gleaner.config.GleanerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Library sessions as signed cookies: {@code <id>.<expiry epoch seconds>.<HMAC-SHA256 of both>}. Nothing is kept
 * on the server, so a session ends when the cookie expires or the browser drops it (sign-out clears it);
 * {@link #endAll()} rotates {@link SessionSecret}, which ends all of them at once. The CSRF token of a session is an
 * HMAC of its id, so a form can prove it was rendered for this session without any server-side state.
 *
 * <p>Thread-safe: its own fields are immutable; the only thing that changes is the key, inside {@link SessionSecret}.
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "gleaner_session";
    private static final int ID_BYTES = 18;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SessionSecret secret;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    Sessions(SessionSecret secret, GleanerConfig config) {
        this(secret, Duration.ofDays(config.sessionDays()), Clock.systemUTC());
    }

    Sessions(SessionSecret secret, Duration lifetime, Clock clock) {
        this.secret = secret;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A verified session. */
    public record Session(String id, Instant expires) {
    }

    /** A new session's cookie value. */
    public String issue() {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        String payload = BASE64.encodeToString(id) + "." + clock.instant().plus(lifetime).getEpochSecond();
        return payload + "." + BASE64.encodeToString(secret.sign("session:" + payload));
    }

    /** The session in a cookie value, when its signature holds and it has not expired. */
    public Optional<Session> verify(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        String[] parts = cookieValue.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        byte[] expected = BASE64.encode(secret.sign("session:" + payload));
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            return expires.isAfter(clock.instant()) ? Optional.of(new Session(parts[0], expires)) : Optional.empty();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Ends every session: cookies issued before no longer verify, nor do the CSRF tokens of their pages. A browser
     * that should stay signed in needs a new cookie from {@link #issue()}.
     */
    public void endAll() {
        secret.rotate();
    }

    /** The token every state-changing form of this session must carry. */
    public String csrfToken(Session session) {
        return HexFormat.of().formatHex(secret.sign("csrf:" + session.id()));
    }

    /** Constant-time check of a submitted CSRF token. */
    public boolean csrfMatches(Session session, String submitted) {
        return submitted != null && MessageDigest.isEqual(csrfToken(session).getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII));
    }

    /** The session cookie: HttpOnly, SameSite=Strict, whole site, {@code Secure} when served over https. */
    public NewCookie cookie(String value, boolean secure) {
        return build(value, (int) lifetime.toSeconds(), secure);
    }

    /** A cookie that makes the browser forget the session. */
    public NewCookie cleared(boolean secure) {
        return build("", 0, secure);
    }

    private static NewCookie build(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
