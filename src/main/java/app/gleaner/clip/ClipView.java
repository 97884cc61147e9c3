package app.gleaner.clip;

import java.time.OffsetDateTime;
import java.util.List;

/** A saved (or previewed) clip as the API shows it. {@code id} and the timestamps are null in a preview. */
public record ClipView(
        Long id,
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
        String contentHtml,
        String contentText,
        List<String> tags,
        boolean archived,
        boolean favorite,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
