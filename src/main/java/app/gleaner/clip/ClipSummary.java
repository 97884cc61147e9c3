package app.gleaner.clip;

import java.time.OffsetDateTime;
import java.util.List;

/** A clip in a list: everything but the body. */
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
        OffsetDateTime updatedAt) {
}
