package app.gleaner.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short form of {@link CrashHarness} for every build: 30 clips of 1–5 MB, 3 SIGKILLs at random moments, and
 * every acknowledged clip is still there, byte for byte, in a file H2 opens cleanly.
 */
class CrashIT {

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedClipSurvivesKillNine() throws Exception {
        CrashHarness.Result result = CrashHarness.run(new CrashHarness.Options(30, 3, 7, PackagedServer.DEFAULT_JAR,
                dataDir));
        System.out.println(result);
        assertThat(result.killsSurvived()).isEqualTo(3);
        assertThat(result.created() + result.acknowledgedOnRetry()).isGreaterThan(0);
        assertThat(result.lost()).isZero();
        assertThat(result.changed()).isZero();
        assertThat(result.duplicates()).isZero();
        assertThat(result.rowsInFile()).isGreaterThanOrEqualTo(result.created() + result.acknowledgedOnRetry());
    }
}
