package app.gleaner.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The pipeline's result: a clean, sanitized article and what is known about it. Immutable.
 *
 * @param canonicalUrl   the page's canonical address, tracking parameters removed
 * @param title          article title, never blank (falls back to the captured title, then the URL)
 * @param byline         author(s) as one line, or null
 * @param siteName       publication name, or null
 * @param publishedAt    publication time, or null
 * @param excerpt        a short summary (description, or the first paragraph), or null
 * @param leadImageUrl   absolute URL of the lead image, or null
 * @param language       BCP-47 language tag such as {@code en} or {@code de-DE}, or null
 * @param contentHtml    the sanitized article body
 * @param contentText    the body as plain text, paragraphs separated by blank lines
 * @param wordCount      words in {@code contentText}
 * @param readingMinutes estimated minutes to read, at least 1 when there is any text
 * @param removed        text of the blocks the cleaner took out as overlays or nags, for "show what was removed"
 * @param extraction     how far to trust this result: confidence, likely truncated or gated, and the method used
 */
public record Article(
        String canonicalUrl,
        String title,
        String byline,
        String siteName,
        OffsetDateTime publishedAt,
        String excerpt,
        String leadImageUrl,
        String language,
        String contentHtml,
        String contentText,
        int wordCount,
        int readingMinutes,
        List<String> removed,
        Extraction extraction) {
}
