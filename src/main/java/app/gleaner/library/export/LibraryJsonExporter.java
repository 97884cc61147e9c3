package app.gleaner.library.export;

import app.gleaner.clip.ClipView;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * The whole library as Gleaner's own JSON: {@code {"format":"gleaner-library","version":1,"exportedAt":…,
 * "clips":[…]}}, each clip with every field the API shows (body HTML and text, tags, flags, dates). Written as a
 * stream, clip by clip. Gleaner's importer reads it back. Thread-safe: each call has its own generator.
 */
public final class LibraryJsonExporter {

    public static final String FORMAT = "gleaner-library";
    public static final int VERSION = 1;

    private final ObjectMapper json;

    public LibraryJsonExporter(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the document, asking {@code clips} to feed every clip to the given consumer. */
    public void export(Consumer<Consumer<ClipView>> clips, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("format", FORMAT);
            generator.writeNumberField("version", VERSION);
            generator.writeStringField("exportedAt", OffsetDateTime.now().toString());
            generator.writeArrayFieldStart("clips");
            try {
                clips.accept(clip -> {
                    try {
                        json.writeValue(generator, clip);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }
}
