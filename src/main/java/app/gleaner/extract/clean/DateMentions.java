package app.gleaner.extract.clean;

import app.gleaner.extract.rules.RuleList;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a date named inside a sentence: a month or weekday name ({@code rules/date-words.txt}, joining words left
 * out) beside a number ("12 June", "June 12", "Dienstag, 14.", "el 20 de junio") or a numeric date ("14.10.",
 * "2026-06-12"). An announcement says on which day; a time alone ("every weekday at 7am") is a newsletter's or a
 * podcast's schedule as often. Immutable and thread-safe.
 */
final class DateMentions {

    /** Words between a month or weekday name and its number ("20 de junio", "June the 12th"). */
    private static final int MAX_WORDS_BETWEEN = 1;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*|\\d+");
    /** What makes the number before it an hour: "9am", "9 p.m.", "18 Uhr", "18h", "18:30". */
    private static final Pattern CLOCK_AFTER = Pattern.compile("\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|h)\\b|[:.]\\d{2}\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}\\.\\d{1,2}\\.|\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** Month and weekday names, full and short, in the languages of the rule file. */
    private static final Set<String> NAMES = RuleList.unmarked(RuleList.loadLowerCase("date-words.txt"), "+").stream()
            .collect(Collectors.toUnmodifiableSet());

    private DateMentions() {
    }

    /** True when {@code lower}, lower-cased, names a date. */
    static boolean in(String lower) {
        if (NUMERIC_DATE.matcher(lower).find()) {
            return true;
        }
        Matcher words = WORD.matcher(lower);
        int lastNumber = Integer.MIN_VALUE / 2;
        int lastName = Integer.MIN_VALUE / 2;
        for (int index = 0; words.find(); index++) {
            String word = words.group();
            if (Character.isDigit(word.charAt(0))) {
                if (CLOCK_AFTER.matcher(lower).region(words.end(), lower.length()).lookingAt()) {
                    continue; // "every Saturday at 9am": a time of a weekly schedule, no day
                }
                lastNumber = index;
            } else if (NAMES.contains(word)) {
                lastName = index;
            } else {
                continue;
            }
            if (Math.abs(lastNumber - lastName) <= MAX_WORDS_BETWEEN + 1) {
                return true;
            }
        }
        return false;
    }
}
