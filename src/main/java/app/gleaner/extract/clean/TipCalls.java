package app.gleaner.extract.clean;

import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls to write in, set under a story or an opinion piece ("Spotted a claim we should check? Send it to tips@…",
 * "Vous souhaitez réagir à cet éditorial ? Écrivez au courrier des lecteurs : idees@…", "Masz inne zdanie? Napisz do
 * nas na adres opinie@…"): a short block that opens with a short question to the reader and then gives an e-mail
 * address at the site's own domain, in any language. A story's service answers with another's address ("Got a fine?
 * Send a photo of it to refunds@the-operator…"), and tells what someone wrote to an address by quoting the question;
 * quotations are left out before reading. Stateless and thread-safe.
 */
final class TipCalls {

    /** Words a call has at most, its question included. */
    static final int MAX_WORDS = 40;
    /** Words of the question that opens a call at most. */
    static final int MAX_QUESTION_WORDS = 12;
    /** An e-mail address, its domain the group. */
    private static final Pattern ADDRESS =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)");
    /** The end of the opening question; Spanish's opening mark ("¿") ends none. */
    private static final Pattern QUESTION_END = Pattern.compile("[?？؟]");

    private TipCalls() {
    }

    /** Whether {@code text}, on a page of {@code site} (a host), is a call to write in to the site. */
    static boolean in(String text, String site) {
        if (text.indexOf('@') < 0 || site.isEmpty() || TextStats.words(text) > MAX_WORDS) {
            return false;
        }
        String own = Quotations.outside(text);
        Matcher end = QUESTION_END.matcher(own);
        if (!end.find() || TextStats.words(own.substring(0, end.start())) > MAX_QUESTION_WORDS
                || ADDRESS.matcher(own.substring(0, end.start())).find()) {
            return false;
        }
        Matcher address = ADDRESS.matcher(own.substring(end.end()));
        while (address.find()) {
            String domain = address.group(1).toLowerCase(Locale.ROOT);
            if (SiteLinks.sameSite(domain.replaceFirst("^www\\.", ""), site)) {
                return true;
            }
        }
        return false;
    }
}
