package app.gleaner.extract.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the date formats pages actually publish: ISO 8601 with or without offset, seconds or colon in the offset,
 * a bare date, RFC 1123, digits only ({@code 20131110121040}), and a date written for people ({@link WrittenDate}:
 * "10.12.2022, 07:00:03", "Mon Oct 11 14:57:21 CEST 2021"), whose time is left out. Times without an offset are
 * taken as UTC. Returns null for anything else instead of guessing. Stateless and thread-safe.
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

    /** A date or date and time in digits alone: {@code 20131110} or {@code 20131110121040}. */
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d{8}(?:\\d{6})?");

    private LenientDate() {
    }

    /** {@code text} as a date and time in a machine's format (ISO 8601, RFC 1123), or null. */
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

    /**
     * {@code text} as a date in digits alone or written for people, at the start of its day; null when it is
     * neither. A date in numbers whose day and month could be either is not read: a meta tag's numbers are in its
     * server's format ("11/01/2023 12:43:42" from a Swiss page's server is the 1st of November), not its language's.
     */
    static OffsetDateTime parseWritten(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return null;
        }
        String value = text.strip();
        LocalDate date = DIGITS_ONLY.matcher(value).matches() ? digitsOnly(value) : written(value);
        return date == null ? null : date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static LocalDate digitsOnly(String value) {
        try {
            return LocalDate.parse(value.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate written(String value) {
        WrittenDate.Reading reading = WrittenDate.find(value, WrittenDate.DayOrder.UNKNOWN);
        return reading == null ? null : reading.date();
    }
}
