package app.gleaner.library.importer;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One item read from an import file, before it is checked or saved. {@code html} is null for formats that carry
 * only links (the clip becomes link-only); {@code savedAt} is null when the file has no date.
 */
public record ImportEntry(String url, String title, String html, List<String> tags, boolean archived,
        boolean favorite, OffsetDateTime savedAt) {
}
