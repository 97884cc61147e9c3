package app.gleaner.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.config.GleanerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokenTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesTokenOnceKeepsItOwnerOnlyAndReusesItOnRestart() throws IOException {
        ApiToken first = new ApiToken(config(dataDir.resolve("nested"), null));
        Path file = dataDir.resolve("nested").resolve(ApiToken.FILE_NAME);
        String stored = Files.readString(file).strip();

        assertThat(stored).hasSize(64).matches("[0-9a-f]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.matches(stored)).isTrue();

        ApiToken restarted = new ApiToken(config(dataDir.resolve("nested"), null));
        assertThat(restarted.matches(stored)).isTrue();
        assertThat(Files.readString(file).strip()).isEqualTo(stored);
    }

    @Test
    void configuredTokenWinsAndNothingIsWritten() {
        ApiToken token = new ApiToken(config(dataDir, "  chosen-by-me  "));

        assertThat(token.matches("chosen-by-me")).isTrue();
        assertThat(token.matches("chosen-by-m")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(dataDir.resolve(ApiToken.FILE_NAME)).doesNotExist();
    }

    private static GleanerConfig config(Path dir, String token) {
        return TestConfigs.of(dir, token, null);
    }
}
