package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

/**
 * The footer of an email's web version: the box of short lines around its link to unsubscribe — the sender's postal
 * address, why the reader got the email, where to change its settings, the platform's badge. A mailing service's
 * link to unsubscribe says so in its address whatever the email's language ({@code /unsubscribe}, {@code optout},
 * Substack's {@code disable_email}) and in a few words ("Unsubscribe", not a story's headline about opting out), so
 * the box is found from the link, and taken as large as it stays a box of short lines with no heading: a letter that
 * tells its readers how to unsubscribe, in a sentence of its own, stays. Stateless and thread-safe.
 */
final class MailingFooters {

    /** Words a footer's line holds at most: an address, a notice, a row of links. */
    static final int MAX_LINE_WORDS = 25;
    /** Words a link to unsubscribe says at most: "Unsubscribe", "Afmeld nyhedsbrevet"; a story's headline is longer. */
    static final int MAX_LINK_WORDS = 4;
    /**
     * Words a link to a mailing service's page to unsubscribe ({@code /unsubscribe}) says at most: Mailchimp's
     * "unsubscribe from this list" in Dutch or Spanish ("je afmelden voor deze lijst", "darse de baja de esta lista").
     * A story's link to opt out of something ("opt out of prescreened credit offers") leads to no such page.
     */
    static final int MAX_UNSUBSCRIBE_LINK_WORDS = 6;
    private static final Pattern UNSUBSCRIBE_PAGE = Pattern.compile("(?i)unsubscribe");
    /** Words a footer holds at most. */
    static final int MAX_FOOTER_WORDS = 120;
    /** What a link to unsubscribe has in its address. */
    private static final Pattern UNSUBSCRIBE = Pattern.compile("(?i)unsub|opt[-_]?out|disable_email");
    private static final Evaluator HEADINGS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");

    private MailingFooters() {
    }

    /** The footers below {@code root}, outermost only, in document order. */
    static List<Element> in(Element root) {
        List<Element> footers = new ArrayList<>();
        for (Element link : Find.all(root, Css.LINKS)) {
            String href = link.attr("href");
            int words = TextStats.words(link.text());
            if (!UNSUBSCRIBE.matcher(href).find() || words > MAX_LINK_WORDS
                    && !(words <= MAX_UNSUBSCRIBE_LINK_WORDS && UNSUBSCRIBE_PAGE.matcher(href).find())
                    || footers.stream().anyMatch(link.parents()::contains)) {
                continue;
            }
            Element box = null;
            for (Element e = link.parent(); e != null && e != root && isBoxOfShortLines(e); e = e.parent()) {
                box = e;
            }
            if (box != null) {
                footers.add(box);
            }
        }
        return footers;
    }

    private static boolean isBoxOfShortLines(Element box) {
        if (TextStats.words(box) > MAX_FOOTER_WORDS || Find.first(box, HEADINGS) != null) {
            return false;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText());
                } else if (node instanceof Element element && (element.nameIs("br") || element.isBlock())) {
                    endLine();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    endLine();
                }
            }

            private void endLine() {
                lines.add(line.toString());
                line.setLength(0);
            }
        }, box);
        lines.add(line.toString());
        return lines.stream().allMatch(text -> TextStats.words(text) <= MAX_LINE_WORDS);
    }
}
