package app.gleaner.extract.clean;

import app.gleaner.extract.page.AbsoluteUrl;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Links to one author's page, by the path a site gives its authors ({@code rules/author-paths.txt}: "/author/ann-lee/",
 * "/autoren/jan-novak") or a profile's handle at the site's root ("/@dellaom"). Under a headline such a link names
 * the article's author; opening a short paragraph, it opens that author's card. Stateless and thread-safe.
 */
public final class AuthorLinks {

    private static final Set<String> AUTHOR_PATHS = Set.copyOf(RuleList.loadLowerCase("author-paths.txt"));
    private static final Pattern QUERY_AND_FRAGMENT = Pattern.compile("[?#].*");

    private AuthorLinks() {
    }

    /** A link to one author's page: an author segment, then the author's, last ("/autoren/" lists them all). */
    public static boolean isAuthorLink(Element element) {
        if (!element.nameIs("a")) {
            return false;
        }
        String path = QUERY_AND_FRAGMENT.matcher(AbsoluteUrl.pathOf(element.attr("href"))).replaceFirst("");
        String[] segments = path.split("/");
        int last = segments.length - 1;
        return last >= 1 && !segments[last].isBlank()
                && (AUTHOR_PATHS.contains(segments[last - 1].toLowerCase(Locale.ROOT))
                        || isHandle(segments, last) && TextStats.words(element.text()) >= 2);
    }

    /**
     * Whether the path is a profile's handle at its site's root: {@code /@dellaom}, as Medium and Substack write; its
     * link names a person in two words or more where it is an author's ("Mastodon" is a site's follow link).
     */
    private static boolean isHandle(String[] segments, int last) {
        return last == 1 && segments[1].length() > 1 && segments[1].charAt(0) == '@';
    }
}
