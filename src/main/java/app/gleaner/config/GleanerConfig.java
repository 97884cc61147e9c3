package app.gleaner.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

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
     * Password for the library pages, besides the API token. Optional: without it the sign-in page takes the API
     * token only. Set it here or with {@code GLEANER_PASSWORD}; it is never written to disk by Gleaner.
     */
    Optional<String> password();

    /** How long a library sign-in lasts before the reader must sign in again. */
    @WithDefault("30")
    int sessionDays();
}
