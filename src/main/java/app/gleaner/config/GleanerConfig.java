package app.gleaner.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every Gleaner setting in one place. Each is also an environment variable: {@code gleaner.data-dir} is
 * {@code GLEANER_DATA_DIR}, {@code gleaner.api-token} is {@code GLEANER_API_TOKEN}, and so on.
 */
@ConfigMapping(prefix = "gleaner")
public interface GleanerConfig {

    /** Folder holding the database and the generated API token. Created when missing. */
    @WithDefault("gleaner-data")
    Path dataDir();

    /** Bearer token every {@code /api} call must present. When absent one is generated and kept in the data dir. */
    Optional<String> apiToken();

    /** Largest request body accepted; a larger one is answered 413. Rendered DOMs of long pages reach several MB. */
    @WithDefault("20M")
    MemorySize maxBodySize();

    /**
     * Request bodies held in memory at once, summed; a body that would exceed it is answered 503 with
     * {@code Retry-After} before it is read (one body is always let in). Default: a 32nd of the maximum heap,
     * so fifty clients posting 5 MB pages at once meet a 503 and a retry rather than an out-of-memory error.
     */
    Optional<MemorySize> maxBodiesInFlight();

    /**
     * Password for the library pages, besides the API token. Optional: without it the owner may choose one in the
     * browser (kept as a salted hash in the data dir), or sign in with the token only. When set it wins over a chosen
     * one, and the browser offers no form to choose or change it. Set it here or with {@code GLEANER_PASSWORD}; this
     * one is never written to disk by Gleaner.
     */
    Optional<String> password();

    /**
     * Secrets other than the API token typed on the sign-in and password pages that the server checks per minute,
     * all browsers together, and at once after a quiet spell (a value under 1 counts as 1). A password check hashes
     * slowly on purpose, so without a bound a flood of attempts would take every core and a guesser could try as
     * fast as the hash allows; past it one is answered 429 with {@code Retry-After}. The API token is always checked.
     */
    @WithDefault("30")
    int signInAttemptsPerMinute();

    /** How long a library sign-in lasts before the reader must sign in again. */
    @WithDefault("30")
    int sessionDays();

    /** Which browser origins may call. */
    Cors cors();

    /** Browser origins, besides the server's own, that may call the API. */
    interface Cors {

        /**
         * Origins allowed for CORS and for state-changing requests ({@code POST}, {@code PUT}, {@code PATCH},
         * {@code DELETE}); an entry between slashes is a regular expression. The default admits the clipper on
         * Chromium and Firefox, whatever its extension id. Also feeds {@code quarkus.http.cors.origins}.
         */
        @WithDefault("/chrome-extension://[a-p]{32}/,/moz-extension://[0-9a-f-]{36}/")
        List<String> origins();
    }

    /** How fast one token may call. */
    RateLimit rateLimit();

    /** A token bucket per API token: {@code burst} requests at once, refilled at {@code per-second}. */
    interface RateLimit {

        /** Whether {@code /api} calls are rate-limited at all; over the limit a call is answered 429. */
        @WithDefault("true")
        boolean enabled();

        /** Requests per second one token may make, sustained. */
        @WithDefault("20")
        double perSecond();

        /** Requests one token may make at once after a quiet spell (the bucket's size). */
        @WithDefault("200")
        int burst();
    }

    /** How many pages are turned into articles at once. */
    Extraction extraction();

    /**
     * Extraction is CPU- and memory-bound (a 5 MB page becomes a DOM many times that size), so only a few run at
     * once; more clips wait their turn, and one that waits too long is answered 503 with {@code Retry-After}.
     */
    interface Extraction {

        /** Extractions running at once. Default: the number of processors. */
        OptionalInt concurrency();

        /** Longest a clip waits for its turn before it is answered 503. */
        @WithDefault("60s")
        Duration queueTimeout();
    }
}
