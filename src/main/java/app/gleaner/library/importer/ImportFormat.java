package app.gleaner.library.importer;

import java.util.List;
import java.util.Locale;

/**
 * The import formats Gleaner reads, and how to tell them apart by their first bytes: a bookmarks file declares
 * {@code NETSCAPE-Bookmark-file}, a Pocket export is CSV with a header naming {@code url}, a Wallabag export is a
 * JSON array of entries, Gleaner's own export a JSON object with {@code "format":"gleaner-library"}.
 */
public enum ImportFormat {
    BOOKMARKS("Browser bookmarks (HTML)"),
    POCKET_CSV("Pocket export (CSV)"),
    WALLABAG_JSON("Wallabag export (JSON)"),
    GLEANER_JSON("Gleaner export (JSON)");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format of {@code text}, or an exception that lists what Gleaner accepts. */
    public static ImportFormat detect(String text) throws ImportFileException {
        String start = text.strip();
        start = start.substring(0, Math.min(start.length(), 4096));
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.contains("netscape-bookmark-file") || lower.startsWith("<!doctype") || lower.startsWith("<html")
                || lower.startsWith("<dl")) {
            return BOOKMARKS;
        }
        if (start.startsWith("[")) {
            return WALLABAG_JSON;
        }
        if (start.startsWith("{")) {
            return GLEANER_JSON;
        }
        String header = lower.lines().findFirst().orElse("");
        if (List.of(header.split(",")).stream().map(h -> h.strip().replace("\"", "")).anyMatch("url"::equals)) {
            return POCKET_CSV;
        }
        throw new ImportFileException("This file is not one Gleaner can import. Choose a browser bookmarks file "
                + "(HTML), a Pocket export (CSV), a Wallabag export (JSON) or a Gleaner export (JSON).");
    }
}
