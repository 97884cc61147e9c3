package app.gleaner.library.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Pocket's CSV export ({@code title,url,time_added,tags,status}; tags separated by {@code |}, status
 * {@code unread} or {@code archive}). Columns are found by their header names, so their order does not matter.
 * Quoted fields may hold commas, doubled quotes and line breaks (RFC 4180). Stateless and thread-safe.
 */
final class PocketCsvParser {

    List<ImportEntry> parse(String text) throws ImportFileException {
        List<List<String>> rows = rows(text);
        if (rows.isEmpty()) {
            throw new ImportFileException("This CSV file is empty.");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("url")) {
            throw new ImportFileException("This CSV file has no 'url' column; a Pocket export starts with "
                    + "title,url,time_added,tags,status.");
        }
        List<ImportEntry> entries = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            String tags = cell(row, columns, "tags");
            entries.add(new ImportEntry(cell(row, columns, "url").strip(), cell(row, columns, "title").strip(), null,
                    tags.isBlank() ? List.of() : Arrays.asList(tags.split("\\|")),
                    cell(row, columns, "status").strip().equalsIgnoreCase("archive"), false,
                    BookmarksParser.epochSeconds(cell(row, columns, "time_added"))));
        }
        if (entries.isEmpty()) {
            throw new ImportFileException("This CSV file has a header but no rows.");
        }
        return entries;
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.size() ? "" : row.get(index);
    }

    /** RFC 4180 rows. */
    static List<List<String>> rows(String text) throws ImportFileException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ImportFileException("This CSV file ends inside a quoted field.");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
