package app.gleaner.extract.meta;

import app.gleaner.extract.find.ArticleAnchor;
import app.gleaner.extract.page.AbsoluteUrl;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The headline the page shows, read against the title it declares, for {@link MetadataExtractor}. A declared title
 * often wraps the headline in what the reader never sees above the article: a section before it, a site name or a
 * subtitle after it ("Kücknitz - So lief die Auktion … - Lübecker Nachrichten"). Or it is a shortened form of the
 * headline, or another wording of it for social cards and search, or a section's name. When an {@code <h1>} is one
 * of the title's separated parts, or goes on from the title by a few words, or is most of the tab's title, or is the
 * page's only one and unlike the title, the heading is the title. Stateless and thread-safe.
 */
final class HeadingTitle {

    /** Share of the declared title's words the heading must hold: a heading of one word in ten is a logo. */
    public static final double MIN_SHARE_OF_TITLE = 1.0 / 3;
    /**
     * Share of the tab's title a heading must be more than where the declared title differs from both: then the
     * heading and the tab agree on the headline, and the declared title is a section's or a social card's.
     */
    public static final double MIN_SHARE_OF_TAB_TITLE = 0.5;
    /** Share of a title's part a lower heading holds to show it: a word or two may be added or left out. */
    public static final double MIN_SHARE_OF_PART = 0.6;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Headings read: a page's first few {@code <h1>}s. */
    public static final int MAX_HEADINGS = 5;
    /** A page's only heading shorter than this is a section's or a site's name, not a headline. */
    public static final int MIN_HEADLINE_WORDS = 4;
    /** A heading longer than this is no headline. */
    public static final int MAX_HEADING_WORDS = 40;
    /** A heading that goes on from the declared title adds at most this many words. */
    public static final int MAX_ADDED_WORDS = 3;
    /** Separators after a heading that begins the declared title, at least, for it to be the headline. */
    public static final int MIN_SEPARATORS_AFTER_LEAD = 2;
    /** Words of a subtitle after a colon, at least, that a heading adds to the declared title. */
    public static final int MIN_SUBTITLE_WORDS = 2;
    /** Words a title may set around the heading it words for search. */
    public static final int MAX_WORDS_AROUND = 2;
    /** The marks between a title's parts: a subtitle may not hold them. */
    private static final String PART_MARK_CHARS = "|•·»›/";
    private static final Pattern PART_MARKS = Pattern.compile("[" + PART_MARK_CHARS + "]");
    /** What a heading adds may not hold these: they lead to a site name, a section or a date. */
    private static final Pattern LIST_MARKS = Pattern.compile("[" + PART_MARK_CHARS + "\\p{N}]");
    /** A year after a word, as a headline names it ("in 2024", "у 2024 році"). */
    private static final Pattern YEAR_IN_WORDS = Pattern.compile("(?<=\\p{L}\\s)(?:19|20)\\d\\d\\b");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    /** Where a page without an {@code <h1>} shows its headline: a lower heading, a bold line, a font's line. */
    /** Separators and spaces at the ends of what is left of a title when a part is taken from it. */
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$");
    /** A logo that names the site in its alt text. */
    private static final Evaluator LOGOS = Selector.evaluatorOf("img[alt]");
    private static final Evaluator DISPLAY_LINES = Selector.evaluatorOf("h2, h3, h4, h5, h6, b, strong, font");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");

    private HeadingTitle() {
    }

    /**
     * {@code title} ({@code written} without its site name), or the page's headline where an {@code <h1>} shows
     * it: one separated part of {@code written}, or a heading that {@code title} begins. The heading's own
     * typography wins (its quotes and dashes are what the reader sees), unless it is set in capitals. Where the
     * declared title is another wording altogether (written for social cards or search), the page's only
     * {@code <h1>} is the headline the reader sees; so is one that makes most of the {@code tab}'s title (the
     * {@code <title>} without its site name; null when that is {@code written}), unless the tab's title holds the
     * declared one as a part of its own (a kicker before it, a section) or a lower heading shows it. A page without an
     * {@code <h1>} shows its headline as a part of the title beside the site's name ({@link #shownPart}), or else as a
     * line set large above its prose ({@link DisplayHeadline}).
     */
    static String of(Document document, String written, String title, String tab, List<String> siteNames) {
        List<String> headings = headings(document, written, siteNames);
        if (headings.isEmpty()) {
            String shown = shownPart(document, written, siteNames);
            if (shown == null) {
                shown = DisplayHeadline.of(document, written, title, siteNames);
            }
            return shown != null ? shown : title;
        }
        Folded whole = new Folded(written);
        int wholeWords = TextStats.words(whole.text);
        for (String heading : headings) {
            String shown = new Folded(heading).text;
            if (TextStats.words(shown) >= wholeWords * MIN_SHARE_OF_TITLE || leadsParts(whole, shown, document)) {
                String part = whole.separatedPart(shown);
                if (part == null) {
                    part = whole.quotedEnd(shown);
                }
                // the last part, shorter than what comes before it, is where a site's name stands: a forum's logo
                int shownWords = TextStats.words(shown);
                boolean siteSlot = part != null && whole.text.endsWith(shown) && !whole.text.startsWith(shown)
                        && shownWords < wholeWords - shownWords;
                if (part != null && !siteSlot) {
                    return isCapitals(heading) && !isCapitals(part) ? part : heading;
                }
            }
        }
        String start = new Folded(title).text;
        for (String heading : headings) {
            String shown = new Folded(heading).text;
            if (shown.length() > start.length() && shown.startsWith(start)
                    && (isShortAddition(shown.substring(start.length()))
                            || isSubtitle(shown.substring(start.length())))) {
                return heading;
            }
            if (isWordedAround(start, shown)) {
                return heading;
            }
        }
        Folded tabTitle = tab == null ? null : new Folded(tab);
        if (tabTitle != null && tabTitle.separatedPart(start) == null && !isSubheading(document, start)) {
            int tabWords = TextStats.words(tabTitle.text);
            for (String heading : headings) {
                String shown = new Folded(heading).text;
                String part = tabTitle.separatedPart(shown);
                if (part != null && TextStats.words(shown) > tabWords * MIN_SHARE_OF_TAB_TITLE) {
                    return isCapitals(heading) && !isCapitals(part) ? part : heading;
                }
            }
        }
        String only = onlyHeadline(document, written, siteNames);
        if (only != null) {
            String shown = new Folded(only).text;
            // a heading holding the title adds a kicker; one the title holds is its section or site
            if (!shown.contains(start) && !whole.text.contains(shown) && !isShownElsewhere(document, whole, start)) {
                return only;
            }
        }
        return title;
    }

    /**
     * Whether {@code shown} is the first of three or more parts of the declared title and names no site: "Ben
     * Wilson Surf - Point of Sail - Sails, kites and repairs in Kiel" is a headline, the site's name and its tagline,
     * however short the headline is beside them.
     */
    private static boolean leadsParts(Folded whole, String shown, Document document) {
        if (!whole.text.startsWith(shown) || whole.separatedPart(shown) == null) {
            return false;
        }
        String rest = whole.original.substring(whole.offsets[shown.length() - 1] + 1);
        return MetadataExtractor.TITLE_SEPARATOR.matcher(rest).results().count() >= MIN_SEPARATORS_AFTER_LEAD
                && !MetadataExtractor.namesHost(shown, document.location());
    }

    /**
     * The page's one {@code <h1>}, when it holds a headline of a few words and no link (a logo, a section's name);
     * null when the page has none or several.
     */
    private static String onlyHeadline(Document document, String written, List<String> siteNames) {
        List<Element> h1s = Find.all(document, Css.H1);
        if (h1s.size() != 1 || Find.first(h1s.get(0), Css.ANCHORS) != null) {
            return null;
        }
        String text = SPACES.matcher(h1s.get(0).text()).replaceAll(" ").strip();
        int words = TextStats.words(text);
        boolean site = namesSite(text, written, siteNames, document);
        return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADING_WORDS && !site ? text : null;
    }

    /**
     * Whether a heading's {@code text} is the site's name: one the page declares, or one its host spells where a
     * lower heading shows another part of the {@code written} title ("Pro Loco San Vito - Il restauro…" over an
     * {@code <h2>} of the restoration). A single-topic site's headline spells its host too ("How to Cook a Turkey" at
     * howtocookaturkey.com), and so does a person's name on their own site.
     */
    static boolean namesSite(String text, String written, List<String> siteNames, Document document) {
        return siteNames.stream().anyMatch(text::equalsIgnoreCase)
                || MetadataExtractor.namesHost(text, document.location()) && showsAnotherPart(document, written, text);
    }

    /** Whether an {@code <h2>} or {@code <h3>} holds most words of a part of {@code written} other than {@code text}. */
    private static boolean showsAnotherPart(Document document, String written, String text) {
        for (String part : MetadataExtractor.TITLE_SEPARATOR.split(written == null ? "" : written.strip())) {
            Set<String> words = wordsOf(part);
            if (!part.strip().equalsIgnoreCase(text) && words.size() >= 2) {
                for (Element lower : document.select("h2, h3")) {
                    Set<String> shown = wordsOf(lower.text());
                    long held = words.stream().filter(shown::contains).count();
                    if (held >= words.size() * MIN_SHARE_OF_PART) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Set<String> wordsOf(String text) {
        return Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT).strip()))
                .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * Whether something besides the {@code <h1>} shows the declared title ({@code start}, or a part of
     * {@code whole} of two words or more): a lower heading or a link by its text, any other element by its own
     * text. Then the {@code <h1>} is a section's or a site's label, and the headline is that other element.
     */
    private static boolean isShownElsewhere(Document document, Folded whole, String start) {
        for (Element element : Find.all(document.body())) {
            if (element.nameIs("h1") || element.nameIs("body")) {
                continue;
            }
            boolean byAllText = Headings.TAGS.contains(element.normalName()) || element.nameIs("a");
            String shown = new Folded(byAllText ? element.text() : element.ownText()).text;
            if (shown.isEmpty()) {
                continue;
            }
            boolean holds = shown.length() >= ArticleAnchor.MIN_PARTIAL_TITLE_CHARS
                    && (start.contains(shown) || shown.contains(start));
            if (shown.equals(start) || holds || whole.separatedPart(shown) != null && TextStats.words(shown) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a heading below the {@code <h1>}s shows {@code title}, its closing punctuation aside ("Save our
     * library!"): the story's own, under a page's label.
     */
    private static boolean isSubheading(Document document, String title) {
        String words = END_PUNCTUATION.matcher(title).replaceFirst("");
        for (Element heading : document.body().select("h2, h3, h4, h5, h6")) {
            if (END_PUNCTUATION.matcher(new Folded(heading.text()).text).replaceFirst("").equals(words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code title} is the heading {@code shown}, of three words or more, with a word or two set before or
     * after it for search: "Receita de Sequilho com Chocolate Amargo", "Schneewittchen-Kuchen mit Mini-Marshmallows
     * Rezept". A heading of two words is a section's or a dish's name that the title goes on from.
     */
    private static boolean isWordedAround(String title, String shown) {
        if (title.length() <= shown.length() || TextStats.words(shown) < MIN_HEADLINE_WORDS - 1) {
            return false;
        }
        String added = title.startsWith(shown) ? title.substring(shown.length())
                : title.endsWith(shown) ? title.substring(0, title.length() - shown.length()) : null;
        if (added == null || added.isBlank() || !Character.isWhitespace(added.charAt(title.startsWith(shown) ? 0
                : added.length() - 1))) {
            return false;
        }
        int words = TextStats.words(added);
        return words >= 1 && words <= MAX_WORDS_AROUND && !LIST_MARKS.matcher(added).find();
    }

    /** Written in capitals only, as a heading styled by its letters rather than by CSS. */
    private static boolean isCapitals(String text) {
        return text.chars().anyMatch(Character::isUpperCase) && text.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * A subtitle after a colon ("…, la diretta del derby: Ferrucci decide nel recupero"): the heading shows the
     * headline the declared title shortened, figures and all, but no mark that leads to a site's name or a section
     * ("…: live updates | 12 March | Coastal Herald").
     */
    private static boolean isSubtitle(String addition) {
        String rest = addition.stripLeading();
        return rest.startsWith(":") && TextStats.words(rest) >= MIN_SUBTITLE_WORDS
                && !PART_MARKS.matcher(rest).find();
    }

    /**
     * One to a few words after a break (not the rest of a word, not a bare anchor mark such as "¶"), with nothing that
     * leads to a site name, a section, a date, a count or a page ("| Coastal Herald", "– 12.03.2024", "(1 of 24)",
     * "[Page 2]"); a year among words is the headline's ("…: what changed for readers in 2024").
     */
    private static boolean isShortAddition(String addition) {
        int added = TextStats.words(addition);
        return !Character.isLetterOrDigit(addition.charAt(0)) && added >= 1 && added <= MAX_ADDED_WORDS
                && !LIST_MARKS.matcher(YEAR_IN_WORDS.matcher(addition).replaceFirst(" ")).find();
    }

    /**
     * On a page without an {@code <h1>} headline, the part of the {@code written} title that a lower heading or a line
     * set in bold or in a font of its own shows whole, when the rest of the title is the site's name: one it declares,
     * its host's, or the name the page's link to its home page shows (its words or its logo's alt text). "Spur Null
     * und Schwellenstaub: Der letzte Dienst im Stellwerk Hollbeck Ost" over a blog post's {@code <h3>Der letzte
     * Dienst im Stellwerk Hollbeck Ost</h3>} and a blog name linking home, a portal's "Club name - Story" over its story's {@code <b>} line. A part shown elsewhere (a
     * category's heading in the sidebar, a date, a speaker's name in bold) is no headline when the rest is not the
     * site's name, and a link's text is none. Null when no part is shown so.
     */
    private static String shownPart(Document document, String written, List<String> siteNames) {
        if (written == null || document.body() == null) {
            return null;
        }
        Folded whole = new Folded(written);
        Set<String> names = siteNamesShown(document, siteNames);
        for (Element line : Find.all(document.body(), DISPLAY_LINES)) {
            String text = SPACES.matcher(line.text()).replaceAll(" ").strip();
            if (TextStats.words(text) < MIN_SUBTITLE_WORDS || line.closest(Css.ANCHORS) != null
                    || Find.first(line, Css.ANCHORS) != null || namesSite(text, written, siteNames, document)) {
                continue;
            }
            String shown = new Folded(text).text;
            String part = whole.separatedPart(shown);
            String rest = rest(whole.text, shown);
            if (part != null && !rest.isEmpty()
                    && (names.contains(rest) || MetadataExtractor.namesHost(rest, document.location()))) {
                return isCapitals(text) && !isCapitals(part) ? part : text;
            }
        }
        return null;
    }

    /** {@code whole} without {@code part} where it begins or ends it, and without the separator between them. */
    private static String rest(String whole, String part) {
        String rest = whole.startsWith(part) ? whole.substring(part.length())
                : whole.endsWith(part) ? whole.substring(0, whole.length() - part.length()) : "";
        return EDGE_SEPARATORS.matcher(rest).replaceAll("");
    }

    /**
     * The site's names, folded: those it declares ({@code siteNames}), and those its links to its home page show (their
     * words, or their logo's alt text).
     */
    private static Set<String> siteNamesShown(Document document, List<String> siteNames) {
        Set<String> names = new HashSet<>();
        for (String name : siteNames) {
            names.add(new Folded(name).text);
        }
        for (Element link : Find.all(document.body(), Css.LINKS)) {
            if (isHomeLink(link)) {
                Element logo = Find.first(link, LOGOS);
                String name = link.text().isBlank() && logo != null ? logo.attr("alt") : link.text();
                if (!name.isBlank()) {
                    names.add(new Folded(name).text);
                }
            }
        }
        names.remove("");
        return names;
    }

    /** The page's {@code <h1>} texts, longest first, without logos: the site's name, or a link to its home page. */
    private static List<String> headings(Document document, String written, List<String> siteNames) {
        List<String> headings = new ArrayList<>();
        for (Element h1 : Find.all(document, Css.H1)) {
            if (headings.size() == MAX_HEADINGS) {
                break;
            }
            String text = SPACES.matcher(h1.text()).replaceAll(" ").strip();
            if (text.isEmpty() || TextStats.words(text) > MAX_HEADING_WORDS || linksHome(h1)
                    || namesSite(text, written, siteNames, document)) {
                continue;
            }
            headings.add(text);
        }
        headings.sort(Comparator.comparingInt(String::length).reversed());
        return headings;
    }

    private static boolean linksHome(Element heading) {
        return Find.all(heading, Css.LINKS).stream().anyMatch(HeadingTitle::isHomeLink);
    }

    private static boolean isHomeLink(Element link) {
        String path = AbsoluteUrl.pathOf(link.attr("href"));
        return path.isEmpty() || path.equals("/") || path.startsWith("/?") || path.startsWith("/#");
    }

    /**
     * A text with case, quotes, dashes, soft hyphens and runs of white space folded, so that a title and a heading
     * compare as they read, and the original offset of each folded character.
     */
    private static final class Folded {
        final String original;
        final String text;
        final int[] offsets;

        Folded(String original) {
            this.original = original.strip();
            StringBuilder folded = new StringBuilder(this.original.length());
            int[] at = new int[this.original.length()];
            for (int i = 0; i < this.original.length(); i++) {
                char c = fold(this.original.charAt(i));
                boolean space = c == ' ';
                if (c == '\u00ad' || space && (folded.length() == 0 || folded.charAt(folded.length() - 1) == ' ')) {
                    continue;
                }
                at[folded.length()] = i;
                folded.append(c);
            }
            this.text = folded.toString().strip();
            this.offsets = at;
        }

        private static char fold(char c) {
            if (TextStats.isSpace(c)) {
                return ' ';
            }
            return switch (c) {
                case '„', '“', '”', '«', '»', '‚', '‘', '’', '‹', '›', '\'' -> '"';
                case '‐', '‑', '‒', '–', '—', '―' -> '-';
                default -> Character.toLowerCase(c);
            };
        }

        /**
         * The original text of {@code part} where it is a separated part of this text: it begins the text or
         * follows a separator, and ends the text or a separator follows. Null when it is not.
         */
        String separatedPart(String part) {
            if (part.isEmpty()) {
                return null;
            }
            for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
                int end = at + part.length();
                if (separatedBefore(at) && separatedAfter(end)) {
                    return original.substring(offsets[at], offsets[end - 1] + 1);
                }
            }
            return null;
        }

        /**
         * The original text of {@code part} where this text ends with it in quotes after a colon, as a post's title
         * quotes its words after its author ("Ana on Photos: "Three days at the tide line""); null when it does not.
         */
        String quotedEnd(String part) {
            int at = text.length() - part.length() - 1;
            if (part.isEmpty() || at < 1 || !text.endsWith('"' + part + '"')) {
                return null;
            }
            int i = at - 2;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            int end = offsets[at + part.length() - 1] + 1;
            return i >= 0 && text.charAt(i) == ':' ? original.substring(offsets[at], end) : null;
        }

        private boolean separatedBefore(int at) {
            int i = at - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            return i < 0 || isSeparator(text.charAt(i));
        }

        private boolean separatedAfter(int end) {
            int i = end;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i == text.length() || isSeparator(text.charAt(i));
        }

        /** Punctuation between parts; a quote mark is not, since a part inside quotes is a quotation. */
        private static boolean isSeparator(char c) {
            return !Character.isLetterOrDigit(c) && c != '"' && c != ' ';
        }
    }
}
