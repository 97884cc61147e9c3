package app.gleaner.extract.meta;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A byline a Korean wire story writes into its first paragraph, after the place and the agency and before an equals
 * sign: "(서울=연합뉴스) 박서윤 기자 = 코스피가…", "[세종=뉴스1] 정하늘 김도윤 기자 =", "박서윤 기자·김도윤 기자 =". Each
 * name is one word of Hangul of two to four syllables, as {@link BylineLine} reads a line signed with a title. Only
 * the story's first paragraph counts: a photo's caption, which a wire signs alike with its photographer's name, and a
 * quotation are passed over, and a later paragraph that quotes another story's opening is no byline. Stateless and thread-safe.
 */
final class WireDateline {

    /** Blocks after the headline whose own text is read before giving up: a byline's and a date's lines first. */
    static final int MAX_BLOCKS_READ = 12;
    /**
     * Characters of a block's text, in Latin letters' worth ({@link TextStats#latinLength}: a Hangul syllable two),
     * from which it is the story's first paragraph, signed or not.
     */
    static final int MIN_PARAGRAPH_CHARS = 60;
    /** Names, each perhaps with its title, then the title and the equals sign that opens the story. */
    private static final Pattern SIGNED = Pattern.compile("((?:" + BylineNames.SIGNED_NAME.pattern()
            + "[\\s,·]+){1,5}?)" + BylineNames.TITLE + "\\s*=");
    /** Where a block is a picture's caption or credit, or a quotation, not the story's paragraph. */
    /** A picture that is a box's own child, or its own link's. */
    private static final Evaluator OWN_PICTURES = Selector.evaluatorOf("> img, > picture, > a > img");
    private static final Evaluator CAPTIONS =
            Selector.evaluatorOf("figure, figcaption, blockquote, q, [class*=caption], [class*=photo], "
                + "[class*=credit], [class*=desc], [class*=cap]");

    private WireDateline() {
    }

    /** The names the first paragraph after {@code headline} signs with, or null. */
    static String of(Document document, Element headline) {
        if (headline == null) {
            return null;
        }
        int read = 0;
        for (Element block = Nesting.nextAfter(headline, null); block != null && read < MAX_BLOCKS_READ;
                block = Nesting.nextInOrder(block, null)) {
            if (!block.isBlock() || !LooseText.hasLooseText(block) || isCaption(block)) {
                continue;
            }
            read++;
            String text = block.text();
            String names = signedNames(text);
            if (names != null || TextStats.latinLength(text) >= MIN_PARAGRAPH_CHARS) {
                return names; // the story's first paragraph signs it, or nothing does
            }
        }
        return null;
    }

    /** The names {@code text} opens with after a wire's dateline, joined; null when it opens with none. */
    static String signedNames(String text) {
        String opening = text.strip();
        int dateline = BylineNames.wireDatelineEnd(opening);
        if (dateline < 0) {
            return null;
        }
        Matcher signed = SIGNED.matcher(opening).region(dateline, opening.length());
        if (!signed.lookingAt()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Matcher name = BylineNames.SIGNED_NAME.matcher(signed.group(1));
        while (name.find()) {
            if (BylineNames.REPORTER_KINDS.contains(name.group())) {
                return null; // "(서울=뉴스) 사진 기자 =": a kind of reporter, no one named
            }
            if (!BylineNames.TITLES.contains(name.group())) {
                names.add(name.group()); // "박서윤 기자, 김도윤 기자 =": each name with its title
            }
        }
        return names.isEmpty() ? null : BylineNames.join(names);
    }

    /**
     * Whether {@code block} is a picture's caption (in a figure, named so, set beside the picture or right after a box
     * that holds only one) or a quotation.
     */
    private static boolean isCaption(Element block) {
        Element parent = block.parent();
        Element before = block.previousElementSibling();
        return block.closest(CAPTIONS) != null
                || parent != null && Find.first(parent, OWN_PICTURES) != null
                || before != null && !before.hasText() && Find.first(before, Css.PICTURES) != null;
    }
}
