package app.gleaner.extract.meta;

import app.gleaner.extract.rules.RuleList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a line's words stand around a date it writes, for {@link Dateline}: whether a label names it as the
 * publication's or an update's ("Published", "Zuletzt aktualisiert:", "最終更新日：", "Datum:"; {@code
 * rules/dateline-prefixes.txt}, {@code rules/date-labels.txt}), whether it opens its line or a field of it as a
 * dateline's date does, and whether a sentence runs on after it. Text only: the line's place in the page is
 * {@link Dateline}'s. Stateless and thread-safe.
 */
final class DatelineWords {

    /** Words a date line may hold ({@code rules/date-words.txt}, joining words with them). */
    private static final Set<String> DATE_WORDS = Set.copyOf(RuleList.loadLowerCase("date-words.txt").stream()
            .map(word -> word.replaceFirst("^\\+", "")).toList());
    /** How date lines begin ({@code rules/dateline-prefixes.txt}); those marked {@code ~} are an update's. */
    private static final List<String> DATELINE_PREFIXES = RuleList.loadLowerCase("dateline-prefixes.txt");
    private static final List<String> UPDATE_LABELS = labels(RuleList.marked(DATELINE_PREFIXES, "~"));
    private static final List<String> PUBLICATION_LABELS = labels(RuleList.unmarked(DATELINE_PREFIXES, "~"));
    /** Fields that name a date as the page's when they are the whole field ({@code rules/date-labels.txt}). */
    private static final Set<String> DATE_LABELS = Set.copyOf(RuleList.loadLowerCase("date-labels.txt"));
    /** The last word or clock time of a text, with the spaces, stops and colons around it. */
    private static final Pattern LAST_WORD = Pattern.compile("[\\h,.:：]*(\\p{L}+|\\d{1,2}[:.h]\\d{2})[\\h,.:：]*$");
    /** Spaces at the end of a text, but not its line break: that ends a field. */
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\h+$");
    /**
     * What ends a field of a line of fields, before the date's; a line break ends one too (a block's or a
     * {@code <br>}'s, as {@link Dateline} reads a line).
     */
    private static final String FIELD_SEPARATORS = "|·•—–-,»›\n";
    /** Most words after a line's date, before a field's end: more are a sentence ("On 1 April 2024, parking …"). */
    static final int MAX_WORDS_AFTER_DATE = 2;
    /** A field's label after a date: "Datum: 19.11.2021 Autor: Fritz Imhof". */
    private static final Pattern NEXT_LABEL = Pattern.compile("\\p{L}+\\h*[:：]");
    /** What a byline begins with ({@code rules/byline-prefixes.txt}): "Von Ann Lee 4. 2. 2022" is a dateline. */
    private static final List<String> BYLINE_PREFIXES = RuleList.loadLowerCase("byline-prefixes.txt").stream()
            .map(prefix -> prefix.replaceFirst("^~", "")).toList();
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private DatelineWords() {
    }

    /**
     * Whether {@code line} opens with a label that names its date as the publication's ("Posted on", "Publié le",
     * "Veröffentlicht am"), not an update's, a review's or a release's ("Modifié le", "Medically reviewed on").
     */
    static boolean opensWithPublicationLabel(String line) {
        String lower = line.strip().toLowerCase(Locale.ROOT);
        return PUBLICATION_LABELS.stream().anyMatch(label -> lower.startsWith(label)
                && (lower.length() == label.length() || !Character.isLetter(lower.charAt(label.length()))))
                && UPDATE_LABELS.stream().noneMatch(lower::startsWith);
    }

    /** Of a line's dates, the first not labelled as an update's ("Zuletzt aktualisiert: 6.3. | Erstmals: 5.3."). */
    static WrittenDate.Reading publication(List<WrittenDate.Reading> readings) {
        return readings.stream().filter(reading -> label(reading) != Label.UPDATE).findFirst()
                .orElse(readings.isEmpty() ? null : readings.get(0));
    }

    /**
     * Whether the date begins its line as a dateline's does: after nothing but date words, after a field's bar or
     * comma ("By Ann Lee · March 5, 2024"), in a byline ("Von Ann Lee 4. 2. 2022") or after a date line's label, and
     * whether its field ends soon after it or names its author ("Posted March 5, 2024 by the release team"). Other
     * words make it another day ("valid until", "Mitglied seit"), and a sentence after it an event's ("On 1 April
     * 2024, parking will cost …").
     */
    static boolean introducesADate(WrittenDate.Reading reading) {
        String before = withoutTrailingDateWords(reading.before()).stripLeading();
        boolean introduced = before.isEmpty() || FIELD_SEPARATORS.indexOf(before.charAt(before.length() - 1)) >= 0
                || label(reading) != Label.NONE
                || lastLabel(before, BYLINE_PREFIXES) == 0 && !BYLINE_PREFIXES.contains(before);
        String after = fieldAfter(reading).strip();
        return introduced
                && (wordsBesideDates(after) <= MAX_WORDS_AFTER_DATE || lastLabel(after, BYLINE_PREFIXES) == 0);
    }

    /** The text after a line's date up to the end of its field, or up to the next field's label ("Autor:"). */
    private static String fieldAfter(WrittenDate.Reading reading) {
        String after = reading.text().substring(reading.end());
        for (int i = 0; i < after.length(); i++) {
            if (FIELD_SEPARATORS.indexOf(after.charAt(i)) >= 0 && after.charAt(i) != ',') {
                after = after.substring(0, i);
                break;
            }
        }
        Matcher nextLabel = NEXT_LABEL.matcher(after);
        return nextLabel.find() ? after.substring(0, nextLabel.start()) : after;
    }

    /** What a date's own field calls it. */
    enum Label {
        /** Nothing: "March 5, 2024", "By Ann Lee · March 5, 2024". */
        NONE,
        /** A publication's: "Published", "Posted by Ann Lee on", "Datum:". */
        PUBLICATION,
        /** An update's: "Updated", "Zuletzt aktualisiert:", "最終更新日：". */
        UPDATE
    }

    /**
     * How the field before a date labels it: by the last label of {@code rules/dateline-prefixes.txt} in it, or as a
     * publication's when the whole field is one of {@code rules/date-labels.txt} ("Datum:", not "Closing date:").
     */
    static Label label(WrittenDate.Reading reading) {
        String before = withoutTrailingDateWords(reading.before());
        int start = before.length() - 1;
        while (start >= 0 && FIELD_SEPARATORS.indexOf(before.charAt(start)) < 0) {
            start--;
        }
        String field = before.substring(start + 1).replaceFirst("[\\s:：]+$", "").strip();
        int update = lastLabel(field, UPDATE_LABELS);
        int publication = lastLabel(field, PUBLICATION_LABELS);
        if (update > publication) {
            return Label.UPDATE;
        }
        return publication >= 0 || DATE_LABELS.contains(field) ? Label.PUBLICATION : Label.NONE;
    }

    /** {@code text} without the date words at its end ("Veröffentlicht am: Freitag, " → "veröffentlicht"). */
    private static String withoutTrailingDateWords(String text) {
        String rest = TRAILING_SPACE.matcher(text).replaceFirst("");
        for (Matcher last = LAST_WORD.matcher(rest); last.find() && isDateWord(last.group(1));
                last = LAST_WORD.matcher(rest)) {
            rest = rest.substring(0, last.start());
        }
        return TRAILING_SPACE.matcher(rest).replaceFirst("");
    }

    /** A date word ("am", "Freitag", "公開日") or a clock time. */
    private static boolean isDateWord(String word) {
        return Character.isDigit(word.charAt(0)) || DATE_WORDS.contains(word);
    }

    /**
     * Where the last of {@code labels} stands in {@code text} as whole words ("stand", not "Pegelstand"; a label in
     * Chinese or Japanese characters, which no space sets apart, anywhere); or -1.
     */
    private static int lastLabel(String text, List<String> labels) {
        int last = -1;
        for (String label : labels) {
            boolean ideographic = Character.isIdeographic(label.codePointAt(0));
            for (int at = text.lastIndexOf(label); at > last; at = text.lastIndexOf(label, at - 1)) {
                int after = at + label.length();
                if (ideographic || (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                    last = at;
                    break;
                }
            }
        }
        return last;
    }

    /** The prefixes as words: without their update mark and their colon ("~stand:" → "stand"). */
    private static List<String> labels(List<String> prefixes) {
        return prefixes.stream().map(prefix -> prefix.replaceFirst("\\s*:$", "")).toList();
    }

    /**
     * Words of {@code lower} that are neither numbers nor date words: "Par Claire Vasseur — Publié le 21 janvier
     * 2012 à 10h05, mis à jour le 22 janvier 2012" has seven.
     */
    static int wordsBesideDates(String lower) {
        int words = 0;
        for (String word : NOT_WORD.split(lower)) {
            if (!word.isEmpty() && !DATE_WORDS.contains(word) && word.chars().noneMatch(Character::isDigit)) {
                words++;
            }
        }
        return words;
    }
}
