package app.gleaner.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordStoreTest {

    private static final int FAST = PasswordHash.MIN_ITERATIONS;

    @TempDir
    Path dataDir;

    private PasswordStore store(String configured, int iterations) {
        return new PasswordStore(Optional.ofNullable(configured), dataDir.resolve(PasswordStore.FILE_NAME),
                iterations);
    }

    private Path file() {
        return dataDir.resolve(PasswordStore.FILE_NAME);
    }

    @Test
    void aChosenPasswordIsKeptOnlyAsAnOwnerOnlyHashAndOpensAfterARestart() throws IOException {
        PasswordStore store = store(null, FAST);
        assertThat(store.source()).isEqualTo(PasswordStore.Source.NONE);
        assertThat(store.matches("gannet cliffs at dawn")).isFalse();

        assertThat(store.chooseFirst("gannet cliffs at dawn")).isTrue();

        assertThat(store.source()).isEqualTo(PasswordStore.Source.CHOSEN);
        String stored = Files.readString(file());
        assertThat(stored).startsWith("$pbkdf2-sha256$i=1000$").doesNotContain("gannet");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        PasswordStore restarted = store(null, FAST);
        assertThat(restarted.source()).isEqualTo(PasswordStore.Source.CHOSEN);
        assertThat(restarted.matches("gannet cliffs at dawn")).isTrue();
        assertThat(restarted.matches("gannet cliffs at dusk")).isFalse();
        assertThat(restarted.matches("")).isFalse();
        assertThat(restarted.matches(null)).isFalse();
    }

    @Test
    void theFirstPasswordIsChosenOnceEvenWhenTwoBrowsersTryAtOnce() throws Exception {
        PasswordStore store = store(null, FAST);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String password = "password number " + i;
                attempts.add(pool.submit(() -> {
                    start.await();
                    return store.chooseFirst(password);
                }));
            }
            start.countDown();
            int chosen = 0;
            for (Future<Boolean> attempt : attempts) {
                chosen += attempt.get() ? 1 : 0;
            }
            assertThat(chosen).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.chooseFirst("one more password")).isFalse();
        assertThat(store.matches("one more password")).isFalse();
    }

    @Test
    void replacingThePasswordRetiresTheOldOne() {
        PasswordStore store = store(null, FAST);
        store.chooseFirst("gannet cliffs at dawn");

        store.replace("puffin burrows at noon");

        assertThat(store.matches("gannet cliffs at dawn")).isFalse();
        assertThat(store(null, FAST).matches("puffin burrows at noon")).isTrue();
    }

    @Test
    void aConfiguredPasswordWinsAndTheChosenOneIsNeitherUsedNorTouched() throws IOException {
        store(null, FAST).chooseFirst("gannet cliffs at dawn");
        String stored = Files.readString(file());

        PasswordStore store = store("from the configuration", FAST);

        assertThat(store.source()).isEqualTo(PasswordStore.Source.CONFIGURED);
        assertThat(store.matches("from the configuration")).isTrue();
        assertThat(store.matches("gannet cliffs at dawn")).isFalse();
        assertThat(store.chooseFirst("another password")).isFalse();
        assertThatThrownBy(() -> store.replace("another password")).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(file())).isEqualTo(stored);
    }

    @Test
    void aConfiguredPasswordWritesNothing() {
        PasswordStore store = store("from the configuration", FAST);

        assertThat(store.matches("from the configuration")).isTrue();
        assertThat(file()).doesNotExist();
    }

    @Test
    void aHashWithFewerRoundsIsRedoneTheNextTimeThePasswordIsTyped() throws IOException {
        store(null, FAST).chooseFirst("gannet cliffs at dawn");
        PasswordStore stronger = store(null, 2 * FAST);

        assertThat(stronger.matches("wrong password here")).isFalse();
        assertThat(Files.readString(file())).startsWith("$pbkdf2-sha256$i=1000$");

        assertThat(stronger.matches("gannet cliffs at dawn")).isTrue();
        assertThat(Files.readString(file())).startsWith("$pbkdf2-sha256$i=2000$");
        assertThat(store(null, 2 * FAST).matches("gannet cliffs at dawn")).isTrue();
    }

    @Test
    void aBrokenPasswordFileStopsTheStartAndSaysWhatToDo() throws IOException {
        Files.writeString(file(), "$pbkdf2-sha256$i=1000$not base64!$x\n");

        assertThatThrownBy(() -> store(null, FAST)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file().toString()).hasMessageContaining("Delete the file");
    }
}
