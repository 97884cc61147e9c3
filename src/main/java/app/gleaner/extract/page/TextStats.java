package app.gleaner.extract.page;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;

/**
 * Small text measures the stages share: Unicode-aware word counts and link density. Stateless and thread-safe.
 *
 * <p>Words are whitespace-separated tokens holding at least one letter or digit. Scripts written without spaces
 * (Han, Hiragana, Katakana) count one word per character, which is how readers of those scripts measure length.
 */
public final class TextStats {

    /** Characters a paragraph needs to count as prose. */
    public static final int PROSE_PARAGRAPH_CHARS = 80;
    /** A paragraph with at least this share of its text in links is not prose. */
    public static final double PROSE_MAX_LINK_DENSITY = 0.5;
    /** The first combining mark: every character before it is composed (NFC) as it stands, and composes with none. */
    private static final char FIRST_COMBINING_MARK = '\u0300';

    /**
     * A full stop or its kin, in Latin and CJK writing, with the quotes and brackets that may close after it: the end
     * of a sentence where white space or the text's end follows.
     */
    public static final String SENTENCE_STOP = "[.!?…。！？][\"'»«“”’)\\]」』]*";
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile(SENTENCE_STOP + "[\\s\\h]*$");

    /** A same-page anchor ("#section") is navigation of a lighter kind: its text counts this much as link text. */
    static final double SAME_PAGE_LINK_WEIGHT = 0.3;
    private static final int ASCII_END = 0x80;
    /** Latin letters a Han character or a kana stands for, in {@link #latinLength}. */
    static final int CJK_LATIN_LETTERS = 3;
    /** Latin letters a Hangul syllable stands for, in {@link #latinLength}. */
    static final int HANGUL_LATIN_LETTERS = 2;
    /** The only space between ASCII and {@link #OGHAM_SPACE}, the first space after it. */
    private static final int NO_BREAK_SPACE = 0xA0;
    private static final int OGHAM_SPACE = 0x1680;
    /** Below the Hangul Jamo block no code point is Hangul, Han, Hiragana or Katakana. */
    private static final int FIRST_HANGUL = 0x1100;
    /** Below the CJK radicals block no code point is Han, Hiragana or Katakana. */
    private static final int FIRST_CJK = 0x2E80;

    private TextStats() {
    }

    /** Words in {@code text}; CJK ideographs and kana count one each. */
    public static int words(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        WordCounter counter = new WordCounter();
        counter.read(text);
        return counter.words;
    }

    /**
     * Words of {@code node}'s text, as {@link #words(String)} counts its {@code text()}, read from its text nodes
     * without building that text: the count a removal guard asks of a whole page. Word breaks fall where
     * {@link Element#text()} puts a space between blocks; inline tags join ("<b>Sub</b>scribe" is one word).
     */
    public static int words(Node node) {
        WordCounter counter = new WordCounter();
        node.traverse(counter);
        return counter.words;
    }

    /**
     * The word count's state as text streams through it, and the walk that feeds it an element's text nodes with a
     * break wherever jsoup's {@link Element#text()} separates a block (its {@code TextAccumulator}).
     */
    private static final class WordCounter implements NodeVisitor {
        int words;
        /** Of the words, those that are one Chinese or Japanese character each. */
        int cjk;
        private boolean inWord;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                read(text.getWholeText()); // normalizing its spaces would not change the count
            } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br")
                    || element.tag().is(Tag.TextBoundary) && element.childNodeSize() > 0 && element.hasText())) {
                inWord = false;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (inWord && node instanceof Element element) {
                Node next = element.nextSibling();
                if ((next instanceof TextNode || next instanceof Element e && e.tag().isInline())
                        && separatesAfter(element)) {
                    inWord = false;
                }
            }
        }

        private static boolean separatesAfter(Element element) {
            if (element.tag().is(Tag.TextBoundary) || !element.tag().isInline()) {
                return true;
            }
            for (int i = 0; i < element.childNodeSize(); i++) {
                if (element.childNode(i) instanceof Element child && child.isBlock()) {
                    return true;
                }
            }
            return false;
        }

        void read(String text) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < ASCII_END) {
                    // fast path for the common case; the branches below agree with it on ASCII
                    boolean wordChar = cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
                    if (wordChar) {
                        if (!inWord) {
                            words++;
                            inWord = true;
                        }
                    } else if (cp == ' ' || cp >= 0x09 && cp <= 0x0D || cp >= 0x1C && cp <= 0x1F) {
                        inWord = false;
                    }
                    continue;
                }
                if (isCjk(cp)) {
                    words++;
                    cjk++;
                    inWord = false;
                } else if (Character.isLetterOrDigit(cp)) {
                    if (!inWord) {
                        words++;
                        inWord = true;
                    }
                } else if (isSpace(cp)) {
                    inWord = false;
                }
            }
        }
    }

    /**
     * Words of {@code text} with a character of a script written without spaces counting as half a word: a box's
     * size read alike in Japanese and in English, where {@link #words} counts every such character as one.
     */
    public static int wordsCjkHalved(String text) {
        WordCounter counter = new WordCounter();
        counter.read(text == null ? "" : text);
        return counter.words - counter.cjk / 2;
    }

    /** {@link #wordsCjkHalved(String)} of {@code node}'s text, read from its text nodes as {@link #words(Node)} does. */
    public static int wordsCjkHalved(Node node) {
        WordCounter counter = new WordCounter();
        node.traverse(counter);
        return counter.words - counter.cjk / 2;
    }

    /**
     * Whether {@code node}'s text has more than {@code limit} words as {@link #wordsCjkHalved(Node)} counts them, read
     * only as far as it takes to tell: asked of each box around a short block, up to the page, it costs no more than
     * the words of the largest box that is still short.
     */
    public static boolean wordsCjkHalvedExceed(Node node, int limit) {
        return wordsCjkHalvedExceed(node, limit, Integer.MAX_VALUE);
    }

    /**
     * {@link #wordsCjkHalvedExceed(Node, int)}, or more than {@code maxNodes} nodes: a box of a thousand empty
     * elements is no small box whatever it says, and is not read to its end to tell.
     */
    public static boolean wordsCjkHalvedExceed(Node node, int limit, int maxNodes) {
        WordCounter counter = new WordCounter();
        int[] nodes = {0};
        node.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node visited, int depth) {
                counter.head(visited, depth); // words less half the CJK ones only grows, so the first excess is final
                return counter.words - counter.cjk / 2 > limit || ++nodes[0] > maxNodes
                        ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node visited, int depth) {
                counter.tail(visited, depth);
                return FilterResult.CONTINUE;
            }
        });
        return counter.words - counter.cjk / 2 > limit || nodes[0] > maxNodes;
    }

    /**
     * The length {@code text} would have in a script that spells its words out letter by letter: a Han character or
     * a kana says about as much as {@link #CJK_LATIN_LETTERS} Latin letters, a Hangul syllable as
     * {@link #HANGUL_LATIN_LETTERS}. A length threshold set for English then asks the same of a Japanese or a Korean
     * article.
     */
    public static int latinLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            length += cp < FIRST_HANGUL ? 1
                    : isCjk(cp) ? CJK_LATIN_LETTERS
                    : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL ? HANGUL_LATIN_LETTERS : 1;
            i += Character.charCount(cp);
        }
        return length;
    }

    /** Characters of {@code text} in scripts written without spaces between words. */
    public static int cjkCharacters(String text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints().filter(TextStats::isCjk).count();
    }

    /** Share of the element's text that sits inside links, 0 when it has no text. Same-page anchors count less. */
    public static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        double linked = 0;
        for (Element link : Find.all(element, Css.ANCHORS)) {
            String href = link.attr("href");
            double weight = href.startsWith("#") ? SAME_PAGE_LINK_WEIGHT : 1.0;
            linked += link.text().length() * weight;
        }
        return Math.min(1.0, linked / total);
    }

    /**
     * The text of {@code element} outside the elements inside it that {@code left} accepts (and their insides), each
     * text node followed by a space.
     */
    public static String textOutside(Element element, Predicate<Element> left) {
        StringBuilder text = new StringBuilder();
        appendOutside(element, left, text);
        return text.toString();
    }

    private static void appendOutside(Element element, Predicate<Element> left, StringBuilder text) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.text()).append(' ');
            } else if (child instanceof Element inner && !left.test(inner)) {
                appendOutside(inner, left, text);
            }
        }
    }

    /**
     * Paragraphs below {@code element} (itself included) at least {@link #PROSE_PARAGRAPH_CHARS} long with less
     * than {@link #PROSE_MAX_LINK_DENSITY} of their text in links: the measure of "this holds prose". Characters are
     * counted as they are, so a paywall's three short lines in Japanese are no article behind it; whether one
     * paragraph stands in the running text is {@link #isProseParagraph}'s question.
     */
    public static int proseParagraphs(Element element) {
        return proseParagraphs(element, p -> true);
    }

    /** {@link #proseParagraphs(Element)}, counting only the paragraphs that {@code counted} accepts. */
    public static int proseParagraphs(Element element, Predicate<Element> counted) {
        int prose = 0;
        for (Element p : Find.all(element, Css.PARAGRAPHS)) {
            if (counted.test(p) && p.text().length() >= PROSE_PARAGRAPH_CHARS
                    && linkDensity(p) < PROSE_MAX_LINK_DENSITY) {
                prose++;
            }
        }
        return prose;
    }

    /**
     * A paragraph of prose: a {@code <p>} of {@link #PROSE_PARAGRAPH_CHARS} characters or more, as long in
     * Latin letters ({@link #latinLength}), so a Korean or Japanese paragraph says as much as an English one.
     */
    public static boolean isProseParagraph(Element element) {
        return element != null && element.nameIs("p")
                && latinLength(element.text()) >= PROSE_PARAGRAPH_CHARS;
    }

    /** Whether {@code text} ends as a sentence does ({@link #SENTENCE_STOP}). */
    public static boolean endsASentence(String text) {
        return ENDS_A_SENTENCE.matcher(text).find();
    }

    /**
     * {@code text} in Unicode's composed form (NFC). Text with no character from U+0300 on, where the combining marks
     * begin, is composed already and comes back as it is, without the normalizer's own check, which reads a whole page
     * slowly.
     */
    public static String composed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_COMBINING_MARK) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /** Whether {@code text} holds a digit of any script ("2024", "２０２４"). */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is white space and no-break spaces only. */
    public static boolean isSpaces(String text) {
        return text.chars().allMatch(TextStats::isSpace);
    }

    /**
     * Whether {@code codePoint} is white space or a space such as the no-break space ({@code \s} with {@code \h}),
     * answered without Unicode's tables below the Ogham space: most text asked is in the scripts before it.
     */
    public static boolean isSpace(int codePoint) {
        if (codePoint < ASCII_END) {
            return codePoint == ' ' || codePoint >= 0x09 && codePoint <= 0x0D || codePoint >= 0x1C && codePoint <= 0x1F;
        }
        if (codePoint < OGHAM_SPACE) {
            return codePoint == NO_BREAK_SPACE; // Latin, Greek, Cyrillic, Arabic, Indic: no other space before it
        }
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** Characters of {@code text} other than white space and no-break spaces. */
    public static int visibleLength(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
                count++;
            }
        }
        return count;
    }

    /** Lower-cased class and id of an element, joined with a space, for token matching. */
    public static String classAndId(Element element) {
        return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    }

    public static boolean isCjk(int codePoint) {
        if (codePoint < FIRST_CJK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
