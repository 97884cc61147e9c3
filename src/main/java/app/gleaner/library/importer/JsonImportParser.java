package app.gleaner.library.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON formats: Wallabag's export (an array of entries with {@code title}, {@code url}, {@code content},
 * {@code tags} — strings or {@code {label}} objects — {@code is_archived}, {@code is_starred} as 0/1 or booleans,
 * {@code created_at}) and Gleaner's own (an object {@code {"format":"gleaner-library","clips":[…]}} with the API's
 * field names). Entries that are not objects are skipped into the failures by the caller's checks, not here: a
 * missing url simply yields an entry with a blank url. Thread-safe.
 */
final class JsonImportParser {

    /** Wallabag writes {@code 2024-01-31T09:15:00+0100}; ISO-8601 proper has a colon in the offset. */
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z").toFormatter();

    private final ObjectMapper json;

    JsonImportParser(ObjectMapper json) {
        this.json = json;
    }

    List<ImportEntry> wallabag(String text) throws ImportFileException {
        JsonNode root = read(text);
        if (!root.isArray()) {
            throw new ImportFileException("A Wallabag export is a JSON array of entries.");
        }
        List<ImportEntry> entries = new ArrayList<>();
        for (JsonNode entry : root) {
            entries.add(new ImportEntry(text(entry, "url"), text(entry, "title"), nullIfBlank(text(entry, "content")),
                    tags(entry.path("tags")), flag(entry, "is_archived"), flag(entry, "is_starred"),
                    date(text(entry, "created_at"))));
        }
        return nonEmpty(entries);
    }

    List<ImportEntry> gleaner(String text) throws ImportFileException {
        JsonNode root = read(text);
        if (!root.isObject() || !"gleaner-library".equals(root.path("format").asText())
                || !root.path("clips").isArray()) {
            throw new ImportFileException("This JSON file is not a Gleaner export: it needs "
                    + "\"format\": \"gleaner-library\" and a \"clips\" array.");
        }
        List<ImportEntry> entries = new ArrayList<>();
        for (JsonNode clip : root.path("clips")) {
            entries.add(new ImportEntry(text(clip, "url"), text(clip, "title"),
                    nullIfBlank(text(clip, "contentHtml")), tags(clip.path("tags")), flag(clip, "archived"),
                    flag(clip, "favorite"), date(text(clip, "createdAt"))));
        }
        return nonEmpty(entries);
    }

    private JsonNode read(String text) throws ImportFileException {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ImportFileException("This file is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").");
        }
    }

    private static List<ImportEntry> nonEmpty(List<ImportEntry> entries) throws ImportFileException {
        if (entries.isEmpty()) {
            throw new ImportFileException("This export holds no entries.");
        }
        return entries;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText().strip() : "";
    }

    private static String nullIfBlank(String text) {
        return text.isBlank() ? null : text;
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isBoolean() ? value.booleanValue() : value.isNumber() ? value.asInt() != 0
                : "1".equals(value.asText()) || "true".equalsIgnoreCase(value.asText());
    }

    private static List<String> tags(JsonNode tags) {
        List<String> names = new ArrayList<>();
        for (JsonNode tag : tags) {
            String name = tag.isObject() ? tag.path("label").asText("") : tag.isValueNode() ? tag.asText() : "";
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    static OffsetDateTime date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text, OFFSET_WITHOUT_COLON);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
