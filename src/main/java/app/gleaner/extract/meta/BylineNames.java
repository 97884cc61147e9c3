package app.gleaner.extract.meta;

import app.gleaner.extract.clean.LabelLines;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names in a byline for {@link Byline} and its kin: what stands before and after them ("By", "Posted on May 3 by",
 * a date, a weekday, a handle, "Updated") cut away, and whether what is left reads as names. The words are data:
 * {@code rules/byline-prefixes.txt}, {@code byline-stop-words.txt} and {@code byline-openers.txt}. Stateless and
 * thread-safe.
 */
final class BylineNames {

    /** Longest plausible byline, in characters; longer "author" blocks are biographies. */
    static final int MAX_CHARS = 100;
    /** Longest raw text read as a byline, in characters; a longer one is a biography or a list. */
    static final int MAX_INPUT_CHARS = 4 * MAX_CHARS;
    private static final List<String> PREFIXES = RuleList.loadLowerCase("byline-prefixes.txt");
    private static final List<String> STOP_WORDS = RuleList.loadLowerCase("byline-stop-words.txt");
    /** Titles written after the names ("박서윤 기자"): they end the names as a stop word marked always does. */
    private static final List<String> TITLE_RULES = RuleList.loadLowerCase("byline-titles.txt");
    static final List<String> TITLES = RuleList.unmarked(RuleList.unmarked(TITLE_RULES, "!"), "=");
    /** {@link #TITLES} as a regular expression's alternation, for the rules that read a line signed with one. */
    static final String TITLE = "(?:" + String.join("|", TITLES.stream().map(Pattern::quote).toList()) + ")";
    /**
     * The name a title follows: one word of two to four syllables, as a Korean name is written ("박서윤"), so that a
     * clause before the word ("끝까지 질문한 기자", "the reporter who asked to the end") is none.
     */
    static final Pattern SIGNED_NAME = Pattern.compile("\\p{IsHangul}{2,4}");
    /** Words a Korean credit writes before "=" in brackets: "글" (text by), "사진" (photo by). */
    private static final Set<String> CREDIT_WORDS = Set.copyOf(RuleList.marked(TITLE_RULES, "="));
    /** Words that before a title say what kind of reporter writes ("시민 기자"), not who. */
    static final Set<String> REPORTER_KINDS = Set.copyOf(RuleList.marked(TITLE_RULES, "!"));
    /** Most words the names of one author page's link hold: more is a headline linked there. */
    static final int MAX_AUTHOR_LINK_WORDS = 5;
    /** Marks a prefix that also begins names: stripped from a byline shown in the page only. */
    private static final String NAME_PARTICLE_MARK = "~";
    /** Marks a stop word that ends the names even with no number after it. */
    private static final String ALWAYS_MARK = "!";
    /** Marks a weekday's name among the stop words. */
    private static final String WEEKDAY_MARK = "~";
    /** The stop words that end the names when a number follows them: a month's name, an "ago" word. */
    private static final List<String> DATE_STARTS =
            RuleList.unmarked(RuleList.unmarked(STOP_WORDS, ALWAYS_MARK), WEEKDAY_MARK);
    /** What a meta tag's or JSON-LD's author may begin with before the names ("By Ann Lee"). */
    static final Pattern PREFIX = prefixes(false);
    /** What a byline shown in the page may begin with, name particles included ("Von Jan Novák"). */
    static final Pattern MARKUP_PREFIX = prefixes(true);
    /**
     * Where the names end: a number standing on its own (a date or time; "r23" is a name), a social handle (bare or in
     * brackets: "(@ann)", "(id:ann_k)") or an e-mail address, a bullet, a pipe, a spaced dash, a spaced slash before
     * a number ("김민호 / 2003.02.09"), the label of a next field ("Quelle:"), or a word of
     * {@code rules/byline-stop-words.txt} — a month name or an "ago" word when a number follows it, "updated" and its
     * like always.
     */
    static final Pattern TAIL = Pattern.compile("((?<![\\p{L}\\d])\\d|\\s@\\w|\\s[^\\s@]+@\\w"
            + "|\\s\\(\\s*[^\\s()/]*[@:_][^\\s()/]*\\s*\\)|[•|·]|\\s[—–]\\s|\\s/\\s*(?=\\d)"
            + "|\\s\\p{L}+:(?!\\S)|\\s(" + alternation(alwaysStops()) + ")(?![\\p{L}])|\\s("
            + alternation(DATE_STARTS) + ")(?![\\p{L}])\\.?(?=\\s*\\d)).*$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A stop word that ends the names even without a number, opening a line: another's credit ("Edited by",
     * "责任编辑"), a date's word ("Updated"). Not the short ones, "am", "um", "vor": "Um" is a surname too.
     */
    private static final Pattern OTHERS_CREDIT = Pattern.compile("(?:" + alternation(RuleList.marked(STOP_WORDS,
            ALWAYS_MARK).stream().filter(word -> word.length() > 3).toList()) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The stop words, read alone: what is left of a byline box that only dates the story ("Published", "Feb"). */
    private static final Set<String> DATE_WORDS = Stream.of(DATE_STARTS, RuleList.marked(STOP_WORDS, ALWAYS_MARK),
            RuleList.marked(STOP_WORDS, WEEKDAY_MARK)).flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
    /** Weekdays' names, cut from the end of names a date was cut from. */
    private static final Set<String> WEEKDAYS = Set.copyOf(RuleList.marked(STOP_WORDS, WEEKDAY_MARK));
    static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    /**
     * Marks inside a name written in Han or kana that belong to no script of their own: the long vowel mark
     * ("ルーシー"), the middle dots between a foreign name's parts ("マイケル・ブラウン", "阿諾‧史瓦辛格").
     */
    private static final String NAME_MARKS = "ー・･·‧゠＝";
    /** Words that stand between names or inside one ("Ada Roe und Tom Vale", "Anna van Dijk"). */
    static final Set<String> NAME_JOINERS = Set.copyOf(
            RuleList.marked(RuleList.loadLowerCase("byline-openers.txt"), LabelLines.DATE_JOINER_MARK));
    /** A word that introduces names inside a line, then a capitalized word: "… by Ann Lee", "… Autor: Jan". */
    private static final Pattern INNER_LABEL = Pattern.compile("(?<![\\p{L}])(?:"
            + alternation(RuleList.unmarked(PREFIXES, NAME_PARTICLE_MARK)) + ")\\s*:?\\s+(?-i:(?=\\p{Lu}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Before an inner label: a number (a date, a time) or a field's colon. */
    private static final Pattern FIELD_BEFORE = Pattern.compile("\\d|:");
    /** A name in quotation marks, wholly: "'한결'", "«Ana»". */
    private static final Pattern QUOTED = Pattern.compile(
            "['\"‘’“„«「『]([^'\"‘’“”„«»「」『』]+)['\"‘’“”»」』]");
    /**
     * The place and the agency a Korean wire story opens with, in brackets: "(서울=연합뉴스)", "[세종=뉴스1]",
     * "【도쿄=뉴시스】". Not a name: the reporter's follows it.
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "[(\\[【]\\s*([^()\\[\\]【】=\\s][^()\\[\\]【】=]{0,19})=[^()\\[\\]【】=]{1,25}[)\\]】]\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:—–»›-]+$");
    /** What a site's software names an author who has none ("admin", "Super User", "Unknown"): no one. */
    private static final Set<String> PLACEHOLDERS = Set.copyOf(RuleList.loadLowerCase("placeholder-authors.txt"));
    /** An e-mail address, its "@" written or spelt out ("jane[at]example.org"): a way to write, not a name. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[^\\s@]+(?:@|\\[at]|\\(at\\)|\\{at})[^\\s@]+\\.\\p{L}{2,}", Pattern.CASE_INSENSITIVE);
    /**
     * A word of two letters or more: "J J" (avatar initials) is not a byline. A Tamil or Hindi letter may carry its
     * vowel sign between two letters ("செல்வி").
     */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}\\p{M}*\\p{L}");

    private BylineNames() {
    }

    /**
     * Names joined as a byline writes them: with the ideographic comma where every name is written in Han or kana
     * ("林晓雯、周启航", "森下 遥、佐藤 健"), with a comma elsewhere ("Ana Ruiz, Tom Berg").
     */
    static String join(Collection<String> names) {
        return String.join(names.stream().allMatch(BylineNames::isHanOrKana) ? "、" : ", ", names);
    }

    private static boolean isHanOrKana(String name) {
        return !name.isBlank() && name.codePoints().allMatch(c -> Character.isWhitespace(c)
                || NAME_MARKS.indexOf(c) >= 0 || TextStats.isCjk(c));
    }

    /** Names: every word capitalized or of a script without case, joining words aside; no "©" credit. */
    static boolean readsAsLinkedName(String name) {
        if (name.indexOf('©') >= 0 || TextStats.words(name) > MAX_AUTHOR_LINK_WORDS) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (Character.isLowerCase(word.codePointAt(0)) && !NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops what comes before and after the names: "By", dates, handles, separators. Null when nothing is left, the
     * text is too long to be a byline, or it names no one: a site's placeholder ("admin"), an e-mail address.
     * {@code shownInPage}: the text is a byline element's, so name particles that open it ("Von …") are read as "by".
     */
    static String clean(String byline, boolean shownInPage) {
        String text = WHITESPACE.matcher(byline).replaceAll(" ").strip();
        if (text.length() > MAX_INPUT_CHARS) {
            return null;
        }
        Matcher quoted = QUOTED.matcher(text);
        text = quoted.matches() ? quoted.group(1).strip() : text; // a blog platform's meta tag quotes its author
        int wire = wireDatelineEnd(text);
        text = wire > 0 ? text.substring(wire) : text; // "(서울=연합뉴스) 박서윤 기자"
        if (shownInPage && MARKUP_PREFIX.matcher(text).replaceFirst("").length() == text.length()) {
            text = afterInnerLabel(text); // "By Jane Doe | May 3 | Photos by Ann Lee" names its author first
        }
        Pattern prefix = shownInPage ? MARKUP_PREFIX : PREFIX;
        String cleaned = prefix.matcher(text).replaceFirst("").strip();
        Matcher credit = OTHERS_CREDIT.matcher(cleaned);
        if (credit.lookingAt()) { // "Edited by Tom Vale", "责任编辑：周闻": the credit of someone who did not write it
            int from = credit.end();
            int writer = lastLabel(cleaned, at -> at >= from); // "Reviewed by Ann Roe Written by Tom Vale"
            if (writer < 0) {
                return null;
            }
            cleaned = prefix.matcher(cleaned.substring(writer)).replaceFirst("").strip();
        }
        Matcher tail = TAIL.matcher(cleaned);
        boolean cut = tail.find();
        String beforeTail = cut ? cleaned.substring(0, tail.start()).strip() : cleaned;
        String names = TRAILING_PUNCTUATION.matcher(beforeTail).replaceFirst("").strip();
        cleaned = cut ? withoutTrailingJoiner(withoutTrailingWeekday(names, beforeTail)) : names;
        boolean plausible = !cleaned.isEmpty() && cleaned.length() <= MAX_CHARS && NAME_WORD.matcher(cleaned).find()
                && !(cut && DATE_WORDS.contains(cleaned.toLowerCase(Locale.ROOT))) // "Published 3 May" names no one
                && !PLACEHOLDERS.contains(cleaned.toLowerCase(Locale.ROOT)) && !ADDRESS.matcher(cleaned).matches();
        return plausible ? cleaned : null;
    }

    /**
     * Where the wire's dateline that {@code text} opens with ends ("(서울=연합뉴스) "), or -1 when it opens with none:
     * a credit's bracket ("[글=박서윤 기자]", text by) is no dateline.
     */
    static int wireDatelineEnd(String text) {
        Matcher dateline = WIRE_DATELINE.matcher(text);
        return dateline.lookingAt() && !CREDIT_WORDS.contains(dateline.group(1).strip()) ? dateline.end() : -1;
    }

    /**
     * {@code names} without a weekday's name that begins the date cut from them ("Ann Lee Tuesday 21 May"), where
     * two words stay before it: "Anna Freitag, 21.05.2024" is a name. An abbreviation counts where a period or a comma
     * follows it in {@code beforeDate}, the text the names were trimmed from ("Tomas Spahn Fr, 18. Oktober"): "Minh
     * Do 12.03.2024" ends with a surname.
     */
    private static String withoutTrailingWeekday(String names, String beforeDate) {
        int space = names.lastIndexOf(' ');
        String head = space > 0 ? TRAILING_PUNCTUATION.matcher(names.substring(0, space)).replaceFirst("") : "";
        String last = names.substring(space + 1).toLowerCase(Locale.ROOT);
        boolean pointed = beforeDate.length() > names.length() && beforeDate.charAt(names.length()) == ',';
        boolean weekday = WEEKDAYS.contains(last) || pointed && WEEKDAYS.contains(last + ".");
        return TextStats.words(head) >= 2 && weekday ? head : names;
    }

    /**
     * {@code names} without a joining word before the date cut from them: "Par Jeanne Morel le 07 mai 2020". A
     * joiner is written in lower case: "Anh Do 12.03.2024" ends with a surname.
     */
    private static String withoutTrailingJoiner(String names) {
        int space = names.lastIndexOf(' ');
        return space > 0 && NAME_JOINERS.contains(names.substring(space + 1))
                ? TRAILING_PUNCTUATION.matcher(names.substring(0, space)).replaceFirst("") : names;
    }

    /**
     * A page's meta line often names the author after other fields: "Posted on May 3, 2024 by Ann Lee",
     * "Datum: 19.11.2021 Autor: Jan Novák". The text from the last word that introduces names (one that cannot begin
     * a name), when what comes before it holds a number or a field's colon; else the text as it is.
     */
    static String afterInnerLabel(String text) {
        int from = lastLabel(text, at -> at > 0 && FIELD_BEFORE.matcher(text.substring(0, at)).find());
        return from < 0 ? text : text.substring(from);
    }

    /** Where the last word in {@code text} that introduces names ("Written by") and that {@code where} takes starts. */
    private static int lastLabel(String text, IntPredicate where) {
        Matcher label = INNER_LABEL.matcher(text);
        int last = -1;
        while (label.find()) {
            if (where.test(label.start())) {
                last = label.start();
            }
        }
        return last;
    }

    private static Pattern prefixes(boolean withNameParticles) {
        List<String> prefixes = new ArrayList<>(RuleList.unmarked(PREFIXES, NAME_PARTICLE_MARK));
        if (withNameParticles) {
            prefixes.addAll(RuleList.marked(PREFIXES, NAME_PARTICLE_MARK));
        }
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        // a prefix ends at a space, a no-break one ("By&nbsp;Ann Lee") or the ideographic one ("文・写真　佐伯 菜摘") too
        String space = "[\\s\\h]";
        return Pattern.compile("^[~*–—-]*\\s*(?:(?:" + alternation(prefixes) + ")(?:" + space + "*[:：/／]" + space + "*|"
                + space + "+))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code words}, quoted, as a regex alternation; one that never matches when there are none. */
    /** The words that end the names whatever follows: the stop words marked so, and the titles after names. */
    private static List<String> alwaysStops() {
        List<String> words = new ArrayList<>(RuleList.marked(STOP_WORDS, ALWAYS_MARK));
        words.addAll(TITLES);
        return words;
    }

    private static String alternation(List<String> words) {
        return words.isEmpty() ? "(?!)" : String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /**
     * Names: one handle ("jancak", "Isabella.DiBiase"), or words that each begin with a capital (or a letter of a
     * script without case: "森下 千夏"), joining words ("van", "und") aside, though none may open the names or a name
     * after a comma. No field's colon: "Theme: Dusk" is a credit.
     */
    static boolean readsAsNames(String text) {
        String[] words = text.split(" ");
        if (text.indexOf(':') >= 0 || words.length > LabelLines.MAX_BYLINE_NAMES * 2) {
            return false;
        }
        for (String part : text.split(",\\s*")) { // "Ann Lee, Tom Vale"; not "Rafael Dutra, do Rio"
            if (part.isEmpty() || NAME_JOINERS.contains(part.split(" ")[0].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (words.length == 1) {
            return true;
        }
        for (String word : words) {
            boolean joiner = NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT));
            if (!isCapital(word.codePointAt(0)) && !joiner) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code letter} begins a name: a capital, or a letter of a script that has no case (Han, Arabic, Thai). */
    private static boolean isCapital(int letter) {
        return Character.isUpperCase(letter) || Character.isTitleCase(letter)
                || Character.isLetter(letter) && Character.toLowerCase(letter) == letter
                && Character.toUpperCase(letter) == letter;
    }
}
