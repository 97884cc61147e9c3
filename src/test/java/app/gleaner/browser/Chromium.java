package app.gleaner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver (so Selenium never tries to download one), with a
 * fresh profile and none of Chromium's own network traffic. The browser tests all start it here; quitting the browser
 * deletes its profile, so a test run leaves nothing behind in the temporary directory.
 */
public final class Chromium {

    private static final Path BINARY = Path.of("/usr/lib/chromium/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /**
     * Starts a browser; {@code extraArguments} (an extension to load, a window size, host rules) follow the standard
     * flags. Fails with the install command when Chromium is missing.
     */
    public static ChromeDriver start(String prefix, String... extraArguments) throws IOException {
        assertThat(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER))
                .as("this test needs Debian's Chromium: apt-get install chromium chromium-driver").isTrue();
        Path profile = Files.createTempDirectory(prefix);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    delete(profile);
                }
            }
        };
    }

    private static void delete(Path tree) {
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a profile left behind in the temporary directory costs only disk space
        }
    }
}
