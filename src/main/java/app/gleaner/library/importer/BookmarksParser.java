package app.gleaner.library.importer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a Netscape bookmarks file (what every browser exports): each {@code <A HREF>} is an entry, with
 * {@code ADD_DATE} (epoch seconds) and {@code TAGS} (comma separated) when present. Folders are not tags: they say
 * where a bookmark sat, not what it is about. Stateless and thread-safe.
 */
final class BookmarksParser {

    List<ImportEntry> parse(String text) throws ImportFileException {
        Document document = Jsoup.parse(text);
        List<ImportEntry> entries = new ArrayList<>();
        for (Element link : document.select("a[href]")) {
            String tags = link.attr("tags");
            entries.add(new ImportEntry(link.attr("href").strip(), link.text().strip(), null,
                    tags.isBlank() ? List.of() : Arrays.asList(tags.split(",")), false, false,
                    epochSeconds(link.attr("add_date"))));
        }
        if (entries.isEmpty()) {
            throw new ImportFileException("This bookmarks file holds no links.");
        }
        return entries;
    }

    static OffsetDateTime epochSeconds(String value) {
        try {
            long seconds = Long.parseLong(value.strip());
            // some exporters write microseconds; a date past year 5000 means they did
            if (seconds > 100_000_000_000L) {
                seconds /= 1_000_000;
            }
            return seconds > 0 ? OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC) : null;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }
}
