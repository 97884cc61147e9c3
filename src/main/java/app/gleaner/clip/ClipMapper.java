package app.gleaner.clip;

import app.gleaner.extract.Article;
import app.gleaner.extract.Capture;
import app.gleaner.extract.Extraction;
import app.gleaner.library.ClipEntity;
import app.gleaner.library.ClipStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Maps between the pipeline's {@link Article}, the stored {@link ClipEntity} and the API's records. Clamps every
 * text to its column's width, so a page with a 10,000-character title is saved, not refused with a 500.
 */
@ApplicationScoped
class ClipMapper {

    static final int MAX_BYLINE = 1000;
    static final int MAX_SITE_NAME = 1000;
    static final int MAX_EXCERPT = 4000;
    static final int MAX_LANGUAGE = 35;
    /** Separates removed blocks in one column; a record separator never occurs in extracted text. */
    static final String REMOVED_SEPARATOR = "\u001E";

    String canonicalUrl(Capture capture, Article article) {
        String canonical = article.canonicalUrl();
        return canonical == null || canonical.isBlank() || canonical.length() > ClipRequest.MAX_URL_LENGTH
                ? capture.url() : canonical;
    }

    void fill(ClipEntity clip, Capture capture, Article article) {
        clip.url = capture.url();
        clip.canonicalUrl = canonicalUrl(capture, article);
        clip.canonicalUrlHash = ClipStore.hash(clip.canonicalUrl);
        clip.title = clamp(firstNonBlank(article.title(), capture.title(), capture.url()),
                ClipRequest.MAX_TITLE_LENGTH);
        clip.byline = clamp(article.byline(), MAX_BYLINE);
        clip.siteName = clamp(article.siteName(), MAX_SITE_NAME);
        clip.publishedAt = article.publishedAt();
        clip.excerpt = clamp(article.excerpt(), MAX_EXCERPT);
        String image = article.leadImageUrl();
        clip.leadImageUrl = image != null && image.length() <= ClipRequest.MAX_URL_LENGTH ? image : null;
        clip.language = clamp(article.language(), MAX_LANGUAGE);
        clip.wordCount = article.wordCount();
        clip.readingMinutes = article.readingMinutes();
        clip.contentHtml = article.contentHtml();
        clip.contentText = article.contentText();
        Extraction extraction = article.extraction();
        clip.extractionConfidence = extraction == null ? null : extraction.confidence();
        clip.extractionTruncated = extraction == null ? null : extraction.likelyTruncated();
        clip.extractionGated = extraction == null ? null : extraction.gated();
        clip.extractionMethod = extraction == null ? null : extraction.method();
        clip.removedText = article.removed() == null || article.removed().isEmpty() ? null
                : String.join(REMOVED_SEPARATOR, article.removed());
    }

    /** The clip as the API and pages show it. */
    ClipView view(ClipEntity c) {
        return new ClipView(c.id, c.url, c.canonicalUrl, c.title, c.byline, c.siteName, c.publishedAt, c.excerpt,
                c.leadImageUrl, c.language, c.wordCount, c.readingMinutes, c.contentHtml, c.contentText,
                sortedTags(c), c.archived, c.favorite, c.createdAt, c.updatedAt, extraction(c));
    }

    private static Extraction extraction(ClipEntity c) {
        if (c.extractionConfidence == null || c.extractionMethod == null) {
            return null;
        }
        return new Extraction(c.extractionConfidence, Boolean.TRUE.equals(c.extractionTruncated),
                Boolean.TRUE.equals(c.extractionGated), c.extractionMethod);
    }

    ClipSummary summary(ClipEntity c, String snippet) {
        return new ClipSummary(c.id, c.url, c.canonicalUrl, c.title, c.byline, c.siteName, c.publishedAt, c.excerpt,
                c.leadImageUrl, c.language, c.wordCount, c.readingMinutes, sortedTags(c), c.archived,
                c.favorite, c.createdAt, c.updatedAt, snippet);
    }

    /** Tags sorted here, not by the database's collation, so every answer and page lists them alike. */
    private static List<String> sortedTags(ClipEntity c) {
        return c.tags.stream().sorted().toList();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    private static String clamp(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() <= max) {
            return stripped;
        }
        int end = Character.isHighSurrogate(stripped.charAt(max - 1)) ? max - 1 : max;
        return stripped.substring(0, end);
    }
}
