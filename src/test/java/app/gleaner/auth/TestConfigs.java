package app.gleaner.auth;

import app.gleaner.config.GleanerConfig;
import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;

/** Settings for the auth classes built without Quarkus: a data dir, and a token and password when given. */
final class TestConfigs {

    private TestConfigs() {
    }

    static GleanerConfig dataDir(Path dir) {
        return of(dir, null, null);
    }

    static GleanerConfig of(Path dir, String token, String password) {
        return of(dir, token, password, 10_000);
    }

    static GleanerConfig of(Path dir, String token, String password, int signInAttemptsPerMinute) {
        return new GleanerConfig() {
            @Override
            public Path dataDir() {
                return dir;
            }

            @Override
            public Optional<String> apiToken() {
                return Optional.ofNullable(token);
            }

            @Override
            public MemorySize maxBodySize() {
                return new MemorySize(BigInteger.valueOf(20L << 20));
            }

            @Override
            public Optional<MemorySize> maxBodiesInFlight() {
                return Optional.empty();
            }

            @Override
            public Optional<String> password() {
                return Optional.ofNullable(password);
            }

            @Override
            public int signInAttemptsPerMinute() {
                return signInAttemptsPerMinute;
            }

            @Override
            public int sessionDays() {
                return 30;
            }

            @Override
            public Cors cors() {
                return null;
            }

            @Override
            public RateLimit rateLimit() {
                return null;
            }

            @Override
            public Extraction extraction() {
                return null;
            }
        };
    }
}
