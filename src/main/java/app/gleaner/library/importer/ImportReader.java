package app.gleaner.library.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an uploaded import file: decodes it as UTF-8, recognizes its {@link ImportFormat} and parses its entries.
 * Every problem with the file is an {@link ImportFileException} with a message for the user. Thread-safe.
 */
@ApplicationScoped
public class ImportReader {

    /** More entries than this in one file is refused rather than half-imported. */
    public static final int MAX_ENTRIES = 50_000;

    private final BookmarksParser bookmarks = new BookmarksParser();
    private final PocketCsvParser pocket = new PocketCsvParser();
    private final JsonImportParser jsonFormats;

    ImportReader(ObjectMapper json) {
        this.jsonFormats = new JsonImportParser(json);
    }

    /** What was read: the format recognized and its entries, in file order. */
    public record Contents(ImportFormat format, List<ImportEntry> entries) {
    }

    public Contents read(byte[] file) throws ImportFileException {
        if (file == null || file.length == 0) {
            throw new ImportFileException("Choose a file to import: the uploaded file is empty.");
        }
        String text = utf8(file);
        ImportFormat format = ImportFormat.detect(text);
        List<ImportEntry> entries = switch (format) {
            case BOOKMARKS -> bookmarks.parse(text);
            case POCKET_CSV -> pocket.parse(text);
            case WALLABAG_JSON -> jsonFormats.wallabag(text);
            case GLEANER_JSON -> jsonFormats.gleaner(text);
        };
        if (entries.size() > MAX_ENTRIES) {
            throw new ImportFileException("This file holds " + entries.size() + " entries; import at most "
                    + MAX_ENTRIES + " at a time.");
        }
        return new Contents(format, entries);
    }

    private static String utf8(byte[] file) throws ImportFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("This file is not UTF-8 text; export it again as UTF-8.");
        }
    }
}
