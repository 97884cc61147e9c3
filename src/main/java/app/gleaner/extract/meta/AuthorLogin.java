package app.gleaner.extract.meta;

import app.gleaner.extract.page.AbsoluteUrl;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An author a page declares by a CMS login ("gabor_munier", "mwhitaker"), read as the name its profile's link shows,
 * for {@link Byline}. Stateless and thread-safe.
 */
final class AuthorLogin {

    /** An author declared by a login: lower case, one word, perhaps with dots, dashes or underscores. */
    private static final Pattern LOGIN = Pattern.compile("[\\p{Ll}\\d._-]{4,}");
    /** Letters of a surname a login spells: "mwhitaker" holds "whitaker", not "li". */
    static final int MIN_SURNAME_LETTERS = 4;
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private AuthorLogin() {
    }

    /**
     * The name a page shows for an author it declares by {@code login} ("gabor_munier"): the text of a link to a page
     * whose address ends with the login and whose text the login spells, whole or by its surname, with other
     * separators, capitals or accents ({@code <a href=/autoren/gabor-munier>Gàbor Muniér</a>}, {@code <a
     * href=/author/mwhitaker/>Mark Whitaker</a>}; not {@code <a href=/author/gabor-munier/>More posts</a>}); null
     * when none, or when the author declared is no login.
     */
    static String shownName(Document document, String login) {
        if (!LOGIN.matcher(login).matches()) {
            return null;
        }
        String spelled = spelling(login);
        for (Element link : Find.all(document, Css.LINKS)) {
            String path = AbsoluteUrl.pathOf(link.attr("href")).replaceFirst("[?#].*", "").replaceFirst("/+$", "");
            String name = BylineNames.clean(link.text(), true);
            if (name != null && spelling(path.substring(path.lastIndexOf('/') + 1)).equals(spelled)
                    && spellsLogin(name, spelled) && BylineNames.readsAsLinkedName(name)) {
                return name;
            }
        }
        return null;
    }

    /** Whether a login's {@code spelled} letters spell {@code name}, whole or its last word ("mwhitaker"). */
    private static boolean spellsLogin(String name, String spelled) {
        String surname = spelling(name.substring(name.lastIndexOf(' ') + 1));
        return spelling(name).contains(spelled) || surname.length() >= MIN_SURNAME_LETTERS && spelled.contains(surname);
    }

    /** Letters and digits of {@code text} in lower case, without accents: "Gàbor-Muniér" → "gabormunier". */
    static String spelling(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT))
                .replaceAll("");
    }
}
