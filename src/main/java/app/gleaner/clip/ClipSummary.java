package app.gleaner.clip;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A clip in a list: everything but the body. {@code snippet} is set only for a search: a passage of the body
 * around the matched words as HTML, every character escaped and the matches wrapped in {@code <mark>}.
 */
public record ClipSummary(
        long id,
        String url,
        String canonicalUrl,
        String title,
        String byline,
        String siteName,
        OffsetDateTime publishedAt,
        String excerpt,
        String leadImageUrl,
        String language,
        int wordCount,
        int readingMinutes,
        List<String> tags,
        boolean archived,
        boolean favorite,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String snippet) {
}
