package app.gleaner.clip;

import app.gleaner.extract.Extraction;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A saved (or previewed) clip as the API shows it. {@code id} and the timestamps are null in a preview;
 * {@code extraction} says how sure the cleaner is and whether the article looks cut short or gated (null for clips
 * saved before Gleaner measured it).
 */
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
        OffsetDateTime updatedAt,
        Extraction extraction) {
}
