package app.gleaner.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An online backup of the packaged application's H2 file, taken while two writers keep clipping, restores to the
 * library as it was committed before the backup began: every such clip present with identical content, and any
 * clip committed during the backup either absent or intact.
 */
class BackupIT {

    @TempDir
    Path work;

    @Test
    void onlineBackupTakenDuringWritesRestoresEveryClipCommittedBeforeIt() throws Exception {
        PackagedServer server = new PackagedServer(PackagedServer.DEFAULT_JAR, work.resolve("data"), Map.of(),
                List.of()).start();
        Map<Long, String> before = new HashMap<>();
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        JsonNode backup;
        try {
            ClipClient client = new ClipClient(server.baseUri(), server.token(), Duration.ofSeconds(60));
            for (int i = 0; i < 20; i++) {
                ClipClient.Answer answer = client.post("https://backup.example/before/" + i,
                        GeneratedArticle.page("Before backup " + i, 50_000 + i * 10_000, i), UUID.randomUUID()
                                .toString());
                assertThat(answer.status()).isEqualTo(201);
                before.put(answer.id(), answer.contentSha256());
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> writers = List.of(writer(client, "a", writing, acknowledged),
                    writer(client, "b", writing, acknowledged));
            writers.forEach(Thread::start);
            Thread.sleep(300);
            backup = client.postBackup();
            writing.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(acknowledged).as("clips written while backing up").isNotEmpty();
        } finally {
            server.stop();
        }

        Path zip = Path.of(backup.get("path").asText());
        assertThat(zip.startsWith(work.resolve("data").resolve("backups"))).as(zip.toString()).isTrue();
        assertThat(zip).isRegularFile();
        assertThat(Files.size(zip)).isEqualTo(backup.get("sizeBytes").asLong());
        Path restored = work.resolve("restored");
        unzip(zip, restored);

        Map<Long, String> found = readLibrary(restored);
        for (Map.Entry<Long, String> clip : before.entrySet()) {
            assertThat(found.get(clip.getKey())).as("clip %d committed before the backup", clip.getKey())
                    .isEqualTo(clip.getValue());
        }
        for (Map.Entry<Long, String> clip : found.entrySet()) {
            String expected = before.containsKey(clip.getKey()) ? before.get(clip.getKey())
                    : acknowledged.get(clip.getKey());
            assertThat(expected).as("clip %d in the backup was acknowledged", clip.getKey()).isNotNull();
            assertThat(clip.getValue()).as("clip %d intact", clip.getKey()).isEqualTo(expected);
        }
        System.out.printf("Backup: %s, %d bytes; %d clips before, %d written during, %d in the restored copy%n",
                zip.getFileName(), Files.size(zip), before.size(), acknowledged.size(), found.size());
    }

    private static Thread writer(ClipClient client, String name, AtomicBoolean writing, Map<Long, String> saved) {
        return new Thread(() -> {
            for (int i = 0; writing.get() && i < 200; i++) {
                try {
                    ClipClient.Answer answer = client.post("https://backup.example/during/" + name + "/" + i,
                            GeneratedArticle.page("During backup " + name + i, 200_000, i), UUID.randomUUID()
                                    .toString());
                    if (answer.status() == 201) {
                        saved.put(answer.id(), answer.contentSha256());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "writer-" + name);
    }

    private static void unzip(Path zip, Path folder) throws Exception {
        Files.createDirectories(folder);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as("zip entry %s stays inside", entry.getName()).isTrue();
                Files.copy((InputStream) in, target);
            }
        }
    }

    /** Opens the restored file with H2 directly (the server's own user) and hashes every clip's content. */
    private static Map<Long, String> readLibrary(Path folder) throws Exception {
        assertThat(folder.resolve("library.mv.db")).isRegularFile();
        Map<Long, String> clips = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("library")
                + ";IFEXISTS=TRUE", "gleaner", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, content_html from clip order by id")) {
            while (rows.next()) {
                clips.put(rows.getLong(1), ClipClient.sha256(rows.getString(2)));
            }
        }
        return clips;
    }
}
