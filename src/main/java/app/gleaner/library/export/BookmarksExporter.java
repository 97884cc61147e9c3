package app.gleaner.library.export;

import app.gleaner.clip.ClipView;
import app.gleaner.library.Escape;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The whole library as a Netscape bookmarks file, the format every browser and read-it-later service imports: one
 * {@code <DT><A>} per clip with {@code ADD_DATE} (epoch seconds) and {@code TAGS}, the excerpt as {@code <DD>}.
 * Titles, URLs, tags and excerpts are escaped. Thread-safe: each call has its own writer.
 */
public final class BookmarksExporter {

    static final String HEADER = """
            <!DOCTYPE NETSCAPE-Bookmark-file-1>
            <!-- Exported by Gleaner. -->
            <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
            <TITLE>Bookmarks</TITLE>
            <H1>Gleaner library</H1>
            <DL><p>
            """;

    public void export(Consumer<Consumer<ClipView>> clips, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HEADER);
        try {
            clips.accept(clip -> {
                try {
                    writer.write(entry(clip));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.write("</DL><p>\n");
        writer.flush();
    }

    static String entry(ClipView clip) {
        StringBuilder line = new StringBuilder("    <DT><A HREF=\"").append(Escape.html(clip.url())).append('"');
        if (clip.createdAt() != null) {
            line.append(" ADD_DATE=\"").append(clip.createdAt().toEpochSecond()).append('"');
        }
        if (!clip.tags().isEmpty()) {
            line.append(" TAGS=\"").append(Escape.html(String.join(",", clip.tags()))).append('"');
        }
        line.append('>').append(Escape.html(clip.title())).append("</A>\n");
        if (clip.excerpt() != null && !clip.excerpt().isBlank()) {
            line.append("    <DD>").append(Escape.html(clip.excerpt().replaceAll("\\s+", " ").strip())).append('\n');
        }
        return line.toString();
    }
}
