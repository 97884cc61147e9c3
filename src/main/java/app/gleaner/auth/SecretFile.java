package app.gleaner.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes the small secret files in the data dir (API token, session key, password hash) so that no reader ever sees
 * them half-written or readable by others: the text goes to a temporary file in the same folder that is owner-only
 * from the moment it exists, is forced to disk, then renamed over the old file in one atomic step. A crash leaves
 * either the old file or the new one (and perhaps a stray {@code .*.tmp} beside it), never a truncated secret.
 * Stateless; concurrent writers of the same file must synchronize themselves (the last rename wins).
 */
final class SecretFile {

    private SecretFile() {
    }

    static void write(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = ownerOnlyTemp(dir, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path ownerOnlyTemp(Path dir, String name) throws IOException {
        try {
            return Files.createTempFile(dir, "." + name + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data dir's own permissions are all there is.
            return Files.createTempFile(dir, "." + name + ".", ".tmp");
        }
    }
}
