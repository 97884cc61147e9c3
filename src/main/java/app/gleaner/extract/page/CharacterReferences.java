package app.gleaner.extract.page;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Character references left in text the page's parser did not read as HTML: strings in a JSON-LD script
 * ({@code "Signa in Sorge &#8211; Daten"}, as WordPress writes a headline), or a meta tag's content escaped twice
 * ({@code &amp;#039;}, which the parser reads once). Read as an attribute's references are read (an {@code &copy}
 * without its semicolon stays before {@code =} or a letter); a control character one of them stands for reads as a
 * space, as it would not show. Stateless and thread-safe.
 */
public final class CharacterReferences {

    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");

    private CharacterReferences() {
    }

    /** {@code text} with its character references read; the same text when it holds none. */
    public static String read(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        String read = Parser.unescapeEntities(text, true);
        return read.equals(text) ? text : CONTROLS.matcher(read).replaceAll(" ");
    }
}
