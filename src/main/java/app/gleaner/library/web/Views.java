package app.gleaner.library.web;

import app.gleaner.auth.PasswordStore;
import app.gleaner.auth.SignIn;
import java.util.List;

/**
 * What the library templates show: plain values, already formatted; every string is escaped by Qute when printed
 * except {@code snippetHtml} (escaped by {@link app.gleaner.library.search.Snippets}) and the reader's
 * {@code contentHtml} (sanitized by the pipeline before it was stored).
 */
final class Views {

    private Views() {
    }

    /** A link in a row of filters; {@code current} marks the one in force. */
    record FilterLink(String label, String href, boolean current) {
    }

    /** A tag as a link to the list filtered by it. */
    record TagLink(String name, String href) {
    }

    /** One clip in the list. {@code imageUrl}/{@code snippetHtml} may be null. */
    record Card(long id, String title, String href, String site, String byline, String excerpt, String snippetHtml,
            String imageUrl, String saved, String savedIso, int readingMinutes, List<TagLink> tags, boolean archived,
            boolean favorite) {
    }

    /** The list page. {@code libraryEmpty} means no clip at all (show how to install the clipper). */
    record ListPage(String q, String tag, String show, String heading, List<FilterLink> tabs, List<Card> cards,
            long total, String position, String previousHref, String nextHref, boolean libraryEmpty, String back,
            String csrf) {
    }

    /**
     * The reader page. {@code originalUrl} is null unless http(s); {@code notice} is null unless the cleaner doubts
     * the saved text is the whole article.
     */
    record ReaderPage(long id, String title, String byline, String site, String originalUrl, String published,
            String saved, int readingMinutes, int wordCount, String language, String notice, String contentHtml,
            List<String> removed, List<TagLink> tags, String tagsText, boolean archived, boolean favorite,
            String back, String csrf) {
    }

    /** Asks before deleting a clip. */
    record DeletePage(long id, String title, String csrf) {
    }

    /**
     * What the sign-in and password pages say about the password: whether there is one ({@code any}), whether it
     * comes from configuration, whether one may be chosen with the API token, and the length a new one needs.
     */
    record PasswordOptions(boolean any, boolean configured, boolean choosable, int minLength) {

        static PasswordOptions of(PasswordStore.Source source) {
            return new PasswordOptions(source != PasswordStore.Source.NONE, source == PasswordStore.Source.CONFIGURED,
                    source == PasswordStore.Source.NONE, SignIn.MIN_PASSWORD_LENGTH);
        }
    }
}
