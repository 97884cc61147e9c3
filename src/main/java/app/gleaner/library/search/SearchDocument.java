package app.gleaner.library.search;

/** What the index reads of one clip: its id and the four searched fields (any may be null). */
public record SearchDocument(long clipId, String title, String byline, String siteName, String body) {
}
