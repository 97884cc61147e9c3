package app.gleaner.extract.clean;

import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.rules.RuleList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Links that cite rather than tease: a document, someone's mail address, or a place on another site where the story
 * sends its reader to act. A teaser for another story, a channel to follow or a plea to pay leads elsewhere. Read by
 * {@link ContentCleaner} (a line or a list of such links stays) and {@link Asides} (a box of facts that links only
 * so is the story's). Immutable and thread-safe.
 */
final class CitingLinks {

    /** A file's size: "3,2 MB", "4.2 Mo", "800 KiB". */
    private static final String SIZE = "[\\d.,]+\\s*[kmg](?:i?b|o)";
    /**
     * The kind of file a link's words name in brackets, alone or with its size: "(PDF)", "(XLSX, 2 MB)", "[PDF, 2
     * MB]", "(2 MB PDF)", "(PDF, 4,2 Mo)", "（PDF：820KB）"; not "(ZIP code)".
     */
    private static final Pattern NAMES_A_FILE = Pattern.compile("(?i)[(\\[（]\\s*(?:" + SIZE + "\\s*)?"
            + "(?:" + SiteLinks.FILE_KINDS + ")(?:\\s*[,;·–:：、-]?\\s*" + SIZE + ")?\\s*[)\\]）]");
    /** Marks the tip jars among the payment hosts. */
    private static final String TIP_JAR_MARK = "$";
    private static final List<String> HOST_ENTRIES = RuleList.loadLowerCase("post-and-payment-hosts.txt");
    /** Where readers pay a writer for their work ({@code "$"} in the rule file). */
    private static final List<String> TIP_JARS = RuleList.marked(HOST_ENTRIES, TIP_JAR_MARK);
    /** Hosts of posts, videos and payments: a line that is one link to them is an embed's fallback or a plea. */
    private static final List<String> POST_AND_PAYMENT_HOSTS = Stream.concat(
            RuleList.unmarked(HOST_ENTRIES, TIP_JAR_MARK).stream(), TIP_JARS.stream()).toList();

    private final NagPhrases nagPhrases;

    CitingLinks(NagPhrases nagPhrases) {
        this.nagPhrases = nagPhrases;
    }

    /**
     * A link on a line of its own that cites rather than teases: a document (by its path, or by the kind of file its
     * words name: "Read the council's decision (PDF)") or someone's mail address, in words that name no nag phrase (a
     * mail to a list asking to subscribe is a sign-up; "Email this story" has no address), or a place on another site
     * where the story sends its reader to act ({@link #actsElsewhere}). A teaser for another story leads to a page.
     */
    boolean cites(Element link) {
        return (leadsToDocumentOrMailbox(link) || actsElsewhere(link)) && !nagPhrases.names(link.text());
    }

    /** A link to a document ({@link #leadsToFile}) or to someone's mail address, not a mailing list's. */
    static boolean leadsToDocumentOrMailbox(Element link) {
        String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
        int query = href.indexOf('?') < 0 ? href.length() : href.indexOf('?');
        boolean mailbox = href.startsWith("mailto:") && href.lastIndexOf('@', query) > 0
                && !href.contains("subscribe"); // "mailto:list@…?subject=subscribe" joins a mailing list
        return mailbox || leadsToFile(link);
    }

    /** A link to a document: by its path, or by the kind of file its words name ({@link #namesAFile}). */
    private static boolean leadsToFile(Element link) {
        return SiteLinks.leadsToDocument(link) || namesAFile(link);
    }

    /**
     * A link whose words name the kind of file it leads to ("Read the decision (PDF)", "Download the data (CSV, 2
     * MB)"): a story's document says what it is, where a house's "Read today's print edition" to its e-paper's file
     * does not.
     */
    static boolean namesAFile(Element link) {
        return NAMES_A_FILE.matcher(link.text()).find();
    }

    /**
     * A link on a line of its own to a page of another site that is no headline there: the form, the fund, the
     * booking or the regulator a story sends its reader to ("Complain to the Leisure Ombudsman", "Beschwerde bei der
     * Verbraucherzentrale einreichen"). A sister site's headline leads to an address made of its own words
     * ({@link SiteLinks#echoesItsText}); a link to a messaging channel or an app store invites; one to a social
     * network's post, a video or a payment service ({@code rules/post-and-payment-hosts.txt}) is an embed's fallback
     * or a plea; and an advertisement asks ("Szukasz lokalu? Zobacz oferty").
     */
    static boolean actsElsewhere(Element link) {
        if (!SiteLinks.leadsElsewhere(link) || ChannelLinks.leadsToChannelOrStore(link)) {
            return false;
        }
        return !leadsToPostOrPayment(link) && !SiteLinks.echoesItsText(link) && !Questions.asks(link.text());
    }

    /** Whether {@code link} leads to a tip jar, where readers pay a writer ("Buy me a coffee"). */
    static boolean leadsToTipJar(Element link) {
        String host = SiteLinks.hostOf(link);
        return TIP_JARS.stream().anyMatch(jar -> SiteLinks.isUnder(host, jar));
    }

    /** Whether {@code link} leads to a social network's post, a video or a payment service. */
    static boolean leadsToPostOrPayment(Element link) {
        String host = SiteLinks.hostOf(link);
        return POST_AND_PAYMENT_HOSTS.stream().anyMatch(postOrPayment -> SiteLinks.isUnder(host, postOrPayment));
    }
}
