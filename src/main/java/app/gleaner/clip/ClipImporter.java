package app.gleaner.clip;

import app.gleaner.extract.Article;
import app.gleaner.extract.Capture;
import app.gleaner.extract.Pipeline;
import app.gleaner.library.ClipEntity;
import app.gleaner.library.ClipStore;
import app.gleaner.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Adds imported items to the library. An item with HTML goes through the same extraction pipeline as a clip; one
 * without becomes a link-only clip (its title and address, no body, 0 words) — the pipeline still runs on a minimal
 * page, so its canonical URL drops tracking parameters exactly as a clip's would. An item whose canonical URL is
 * already saved is skipped, never merged. Each item is its own short transaction. Thread-safe.
 */
@ApplicationScoped
public class ClipImporter {

    /** What happened to one item. */
    public enum Outcome { IMPORTED, DUPLICATE }

    /**
     * One item to import; {@code html} may be null, {@code savedAt} too (then: now).
     */
    public record Item(String url, String title, String html, List<String> tags, boolean archived, boolean favorite,
            OffsetDateTime savedAt) {
    }

    private final Pipeline pipeline;
    private final ClipStore store;
    private final ClipMapper mapper;

    ClipImporter(Pipeline pipeline, ClipStore store, ClipMapper mapper) {
        this.pipeline = pipeline;
        this.store = store;
        this.mapper = mapper;
    }

    /** Imports one item; a 400 {@link ProblemException} says why an item cannot be imported. */
    public Outcome add(Item item) {
        String url = item.url() == null ? "" : item.url().strip();
        if (url.isEmpty()) {
            throw ProblemException.badRequest("It has no address.");
        }
        if (url.length() > ClipRequest.MAX_URL_LENGTH) {
            throw ProblemException.badRequest("Its address is longer than " + ClipRequest.MAX_URL_LENGTH
                    + " characters.");
        }
        ClipRequest.requireHttpUrl(url);
        List<String> tags = Tags.normalize(item.tags());
        String title = item.title() == null || item.title().isBlank() ? null : item.title().strip();
        boolean linkOnly = item.html() == null || item.html().isBlank();
        String html = linkOnly ? "<!DOCTYPE html><html><head><title>" + Entities.escape(title == null ? "" : title)
                + "</title></head><body></body></html>" : item.html();
        Capture capture = new Capture(url, title, html, null);
        Article article = pipeline.extract(capture);
        try {
            return QuarkusTransaction.requiringNew().call(() -> save(item, capture, article, tags, linkOnly));
        } catch (RuntimeException e) {
            if (store.isConstraintViolation(e)) {
                return Outcome.DUPLICATE;
            }
            throw e;
        }
    }

    private Outcome save(Item item, Capture capture, Article article, List<String> tags, boolean linkOnly) {
        if (store.findByCanonicalUrl(mapper.canonicalUrl(capture, article)).isPresent()) {
            return Outcome.DUPLICATE;
        }
        ClipEntity clip = new ClipEntity();
        mapper.fill(clip, capture, article);
        if (linkOnly) {
            clip.contentHtml = "";
            clip.contentText = "";
            clip.wordCount = 0;
            clip.readingMinutes = 0;
        }
        clip.tags.addAll(tags);
        clip.archived = item.archived();
        clip.favorite = item.favorite();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        clip.createdAt = item.savedAt() != null ? item.savedAt() : now;
        clip.updatedAt = now;
        store.save(clip);
        return Outcome.IMPORTED;
    }
}
