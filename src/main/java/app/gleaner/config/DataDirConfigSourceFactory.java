package app.gleaner.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default datasource URL: an H2 file in {@code gleaner.data-dir}, made absolute. H2 refuses a file path that is
 * implicitly relative to the working directory, yet "a {@code gleaner-data} folder in the working directory" is the
 * default a self-hoster expects, and {@code GLEANER_DATA_DIR=data} should work as typed. Any explicit
 * {@code quarkus.datasource.jdbc.url} (application.properties, environment) outranks this source, and a build for
 * another database kind gets no default at all.
 */
public class DataDirConfigSourceFactory implements ConfigSourceFactory {

    static final String DATA_DIR = "gleaner.data-dir";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String DB_KIND = "quarkus.datasource.db-kind";
    /**
     * H2 file mode. {@code WRITE_DELAY=0}: H2 has no redo log and by default writes committed changes to the file
     * up to 500 ms later, so a clip acknowledged with 201 could be lost to {@code kill -9}; with 0 every commit
     * reaches the file before the request is answered. {@code MAX_COMPACT_TIME}: H2 appends to its file and reuses
     * space only as whole chunks die, so a busy library's file grows to several times its live data (10,000
     * generated clips: 4.7 GB, 451 MB after {@code SHUTDOWN COMPACT}); H2 compacts when the database closes, for
     * 200 ms by default, and here for up to 20 s, which a stop with SIGTERM gives it.
     */
    static final String H2_URL = "jdbc:h2:file:%s/library;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=20000";
    static final String DEFAULT_DATA_DIR = "gleaner-data";
    /** Below application.properties (250) and the environment (300). */
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue kind = context.getValue(DB_KIND);
        if (kind != null && kind.getValue() != null && !kind.getValue().equalsIgnoreCase("h2")) {
            return List.of(); // another database: its URL comes from the self-hoster's settings
        }
        ConfigValue configured = context.getValue(DATA_DIR);
        String dir = configured == null || configured.getValue() == null || configured.getValue().isBlank()
                ? DEFAULT_DATA_DIR : configured.getValue();
        String absolute = Path.of(dir).toAbsolutePath().normalize().toString();
        return List.of(new PropertiesConfigSource(Map.of(JDBC_URL, H2_URL.formatted(absolute)), "gleaner-data-dir",
                ORDINAL));
    }
}
