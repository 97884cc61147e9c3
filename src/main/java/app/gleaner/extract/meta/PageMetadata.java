package app.gleaner.extract.meta;

import java.time.OffsetDateTime;

/**
 * What the page says about itself, before the article body is known. Any field may be null; the pipeline fills
 * gaps from the body (first paragraph, first large image) and from the capture.
 */
public record PageMetadata(
        String title,
        String byline,
        String siteName,
        OffsetDateTime publishedAt,
        String description,
        String leadImageUrl,
        String language) {
}
