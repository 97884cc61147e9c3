package app.gleaner.extract.meta;

import app.gleaner.extract.clean.LabelLines;
import app.gleaner.extract.page.DeclaredSize;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A byline the page writes as a plain line near its headline, in markup that names no author ("<p><i>von Daniela
 * Obers</i></p>", "<small>Verfasst von: <b>Lena</b> | 31. Dezember 2008</small>", "06.11.2023 von Olga"): the
 * smallest element whose own text opens with a byline's word (or has one right after a date) and goes on with names
 * only, perhaps then a date, on a line of its own. Placed as a dateline is ({@link HeadlineLines}): near the
 * headline, outside menus, asides, footers, figures, tables, quotations, headings, captions and comments, below the
 * page's shell. A line that follows another in a box of its own credits what that box shows (a book's title, a
 * quotation, a column's name, a picture), not the article, unless the line before dates the article (a meta box's
 * date, then its author). Stateless and thread-safe.
 */
final class BylineLine {

    /** Where a line that opens with "By" names someone else: a quotation, a heading, a picture's or video's credit. */
    private static final Evaluator NOT_WITHIN =
            Selector.evaluatorOf("blockquote, h1, h2, h3, h4, h5, h6, figcaption, [class*=caption], "
                + "[class*=credit]");
    /** Pixels below which an image beside a byline is its author's avatar, not a picture it credits. */
    static final int MIN_PICTURE_SIZE = 100;
    /** What a box shows before its credit line: a picture, a video. */
    private static final Evaluator MEDIA = Selector.evaluatorOf("img, picture, video, iframe, svg");
    /** Words that only introduce names: "by", "von", "par" (not "text", "author", which also head other lines). */
    private static final Set<String> OPENERS = Set.copyOf(
            RuleList.unmarked(RuleList.loadLowerCase("byline-openers.txt"), LabelLines.DATE_JOINER_MARK));
    /** Words that open a title, never a name: "By The Numbers". */
    private static final Set<String> ARTICLES = Set.copyOf(RuleList.loadLowerCase("title-articles.txt"));
    /** What a prefix may open with before its words: "— By", "* Text". */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[~*–—-]*\\s*");
    private static final Pattern LABEL_END = Pattern.compile("\\p{L}\\s*[:：/／]$");
    /** An opener after a date or a separator, then a capital: "06.11.2023 13:30 von Olga", "Mai 2024 · By Ann". */
    private static final Pattern OPENER_AFTER_DATE = Pattern.compile("(?<=[\\d|·•–—,]\\s{0,3})\\s*(?:"
            + String.join("|", OPENERS.stream().map(Pattern::quote).toList()) + ")\\s+(?=\\p{Lu})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Most lines that read as bylines a page may hold: more are a list of posts or replies, each with its own. */
    static final int MAX_LINES_READ = 50;
    /** Longest label read as a byline's ("Geschrieben von:"). */
    static final int MAX_LABEL_CHARS = 40;
    /** Most words of a role or a place after a byline's names and a comma. */
    static final int MAX_ROLE_WORDS = 5;
    /** Names, then a word in lower case and a place or a section of one or two words: "Ann Lee in Washington". */
    private static final Pattern PLACE_AFTER = Pattern.compile("(.+?)\\s\\p{Ll}+((?:\\s\\p{Lu}[\\p{L}.'’-]*){1,2})");
    /** What ends a field before a byline on its line: a separator or a number (a date, a time). */
    private static final Pattern FIELD_END = Pattern.compile("[\\d|·•–—/]$");
    /** A sentence going on after a bold opening: a comma or nothing, then a word in lower case. */
    private static final Pattern RUNNING_ON = Pattern.compile(",?\\s*\\p{Ll}");
    /** A title written after the names: "기자" ({@code rules/byline-titles.txt}). */
    private static final String TITLE = BylineNames.TITLE;
    /** Names, a title, perhaps an e-mail address: the whole of a line signed so. */
    private static final Pattern TITLED = Pattern.compile("(.+?)\\s+" + TITLE + "(?:\\s+\\S+@\\S+)?");
    private static final Pattern TITLED_WORD = Pattern.compile("(?:^|\\s)" + TITLE + "(?!\\p{L})");
    /** A date soon after: "le 07 mai 2020", "am 25.08.2015". */
    private static final Pattern DATE_SOON = Pattern.compile("(?:\\S+\\s+){0,2}\\S*\\d");

    private BylineLine() {
    }

    /** The names a byline line near {@code headline} gives, or null. */
    static String of(Document document, Element headline) {
        if (headline == null) {
            return null;
        }
        HeadlineLines lines = new HeadlineLines(document, headline);
        int[] read = {0};
        Element line = UnderHeadline.nearest(document, headline, element -> !lines.isInHeadline(element)
                && names(element) != null && ++read[0] <= MAX_LINES_READ && element.closest(NOT_WITHIN) == null
                && !(titledNames(element) != null && Nesting.precedes(element, headline)) // a kicker: "도쿄 특파원"
                && isWholeLine(element) && !lines.isBesideTheArticle(element) && !lines.isInShellOnly(element)
                && !isCredit(element, lines), element -> true);
        if (line == null || read[0] > MAX_LINES_READ || lines.isFarFromHeadline(line)) {
            return null; // so many lines that read as bylines are a list of posts, none of them the article's
        }
        return names(line);
    }

    /**
     * Whether {@code element} stands on a line of its own: from it up to its block, what comes before it on the line
     * is nothing or ends with a separator or a number ("Lokales | Von Ann Lee"), and what follows is no sentence
     * going on in lower case ("<b>By contrast</b>, drivers…", "<b>Par ailleurs</b>, la ville…"); a date may follow.
     */
    private static boolean isWholeLine(Element element) {
        for (Element inline = element; inline != null && !inline.isBlock(); inline = inline.parent()) {
            String before = fieldText(inline, false).strip();
            String after = fieldText(inline, true).strip();
            if (!before.isEmpty() && !FIELD_END.matcher(before).find()
                    || RUNNING_ON.matcher(after).lookingAt() && !DATE_SOON.matcher(after).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /** The text beside {@code inline} on its line, after it or before it, up to a block or a line break. */
    private static String fieldText(Element inline, boolean after) {
        StringBuilder text = new StringBuilder();
        Node node = after ? inline.nextSibling() : inline.previousSibling();
        for (; node != null && text.length() <= HeadlineLines.MAX_LINE_CHARS;
                node = after ? node.nextSibling() : node.previousSibling()) {
            if (node instanceof Element box && (box.isBlock() || box.nameIs("br"))) {
                break;
            }
            String words = node instanceof TextNode run ? run.text() : node instanceof Element box ? box.text() : "";
            text.insert(after ? text.length() : 0, words);
        }
        return text.toString();
    }

    /**
     * Whether {@code line} credits something else than the article: a picture or a video stands before it on its
     * line, or its block follows another line in a box that does not hold the headline (a book's title and its
     * author, a quotation and its speaker, a column's name and its writer) and does not date the article.
     */
    private static boolean isCredit(Element line, HeadlineLines lines) {
        Element block = line;
        for (; !block.isBlock() && block.parent() != null; block = block.parent()) {
            int looked = 0;
            for (Node before = block.previousSibling(); before != null && looked++ < HeadlineLines.MAX_LINE_NODES
                    && !(before instanceof Element box && (box.isBlock() || box.nameIs("br")));
                    before = before.previousSibling()) {
                if (before instanceof Element box && showsPicture(box)) {
                    return true; // on its line, up to a block or a line break, as a line is read
                }
            }
        }
        Element before = block.previousElementSibling();
        return before != null && block.parent() != null && !lines.isAroundHeadline(block.parent())
                && (before.hasText() && !isDateLine(before) || showsPicture(before));
    }

    /** Whether {@code line} is a short line that dates the article ("12 febbraio 2025", "Datum vložení: 18. 3."). */
    private static boolean isDateLine(Element line) {
        String text = line.text();
        return TextStats.words(text) <= LabelLines.MAX_META_LINE_WORDS && isDated(text);
    }

    /** Whether {@code box} is or holds a picture or a video; an author's avatar, sized small, is none. */
    private static boolean showsPicture(Element box) {
        for (Element media : Find.all(box, MEDIA)) {
            if (!DeclaredSize.isSmallerThan(media, MIN_PICTURE_SIZE)) {
                return true;
            }
        }
        return false;
    }

    /** The names {@code element}'s own line gives as a byline, or null. */
    private static String names(Element element) {
        Node first = element.childNodeSize() == 0 ? null : element.childNode(0);
        while (first instanceof TextNode text && text.isBlank()) {
            first = first.nextSibling();
        }
        boolean opens = first instanceof TextNode words && mayOpenByline(words.text())
                || first instanceof Element label && isLabel(label);
        // own words that open no byline may still date it first, as the publication's: "Posted on <time>… by Ann";
        // not "Modifié le … par", "Medically reviewed on … by", another's credit
        boolean published = !opens && first instanceof TextNode words
                && DatelineWords.opensWithPublicationLabel(words.text());
        if (!opens && !published) {
            // a line's own words open it, or a label, or end it with a title; the element around it is not its line
            return titledNames(element);
        }
        String text = HeadlineLines.shortText(element);
        if (text == null) {
            return null;
        }
        String[] fields = text.strip().split("\n", 3);
        String line = fields[0].strip();
        // a date on the line, after it, or on the next line: "von <a>Marianne1</a><br>am 20.09.2020"
        boolean dated = isDated(line) || !element.isBlock() && isDated(fieldText(element, true))
                || fields.length > 1 && isDated(fields[1]);
        Matcher afterDate = OPENER_AFTER_DATE.matcher(line);
        if (!isOpener(openerOf(line)) && afterDate.find()) {
            line = line.substring(afterDate.start()).strip();
        } else if (published) {
            return null; // a publication's label, but no byline's word after its date
        }
        String opener = openerOf(line);
        if (TextStats.words(line) > LabelLines.MAX_BYLINE_WORDS || !isOpener(opener)) {
            return null;
        }
        String names = BylineNames.clean(line, true);
        if (names != null && !BylineNames.readsAsNames(names)) {
            names = namesBeforeRole(names);
        }
        if (names == null) {
            return null;
        }
        String[] words = names.split(" ");
        boolean labelled = LABEL_END.matcher(opener.strip()).find();
        // one word is a name where a label introduces it, or with a capital beside a date: "By car" is no byline
        boolean oneWordNamed = words.length > 1 || labelled || Character.isUpperCase(words[0].codePointAt(0)) && dated;
        return oneWordNamed && !ARTICLES.contains(words[0].toLowerCase(Locale.ROOT)) ? names : null;
    }

    /**
     * The names of a line that signs with a title after them and no word before ("박서윤 기자", "정하늘 특파원
     * hanul@…"), its own text writing the title; null when {@code element} is no such line.
     */
    private static String titledNames(Element element) {
        // asked of every element near the headline that opens no byline: its own words first, which rarely hold a title
        if (!TITLED_WORD.matcher(element.ownText()).find()) {
            return null;
        }
        String text = HeadlineLines.shortText(element);
        Matcher titled = text == null ? null : TITLED.matcher(text.strip().split("\n", 2)[0].strip());
        if (titled == null || !titled.matches()) {
            return null;
        }
        String names = BylineNames.clean(titled.group(1), true);
        return names != null && BylineNames.SIGNED_NAME.matcher(names).matches() && !BylineNames.REPORTER_KINDS.contains(names)
                ? names : null;
    }

    /**
     * The names before what a line adds about them: a short role or place after a comma ("Anna Berg, Korrespondentin
     * in Paris", "Rafael Dutra, do Rio"), or a place or section of one or two words after a word in lower case
     * ("Graham Pettifer in Racing"); two names at least, so "Von Berlin nach Hamburg" is none. Null when none.
     */
    private static String namesBeforeRole(String text) {
        int comma = text.indexOf(',');
        String names;
        if (comma > 0) {
            String role = text.substring(comma + 1).strip();
            names = TextStats.words(role) <= MAX_ROLE_WORDS && role.indexOf(',') < 0 ? text.substring(0, comma) : null;
        } else {
            Matcher place = PLACE_AFTER.matcher(text);
            names = place.matches() ? place.group(1) : null;
        }
        return names != null && TextStats.words(names) >= 2 && BylineNames.readsAsNames(names.strip())
                ? names.strip() : null;
    }

    /** Whether {@code text} writes a date ("20.09.2020", "3 May 2024"). */
    private static boolean isDated(String text) {
        return WrittenDate.find(text, WrittenDate.DayOrder.UNKNOWN) != null;
    }

    /** Whether a line whose own words begin with {@code words} may be a byline: they open with one, or a date. */
    private static boolean mayOpenByline(String words) {
        String start = words.strip();
        return !openerOf(start + " ").isBlank() || TextStats.hasDigit(start);
    }

    /** Whether {@code element} holds a byline's label alone: {@code <b>By</b>}, {@code <span>Autor:</span>}. */
    private static boolean isLabel(Element element) {
        String text = HeadlineLines.shortText(element);
        text = text == null ? "" : text.strip();
        return !text.isEmpty() && text.length() < MAX_LABEL_CHARS && openerOf(text + " ").length() == text.length() + 1
                && isOpener(text);
    }

    /** What of {@code line} a byline's prefix takes ("Verfasst von: "), or "" when none opens it. */
    private static String openerOf(String line) {
        return line.substring(0, line.length() - BylineNames.MARKUP_PREFIX.matcher(line).replaceFirst("").length());
    }

    /**
     * Whether a byline's prefix that opens a line introduces names there: it ends with a colon or a slash ("Text:",
     * "文/"), is of two words or more ("Scritto da", "Written by"), or is a word that only introduces names ("Von");
     * "Text vorlesen" is a button's.
     */
    private static boolean isOpener(String prefix) {
        String bare = prefix.strip().toLowerCase(Locale.ROOT);
        if (bare.isEmpty()) {
            return false;
        }
        if (LABEL_END.matcher(bare).find()) {
            return true;
        }
        String[] words = LEADING_MARKS.matcher(bare).replaceFirst("").split("\\s+");
        // a prefix of words says whose the names are: "scritto da", "written by"; "text" alone may head anything
        return words.length > 1 || OPENERS.contains(words[words.length - 1]);
    }
}
