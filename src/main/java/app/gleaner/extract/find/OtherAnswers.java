package app.gleaner.extract.find;

import app.gleaner.extract.clean.RemovalLog;
import app.gleaner.extract.page.Find;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A question-and-answer page's other answers. A page that marks its question and the answer its asker accepted
 * (schema.org {@code Question} with an {@code acceptedAnswer}, in microdata, as Stack Exchange's sites write it) is
 * saved as the question and that answer, as a reader who saves it for the solution reads it; the other answers
 * ({@code suggestedAnswer}) go to what was removed, where the reader can still see them. A page without an accepted
 * answer keeps them all: no one answer is the article's. Stateless and thread-safe.
 */
public final class OtherAnswers {

    private static final Evaluator ACCEPTED = Selector.evaluatorOf("[itemprop~=(?i)^acceptedAnswer$]");
    private static final Evaluator SUGGESTED = Selector.evaluatorOf("[itemprop~=(?i)^suggestedAnswer$]");

    private OtherAnswers() {
    }

    /** Moves the answers other than the accepted one below {@code body} to {@code log}, if the page accepted one. */
    public static void removeFrom(Element body, RemovalLog log) {
        Element accepted = Find.first(body, ACCEPTED);
        if (accepted == null || body.selectFirst("[itemtype~=(?i)schema\\.org/Question$]") == null) {
            return;
        }
        for (Element other : Find.all(body, SUGGESTED)) {
            if (other.parent() != null && !other.equals(accepted) && Find.first(other, ACCEPTED) == null
                    && other.closest(ACCEPTED) == null) {
                log.remove(other);
            }
        }
    }
}
