package app.gleaner.extract.meta;

import app.gleaner.extract.rules.RuleList;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a calendar date as pages write it for people: "5. März 2024", "March 5, 2024", "5 de marzo de 2024",
 * "5 марта 2024", "2024年3月5日", "05.03.2024", "3/5/2024", and the forms some pages put in their meta tags
 * ("Mon Oct 11 14:57:21 CEST 2021"). Month names are data ({@code rules/month-names.txt}). A date written in numbers
 * with dots puts its day first; one with slashes or dashes whose first two numbers are both 12 or less is read in
 * the order its language writes it ({@link DayOrder}), and where the order is unknown, not at all. A day and month
 * without a year are no date here: the year is what dates a story. Immutable and thread-safe.
 */
final class WrittenDate {

    /** The earliest year read: the web's. An older year in a line is history, not a publication date. */
    static final int MIN_YEAR = 1990;
    /**
     * The latest year read: next year's (a story dated for tomorrow across a time zone). A later one is a deadline's,
     * an event's or another calendar's (Thailand's 2567 is 2024).
     */
    private static final int MAX_YEAR = Year.now().getValue() + 1;

    /** In which order a date written only in numbers puts its day and month. */
    enum DayOrder {
        /** "05.03.2024" and "05/03/2024" are the 5th of March: most of the world, British English included. */
        DAY_FIRST,
        /** "03/05/2024" is the 5th of March: American English. */
        MONTH_FIRST,
        /** English without a region: either, so a date whose first two numbers are both 12 or less is not read. */
        UNKNOWN;

        /** The order of a page in {@code languageTag} ("de", "en-US", "pt-BR"; null when the page names none). */
        static DayOrder of(String languageTag) {
            if (languageTag == null || languageTag.isBlank()) {
                return UNKNOWN;
            }
            String tag = languageTag.toLowerCase(Locale.ROOT).replace('_', '-');
            if (tag.equals("en-us")) {
                return MONTH_FIRST;
            }
            return tag.equals("en") ? UNKNOWN : DAY_FIRST;
        }
    }

    /** A date found in a text: the text as read (normalized, lower case) and where the date's words stand in it. */
    record Reading(LocalDate date, String text, int start, int end) {

        /** What the text says before the date ("updated", "by Ann Lee ·"). */
        String before() {
            return text.substring(0, start);
        }

    }

    private static final Map<String, Integer> MONTHS = months(RuleList.loadLowerCase("month-names.txt"));
    /** The names, longest first, so that "sept" is tried before "sep". */
    private static final String MONTH = MONTHS.keySet().stream().sorted(Comparator.comparing(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|", "(?<![\\p{L}\\d])(", ")\\.?(?!\\p{L})"));
    private static final String YEAR = "(\\d{4})(?!\\d)";
    /** "2024-03-05", "2024/3/5", "2024. 3. 5.". */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\s?([-/.])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{1,2})(?!\\d)");
    /** "2024年3月5日", "2024년 3월 5일". */
    private static final Pattern EAST_ASIAN = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})(?!\\d)");
    /**
     * "05.03.2024", "3/5/2024", "01-11-2023", "05.03.24": the same separator twice, not part of a longer run of
     * numbers; a two-digit year only after a two-digit day and month and a dot or slash ("3.4.12" is a version,
     * "28-12-10" a team's record).
     */
    private static final Pattern NUMBERS = Pattern.compile("(?<![\\d./-])(?:(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?"
            + "(\\d{4})|(\\d{2})([./])(\\d{2})\\6(\\d{2}))(?!\\d|[./-]\\d)");
    /** "5. März 2024", "5 de marzo de 2024", "le 1er mars 2024", "5th of March, 2024". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})(?:\\.|º|°|er|st|nd|rd|th)?"
            + "\\s*(?:de\\s+|of\\s+)?" + MONTH + "(?:\\s+de)?,?\\s+" + YEAR);
    /** "March 5, 2024", "Sept. 23 2022", and with a clock between ("Oct 11 14:57:21 CEST 2021"). */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
            + "(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm)?\\s+(?:\\p{L}{2,5}\\s+)?)?" + YEAR);

    private WrittenDate() {
    }

    /** The first date written in {@code text}, or null. */
    static Reading find(String text, DayOrder order) {
        List<Reading> readings = read(text, order, 1);
        return readings.isEmpty() ? null : readings.get(0);
    }

    /** Every date written in {@code text}, in order. */
    static List<Reading> findAll(String text, DayOrder order) {
        return read(text, order, Integer.MAX_VALUE);
    }

    private static List<Reading> read(String text, DayOrder order, int most) {
        List<Reading> readings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return readings;
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (int from = 0; readings.size() < most; ) {
            Reading first = earliest(null, matcher(YEAR_FIRST, lower, from),
                    m -> reading(m, number(m, 1), number(m, 3), number(m, 4)));
            first = earliest(first, matcher(EAST_ASIAN, lower, from),
                    m -> reading(m, number(m, 1), number(m, 2), number(m, 3)));
            first = earliest(first, matcher(NUMBERS, lower, from), m -> numbers(m, order));
            first = earliest(first, matcher(DAY_MONTH_YEAR, lower, from),
                    m -> reading(m, number(m, 3), MONTHS.get(m.group(2)), number(m, 1)));
            first = earliest(first, matcher(MONTH_DAY_YEAR, lower, from),
                    m -> reading(m, number(m, 3), MONTHS.get(m.group(1)), number(m, 2)));
            if (first == null) {
                break;
            }
            readings.add(new Reading(first.date(), lower, first.start(), first.end()));
            from = first.end();
        }
        return readings;
    }

    /** {@code pattern} over {@code lower} from {@code from}, its look-behinds seeing the text before. */
    private static Matcher matcher(Pattern pattern, String lower, int from) {
        return pattern.matcher(lower).region(from, lower.length()).useTransparentBounds(true);
    }

    private interface Read {
        Reading of(Matcher match);
    }

    /** The earlier of {@code found} and the first match of {@code matcher} that reads as a date. */
    private static Reading earliest(Reading found, Matcher matcher, Read read) {
        while (matcher.find()) {
            if (found != null && matcher.start() >= found.start()) {
                return found;
            }
            Reading reading = read.of(matcher);
            if (reading != null) {
                return reading;
            }
        }
        return found;
    }

    /** A date in numbers, day and month in the order of the page's language where both could be either. */
    private static Reading numbers(Matcher m, DayOrder order) {
        int at = m.group(1) != null ? 0 : 4; // the second form: a two-digit year
        int first = number(m, at + 1);
        int second = number(m, at + 3);
        int year = number(m, at + 4);
        year = at == 0 ? year : (2000 + year > MAX_YEAR ? 1900 : 2000) + year; // "24" is 2024, "98" 1998
        boolean either = first <= 12 && second <= 12 && first != second && !m.group(at + 2).equals(".");
        boolean monthFirst = first <= 12 && second > 12 || either && order == DayOrder.MONTH_FIRST;
        if (either && order == DayOrder.UNKNOWN) {
            return null;
        }
        return monthFirst ? reading(m, year, first, second) : reading(m, year, second, first);
    }

    private static Reading reading(Matcher m, int year, Integer month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month == null) {
            return null;
        }
        try {
            return new Reading(LocalDate.of(year, month, day), null, m.start(), m.end());
        } catch (DateTimeException e) {
            return null; // "31.02.2024", "13/13/2024": numbers, no date
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Map<String, Integer> months(List<String> lines) {
        Map<String, Integer> months = new HashMap<>();
        for (String line : lines) {
            String[] words = line.split("\\s+");
            int month = Integer.parseInt(words[0]);
            for (int i = 1; i < words.length; i++) {
                Integer before = months.put(words[i], month);
                if (before != null && before != month) {
                    throw new IllegalStateException("month-names.txt names '" + words[i] + "' twice");
                }
            }
        }
        return Map.copyOf(months);
    }
}
