package app.gleaner.extract.clean;

import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognizes short lines that label the article rather than tell it: picture credits ("Photo: …", "(Image credit:
 * …)", "Alex Roe | Getty Images"), date lines ("Updated 9:41 AM", "Veröffentlicht am 3. Mai"), copyright notices
 * ("© 2024 …", "Alle Rechte vorbehalten") and an email's delivery lines ("You are receiving this email because…",
 * "Im Browser ansehen"), affiliate disclosures ("… we may earn a commission"), gallery counters ("Image 2 of 13",
 * "3 / 8"), bylines ("By Ada Roe - 3 May 2024"), metadata lines ("Aufrufe: 1.204") and lines that are nothing but a
 * date ("Wednesday, 20 November 2019 08:05 GMT", "12.12.2022, 08:30 Uhr"). Prefixes, suffixes, phrases and words are
 * data ({@code rules/credit-prefixes.txt}, {@code rules/credit-suffixes.txt}, {@code rules/dateline-prefixes.txt},
 * {@code rules/legal-lines.txt}, {@code rules/mailing-lines.txt}, {@code rules/disclosure-phrases.txt},
 * {@code rules/date-words.txt}, {@code rules/byline-openers.txt}, {@code rules/meta-labels.txt}); a date line must
 * also hold a digit, so "Updated guidance says…" is not one. Only short lines qualify, so a paragraph that opens with
 * "Photo" stays. Immutable and thread-safe.
 */
public final class LabelLines {

    /** Lines longer than this are never credits. */
    public static final int MAX_CREDIT_WORDS = 12;
    /**
     * Lines longer than this are never credits by their ending: a name or two and the agency. A caption that ends
     * with its credit is longer, and stays.
     */
    public static final int MAX_SUFFIX_CREDIT_WORDS = 6;
    /** Lines longer than this are never date lines. */
    public static final int MAX_DATELINE_WORDS = 16;
    /** Words after a date line's colon and date that make the line an editors' note ({@link #goesOnAsNote}). */
    static final int MIN_NOTE_WORDS = 3;
    /** Words after a date line's date, with no colon, that make it an editors' note: more than a section's name. */
    static final int MIN_CLAUSE_WORDS = 5;
    /** How a sentence after a date line's colon ends. */
    private static final String SENTENCE_ENDS = ".。!！";
    /** Lines longer than this are never copyright notices. */
    public static final int MAX_LEGAL_WORDS = 30;
    /** Lines longer than this are never a bare date or time. */
    public static final int MAX_DATE_WORDS = 10;
    /** Blocks longer than this are never an affiliate or advertising disclosure. */
    public static final int MAX_DISCLOSURE_WORDS = 60;
    /** Lines longer than this are never a metadata line ("Aufrufe: 1.204"). */
    public static final int MAX_META_LINE_WORDS = 8;
    /** Lines longer than this are never a byline. */
    public static final int MAX_BYLINE_WORDS = 14;
    /** Names a byline may hold before its date, joining words not counted. */
    public static final int MAX_BYLINE_NAMES = 6;

    /** Lines longer than this are never a row of metadata fields. */
    public static final int MAX_META_ROW_WORDS = 30;
    /** The longest of the bounds above: a line of more words is no label of any kind. */
    private static final int MAX_LONGEST_LABEL_WORDS = Math.max(Math.max(MAX_DISCLOSURE_WORDS, MAX_LEGAL_WORDS),
            Math.max(Math.max(MAX_META_ROW_WORDS, MAX_BYLINE_WORDS), Math.max(MAX_CREDIT_WORDS, MAX_DATELINE_WORDS)));
    /** Words the name of a field in a metadata row may have ("Hinzugefügt von"). */
    static final int MAX_FIELD_NAME_WORDS = 3;
    /** Words the value of a field in a metadata row may have. */
    static final int MAX_FIELD_VALUE_WORDS = 6;

    /** Marks a joining word in the date-word file: it may stand in a date line but does not make one. */
    public static final String DATE_JOINER_MARK = "+";

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s(\\[|•·—–-]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s)\\].,;:|•·—–-]+$");
    /** "… are ©2019 Quay Media Corp.": a copyright sign with a year, anywhere in a short line. */
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("©\\s*(?:\\d{4}|copyright)");
    /**
     * "© 2024 …", "Copyright © …", "(c) 2024 …", "Copyright 2024 …". A bare "© Name" opens a photographer's
     * credit, which may run into the caption after it: that is a notice only when short
     * (see {@link #isLabelLine(String, String, int)}).
     */
    private static final Pattern COPYRIGHT_OPENING = Pattern.compile("^(?:copyright\\s*)?(?:©|\\(c\\))\\s*\\d"
            + "|^copyright\\s*©|^copyright\\s+\\d{4}");
    /** "Image 2 of 13", "Foto 3 von 8", "2 / 13": a slide counter in any language that puts the numbers so. */
    private static final Pattern GALLERY_COUNTER = Pattern.compile(
            "^(?:\\p{L}+\\s+)?\\d{1,3}\\s*(?:/|of|von|de|di|sur|van|z|av|af)\\s*\\d{1,3}$");

    /** A number, or a date or time written in digits ("03.04.2020", "2019-11-20", "08:30"), with any ordinal. */
    private static final Pattern NUMBER_RUN = Pattern.compile("\\d[\\d./:-]*");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    /** Where a byline's names end and its date or role begins. */
    private static final Pattern BYLINE_BREAK = Pattern.compile("\\s+[-–—|•·]\\s+|,|(?=\\s\\d)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern META_ROW_BAR = Pattern.compile("\\s*[|•·]\\s*");
    /**
     * A reading time or a length as a metadata row gives it: "5 min read", "12 minute read", "6 Min. Lesezeit",
     * "Lesedauer 4 Minuten", "6 minutos de lectura", "lecture 5 min", "58 min".
     */
    private static final Pattern READING_TIME = Pattern.compile("(?:(?:lesedauer|lesezeit|lecture|leestijd|reading "
            + "time|read time)\\s*:?\\s*)?\\d{1,3}\\s*(?:min|mins|minutes?|minuten|minutos?|minuti|minut|perc)\\.?"
            + "(?:\\s*(?:read|reading|lesezeit|lesedauer|de lectura|di lettura|de leitura|de lecture|leestijd|czytania"
            + "|olvasás))?");
    /** The words that make a length a reading time: "read", "Lesezeit", "de lectura". */
    private static final Pattern READING_WORD = Pattern.compile("read|lesezeit|lesedauer|lectura|lettura|leitura"
            + "|leestijd|czytania|olvasás|reading time");

    private final List<String> creditPrefixes;
    private final List<String> creditSuffixes;
    private final List<String> datelinePrefixes;
    private final List<String> legalPhrases;
    private final List<String> disclosurePhrases;
    private final List<String> advicePhrases;
    private final Set<String> metaLabels;
    private final Set<String> dateNames;
    private final Set<String> dateJoiners;
    private final Set<String> bylineOpeners;
    private final Set<String> nameJoiners;

    /** Rules from the bundled rule files. */
    public LabelLines() {
        this(RuleList.loadLowerCase("credit-prefixes.txt"), RuleList.loadLowerCase("credit-suffixes.txt"),
                RuleList.loadLowerCase("dateline-prefixes.txt"), legalAndMailingLines(),
                RuleList.loadLowerCase("date-words.txt"), RuleList.loadLowerCase("byline-openers.txt"),
                RuleList.loadLowerCase("disclosure-phrases.txt"), RuleList.loadLowerCase("advice-disclaimers.txt"),
                RuleList.loadLowerCase("meta-labels.txt"));
    }

    /** The phrases of copyright notices, and those of an email's delivery lines, which go alike. */
    private static List<String> legalAndMailingLines() {
        return Stream.concat(RuleList.loadLowerCase("legal-lines.txt").stream(),
                RuleList.loadLowerCase("mailing-lines.txt").stream()).toList();
    }

    LabelLines(List<String> creditPrefixes, List<String> creditSuffixes, List<String> datelinePrefixes,
            List<String> legalPhrases, List<String> dateWords, List<String> bylineWords,
            List<String> disclosurePhrases, List<String> advicePhrases, List<String> metaLabels) {
        this.creditPrefixes = List.copyOf(creditPrefixes);
        this.creditSuffixes = List.copyOf(creditSuffixes);
        this.datelinePrefixes = datelinePrefixes.stream().map(prefix -> prefix.replaceFirst("^~", "")).toList();
        this.legalPhrases = List.copyOf(legalPhrases);
        this.disclosurePhrases = List.copyOf(disclosurePhrases);
        this.advicePhrases = List.copyOf(advicePhrases);
        this.metaLabels = Set.copyOf(metaLabels);
        this.dateNames = Set.copyOf(RuleList.unmarked(dateWords, DATE_JOINER_MARK));
        this.dateJoiners = Set.copyOf(RuleList.marked(dateWords, DATE_JOINER_MARK));
        this.bylineOpeners = Set.copyOf(RuleList.unmarked(bylineWords, DATE_JOINER_MARK));
        this.nameJoiners = Set.copyOf(RuleList.marked(bylineWords, DATE_JOINER_MARK));
    }

    /** How a line reads as a label, which decides where it may stand and still be one. */
    public enum Label {
        /** Not a label: prose, or too long to be one. */
        NONE,
        /**
         * Opens like a credit or a date line ("Photo: …", "Updated 9:41 AM"): a label even as a run inside a caption
         * ("The harbour at dawn <span>(Photo: Ada Roe)</span>").
         */
        OPENING,
        /**
         * A credit by its ending ("Alex Roe | Getty Images"), a copyright notice, an affiliate or advertising
         * disclosure, a gallery counter, a bare date, a byline ("By Ada Roe - 3 May 2024") or a metadata line or row:
         * a label only as a line that stands alone, since inside a sentence "according to <em>Reuters</em>" is prose.
         */
        WHOLE_LINE,
        /**
         * A disclaimer of advice ("Not investment advice", "… ne remplacent pas l'avis d'un professionnel de santé",
         * {@code rules/advice-disclaimers.txt}): a label only as small print set apart from the running text, since a
         * news story quotes a regulator's such warning in its own paragraph.
         */
        SET_APART
    }

    /**
     * How {@code text} reads as a label. The text is lower-cased and its words counted once; a line that both opens
     * like a label and is one as a whole line reads as {@link Label#OPENING}, the reading that holds in more places.
     */
    public Label classify(String text) {
        // most blocks asked are empty or paragraphs of prose, longer than any label (a gallery counter's few words
        // included): spare them the lower-casing and the patterns; case and leading punctuation make or join no words
        int words = TextStats.words(text);
        if (words == 0 || words > MAX_LONGEST_LABEL_WORDS) {
            return Label.NONE;
        }
        String lower = LEADING_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (opensLikeLabel(lower, words)) {
            return Label.OPENING;
        }
        if (isLabelLine(text, lower, words)) {
            return Label.WHOLE_LINE;
        }
        // a disclaimer a story quotes ("'This is not investment advice,' Pike said") is the story's words
        return words <= MAX_DISCLOSURE_WORDS && containsAny(Quotations.outside(lower), advicePhrases) ? Label.SET_APART
                : Label.NONE;
    }

    /** Whether {@code text} is a date and nothing else ("Friday, 8 March", "28 September 2015"). */
    boolean isDateLine(String text) {
        String lower = LEADING_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
        int words = TextStats.words(lower);
        return words > 0 && words <= MAX_DATE_WORDS && isDateOnly(lower);
    }

    /** {@code lower} is the line lower-cased without its leading punctuation; {@code words} its word count. */
    private boolean opensLikeLabel(String lower, int words) {
        return words <= MAX_CREDIT_WORDS && startsWithAny(lower, creditPrefixes)
                || words <= MAX_DATELINE_WORDS && startsWithAny(lower, datelinePrefixes) && TextStats.hasDigit(lower)
                        && !goesOnAsNote(lower);
    }

    /**
     * True when the date line goes on to say what changed, as a sentence: an editors' note the story keeps. Either a
     * colon closes the prefix and its date alone and opens {@link #MIN_NOTE_WORDS} words or more after any date it
     * names ("Aktualizacja (1 grudnia, 15.20): Dodaliśmy stanowisko zarządu.", "Aktualisiert um 16:40 Uhr: Das
     * Ergebnis wurde ergänzt."), where a date line's colon opens its date ("Updated: Monday 3 March 2025, 10:00.",
     * "Aktualisiert: vor 3 Stunden.") or closes a later field's name ("Updated 3 May 2025. Reading time: four
     * minutes."); or, with no such colon, {@link #MIN_CLAUSE_WORDS} words or more follow the date ("Updated at 14:05
     * with a statement from the Environment Agency."), more than a section's name or a time zone ("Published 3 May
     * 2025 at 09:15 in Local Politics.", "Atualizado às 17h30, horário de Brasília."). Neither names a writer
     * ("Updated: 3 May 2024 by Ada Roe.", "Published 3 days ago by Ada Roe and Tom Vale.").
     */
    private boolean goesOnAsNote(String lower) {
        String line = lower.strip();
        if (line.isEmpty() || SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) < 0) {
            return false;
        }
        int colon = EditorsNote.closingColon(line, 0, line.length());
        if (colon < 0) {
            return saysWhatChanged(line, MIN_CLAUSE_WORDS);
        }
        String head = line.substring(Math.max(0, prefixLength(line, datelinePrefixes)), colon);
        return holdsOnlyDateWords(head) && saysWhatChanged(line.substring(colon + 1), MIN_NOTE_WORDS);
    }

    /** Whether {@code text} says {@code minWords} words or more after its date, and they open with no byline's word. */
    private boolean saysWhatChanged(String text, int minWords) {
        String clause = TRAILING_PUNCTUATION.matcher(text.substring(endOfDate(text))).replaceFirst("").strip();
        Matcher first = LETTERS.matcher(clause);
        return TextStats.words(clause) >= minWords && !(first.find() && bylineOpeners.contains(first.group()));
    }

    /** Whether {@code text} holds nothing but numbers, month and weekday names and joining words ("um 16:40 uhr"). */
    private boolean holdsOnlyDateWords(String text) {
        Matcher words = LETTERS.matcher(NUMBER_RUN.matcher(text).replaceAll(" "));
        while (words.find()) {
            if (!dateNames.contains(words.group()) && !dateJoiners.contains(words.group())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the date of {@code lower} ends: after its last number and the month or weekday names and joining words
     * right after it ("3 may 2024", "16:40 uhr", "3 hours ago"); 0 when it holds no number.
     */
    private int endOfDate(String lower) {
        int end = 0;
        Matcher numbers = NUMBER_RUN.matcher(lower);
        while (numbers.find()) {
            end = numbers.end();
        }
        Matcher words = LETTERS.matcher(lower); // no digit follows the last number: only punctuation stands between
        while (end > 0 && words.find(end)
                && (dateNames.contains(words.group()) || dateJoiners.contains(words.group()))) {
            end = words.end();
        }
        return end;
    }

    /** {@code text} as given, {@code lower} and {@code words} as for {@link #opensLikeLabel(String, int)}. */
    private boolean isLabelLine(String text, String lower, int words) {
        String bare = TRAILING_PUNCTUATION.matcher(lower).replaceFirst("");
        return words <= MAX_SUFFIX_CREDIT_WORDS && endsWithAny(bare, creditSuffixes)
                || words <= MAX_LEGAL_WORDS && (COPYRIGHT_OPENING.matcher(lower).find()
                        || COPYRIGHT_YEAR.matcher(lower).find() || containsAny(lower, legalPhrases))
                || words <= MAX_SUFFIX_CREDIT_WORDS && lower.indexOf('©') >= 0
                || words <= MAX_DISCLOSURE_WORDS && containsAny(lower, disclosurePhrases)
                || GALLERY_COUNTER.matcher(bare).matches()
                || words <= MAX_DATE_WORDS && isDateOnly(lower)
                || words <= MAX_META_LINE_WORDS && isMetaLine(lower)
                || words <= MAX_BYLINE_WORDS && isByline(LEADING_PUNCTUATION.matcher(text).replaceFirst("").strip())
                || words <= MAX_META_ROW_WORDS && isMetaRow(text);
    }

    /**
     * A row of fields set off by bars: "Aufrufe: 1120 | Added by: Posh | Rating: 4.5", "Verfasst von: Lena | 31.
     * Dezember 2008". Every field is a short "name: value" pair, a date, a byline or a reading time ("5 min read"),
     * and one at least is a known metadata field or a date, so "Berlin | Hamburg" or a headline with a bar is not one.
     * A length with no reading word ("14 March · 98 min") is a film's, a class's or a run's as often: it makes a row
     * only beside a byline or a metadata field.
     */
    private boolean isMetaRow(String text) {
        String[] fields = META_ROW_BAR.split(text.strip());
        if (fields.length < 2) {
            return false;
        }
        boolean known = false;
        boolean named = false; // a byline or a metadata field: the row is the article's, not a listing's
        boolean length = false; // a length with no reading word ("58 min"): a film's or a class's as well
        for (String field : fields) {
            String lower = LEADING_PUNCTUATION.matcher(field.toLowerCase(Locale.ROOT)).replaceFirst("").strip();
            if (lower.isEmpty()) {
                continue;
            }
            int words = TextStats.words(lower);
            boolean dated = words <= MAX_DATE_WORDS && isDateOnly(lower);
            boolean metaField = words <= MAX_META_LINE_WORDS && isMetaLine(lower);
            boolean byline = !dated && !metaField && isByline(field.strip());
            boolean readingTime = !dated && !metaField && !byline && READING_TIME.matcher(lower).matches();
            if (!dated && !metaField && !byline && !readingTime && !isField(lower)) {
                return false;
            }
            known = known || dated || metaField;
            named = named || byline || metaField;
            length = length || readingTime && !READING_WORD.matcher(lower).find();
        }
        return known && (named || !length);
    }

    /** "name: value" with a name of a few words and a short value. */
    private static boolean isField(String lower) {
        int colon = lower.indexOf(':');
        return colon > 0 && TextStats.words(lower.substring(0, colon)) <= MAX_FIELD_NAME_WORDS
                && TextStats.words(lower.substring(colon + 1)) <= MAX_FIELD_VALUE_WORDS;
    }

    /** A metadata field name and a colon, then at most a short value: "Autoren: Jan Berg", "Aufrufe: 1.204". */
    private boolean isMetaLine(String lower) {
        int colon = lower.indexOf(':');
        return colon > 0 && metaLabels.contains(lower.substring(0, colon).strip());
    }

    /** An opener ("By", "Von:"), then capitalized names, then nothing or a date after a dash or comma. */
    private boolean isByline(String text) {
        String[] words = WHITESPACE.split(text, 2);
        String opener = TRAILING_PUNCTUATION.matcher(words[0].toLowerCase(Locale.ROOT)).replaceFirst("");
        if (words.length < 2 || !bylineOpeners.contains(opener)) {
            return false;
        }
        String[] parts = BYLINE_BREAK.split(words[1].strip(), 2);
        int names = 0;
        for (String word : WHITESPACE.split(TRAILING_PUNCTUATION.matcher(parts[0]).replaceFirst("").strip())) {
            if (nameJoiners.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            names++;
        }
        if (names == 0 || names > MAX_BYLINE_NAMES) {
            return false;
        }
        String rest = parts.length > 1 ? parts[1].strip() : "";
        return rest.isEmpty() || isDateOnly(rest.toLowerCase(Locale.ROOT));
    }

    /**
     * Numbers and date words only, with a month or weekday name or a number written like a date: "3" or "of 8" alone
     * is no date, and neither is a time alone ("4:14 p.m."), which heads the entries of a live report.
     */
    private boolean isDateOnly(String lower) {
        Matcher numbers = NUMBER_RUN.matcher(lower);
        if (!numbers.find()) {
            return false;
        }
        boolean dated = NUMERIC_DATE.matcher(lower).find();
        for (String word : NOT_WORD.split(numbers.replaceAll(" "))) {
            String bare = EDGE_HYPHENS.matcher(word).replaceAll("");
            if (bare.isEmpty() || dateJoiners.contains(bare)) {
                continue;
            }
            if (!dateNames.contains(bare)) {
                return false;
            }
            dated = true;
        }
        return dated;
    }

    private static boolean endsWithAny(String lower, List<String> suffixes) {
        for (String suffix : suffixes) {
            int start = lower.length() - suffix.length();
            if (lower.endsWith(suffix) && (start == 0 || !Character.isLetterOrDigit(lower.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String lower, List<String> phrases) {
        for (String phrase : phrases) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String lower, List<String> prefixes) {
        return prefixLength(lower, prefixes) >= 0;
    }

    /** The length of the first of {@code prefixes} that {@code lower} starts with as a word; -1 when none. */
    private static int prefixLength(String lower, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix) && (lower.length() == prefix.length()
                    || !Character.isLetterOrDigit(lower.charAt(prefix.length()))
                    || !Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1)))) {
                return prefix.length();
            }
        }
        return -1;
    }
}
