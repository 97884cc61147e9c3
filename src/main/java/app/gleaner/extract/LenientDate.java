package app.gleaner.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Parses the date formats pages actually publish: ISO 8601 with or without offset, seconds or colon in the offset,
 * a bare date, and RFC 1123. Times without an offset are taken as UTC. Returns null for anything else instead of
 * guessing. Stateless and thread-safe.
 */
final class LenientDate {

    /** Longest input considered a date; longer strings are prose. */
    static final int MAX_CHARS = 64;

    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHmm", "Z").toFormatter(Locale.ROOT);
    private static final DateTimeFormatter SPACE_SEPARATED = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> OFFSET_FORMATS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, OFFSET_WITHOUT_COLON, DateTimeFormatter.RFC_1123_DATE_TIME);

    private LenientDate() {
    }

    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return null;
        }
        String value = text.strip();
        for (DateTimeFormatter format : OFFSET_FORMATS) {
            try {
                return ZonedDateTime.parse(value, format).toOffsetDateTime();
            } catch (RuntimeException e) {
                // try the next format
            }
        }
        try {
            return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            // not a local date-time
        }
        try {
            var parsed = SPACE_SEPARATED.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt ? odt : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            // not space-separated
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value).atStartOfDay()
                    .atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
