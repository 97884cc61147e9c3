package app.gleaner.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.config.GleanerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final SessionSecret secret = new SessionSecret(new byte[32]);

    private Sessions at(Instant now) {
        return new Sessions(secret, Duration.ofDays(30), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void issuedSessionVerifiesUntilItExpires() {
        String cookie = at(NOW).issue();
        assertThat(at(NOW.plus(Duration.ofDays(29))).verify(cookie)).isPresent();
        assertThat(at(NOW.plus(Duration.ofDays(31))).verify(cookie)).isEmpty();
    }

    @Test
    void tamperedOrMalformedCookiesAreRefused() {
        String cookie = at(NOW).issue();
        String[] parts = cookie.split("\\.");
        String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 86400 * 365) + "." + parts[2];
        assertThat(at(NOW).verify(longer)).isEmpty();
        assertThat(at(NOW).verify("x.y")).isEmpty();
        assertThat(at(NOW).verify("a.b.c")).isEmpty();
        assertThat(at(NOW).verify(null)).isEmpty();
        Sessions otherKey = new Sessions(new SessionSecret(new byte[] {1, 2, 3}), Duration.ofDays(30),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(otherKey.verify(cookie)).isEmpty();
    }

    @Test
    void csrfTokenBelongsToOneSession() {
        Sessions sessions = at(NOW);
        Sessions.Session one = sessions.verify(sessions.issue()).orElseThrow();
        Sessions.Session two = sessions.verify(sessions.issue()).orElseThrow();
        assertThat(sessions.csrfMatches(one, sessions.csrfToken(one))).isTrue();
        assertThat(sessions.csrfMatches(one, sessions.csrfToken(two))).isFalse();
        assertThat(sessions.csrfMatches(one, null)).isFalse();
    }

    @Test
    void endingAllSessionsRefusesEveryEarlierCookieAndCsrfTokenButNotNewOnes() {
        Sessions sessions = new Sessions(new SessionSecret(new byte[32]), Duration.ofDays(30),
                Clock.fixed(NOW, ZoneOffset.UTC));
        String before = sessions.issue();
        Sessions.Session old = sessions.verify(before).orElseThrow();
        String oldCsrf = sessions.csrfToken(old);

        sessions.endAll();

        assertThat(sessions.verify(before)).isEmpty();
        assertThat(sessions.csrfMatches(old, oldCsrf)).isFalse();
        assertThat(sessions.verify(sessions.issue())).isPresent();
    }

    @Test
    void aRotatedKeyIsKeptForTheNextStart(@TempDir Path dataDir) throws IOException {
        GleanerConfig config = TestConfigs.dataDir(dataDir);
        Sessions sessions = new Sessions(new SessionSecret(config), Duration.ofDays(30), Clock.systemUTC());
        String before = Files.readString(dataDir.resolve(SessionSecret.FILE_NAME));

        sessions.endAll();
        String cookie = sessions.issue();

        assertThat(Files.readString(dataDir.resolve(SessionSecret.FILE_NAME))).isNotEqualTo(before);
        Sessions restarted = new Sessions(new SessionSecret(config), Duration.ofDays(30), Clock.systemUTC());
        assertThat(restarted.verify(cookie)).isPresent();
    }
}
