package app.gleaner.clip;

import app.gleaner.extract.Article;
import app.gleaner.extract.Capture;
import app.gleaner.extract.Pipeline;
import app.gleaner.library.ClipEntity;
import app.gleaner.library.ClipStore;
import app.gleaner.library.search.Snippets;
import app.gleaner.limits.ExtractionSlots;
import app.gleaner.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Clips pages into the library. Extraction runs outside any transaction (it is the slow part), a bounded number at once
 * ({@link ExtractionSlots}); saving is one short transaction. A retry with the same {@code clientId} returns the first
 * result; a page whose canonical URL is already saved refreshes that clip and keeps its tags, archived and favourite
 * flags.
 */
@ApplicationScoped
public class ClipService {

    static final int EXPORT_BATCH = 100;

    private final Pipeline pipeline;
    private final ClipStore store;
    private final ClipMapper mapper;
    private final ExtractionSlots slots;

    ClipService(Pipeline pipeline, ClipStore store, ClipMapper mapper, ExtractionSlots slots) {
        this.pipeline = pipeline;
        this.store = store;
        this.mapper = mapper;
        this.slots = slots;
    }

    /** The outcome of a clip: the saved clip and whether this call created it. */
    public record Saved(ClipView clip, boolean created) {
    }

    public Saved clip(ClipRequest request) {
        Capture capture = request.toCapture();
        String clientId = request.parsedClientId();
        Optional<ClipView> retried = findByClientId(clientId);
        if (retried.isPresent()) {
            return new Saved(retried.get(), false);
        }
        Article article = extract(capture);
        try {
            return QuarkusTransaction.requiringNew().call(() -> save(capture, article, clientId));
        } catch (RuntimeException e) {
            if (!causedByConstraint(e)) {
                throw e;
            }
            // A concurrent request with the same retry key or canonical URL committed first: answer as it did.
            return findByClientId(clientId).map(clip -> new Saved(clip, false))
                    .orElseGet(() -> QuarkusTransaction.requiringNew().call(() -> save(capture, article, clientId)));
        }
    }

    /** What {@link #clip} would save, without saving it. */
    public ClipView preview(ClipRequest request) {
        Capture capture = request.toCapture();
        ClipEntity unsaved = new ClipEntity();
        mapper.fill(unsaved, capture, extract(capture));
        return mapper.view(unsaved);
    }

    @Transactional
    public ClipView get(long id) {
        return mapper.view(require(id));
    }

    @Transactional
    public ClipPage list(ClipQuery query) {
        ClipStore.Listing listing = store.list(
                new ClipStore.Filter(query.text(), query.tag(), query.archived(), query.favorite()),
                query.page(), query.size());
        return new ClipPage(listing.clips().stream()
                .map(clip -> mapper.summary(clip, listing.query() == null ? null
                        : Snippets.html(clip.contentText, listing.query())))
                .toList(), listing.total(), query.page(), query.size());
    }

    @Transactional
    public ClipView update(long id, ClipPatch patch) {
        if (patch == null) {
            throw ProblemException.badRequest("Send a JSON object with any of: title, tags, archived, favorite.");
        }
        ClipEntity clip = require(id);
        String titleBefore = clip.title;
        if (patch.title() != null) {
            String title = patch.title().strip();
            ClipRequest.requireNoControlCharacters("title", title);
            if (title.isEmpty() || title.length() > ClipRequest.MAX_TITLE_LENGTH) {
                throw ProblemException.badRequest("'title' must have 1 to " + ClipRequest.MAX_TITLE_LENGTH
                        + " characters.");
            }
            clip.title = title;
        }
        if (patch.tags() != null) {
            clip.tags.clear();
            clip.tags.addAll(Tags.normalize(patch.tags()));
        }
        if (patch.archived() != null) {
            clip.archived = patch.archived();
        }
        if (patch.favorite() != null) {
            clip.favorite = patch.favorite();
        }
        clip.updatedAt = now();
        store.flush();
        if (!clip.title.equals(titleBefore)) {
            store.reindex(clip);
        }
        return mapper.view(clip);
    }

    /**
     * Hands every clip to {@code action}, oldest first, reading {@link #EXPORT_BATCH} at a time in short
     * transactions, so exporting a large library never holds it all in memory or one transaction open.
     */
    public void forEachClip(Consumer<ClipView> action) {
        long after = 0;
        while (true) {
            long from = after;
            List<ClipView> batch = QuarkusTransaction.requiringNew().call(
                    () -> store.batchAfter(from, EXPORT_BATCH).stream().map(mapper::view).toList());
            batch.forEach(action);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** The texts of the blocks the cleaner removed from this clip's page, in page order. */
    @Transactional
    public List<String> removedBlocks(long id) {
        String removed = require(id).removedText;
        return removed == null || removed.isEmpty() ? List.of()
                : List.of(removed.split(ClipMapper.REMOVED_SEPARATOR));
    }

    @Transactional
    public void delete(long id) {
        store.delete(require(id));
    }

    private Article extract(Capture capture) {
        return slots.run(() -> pipeline.extract(capture));
    }

    private Saved save(Capture capture, Article article, String clientId) {
        Optional<ClipEntity> existing = store.findByCanonicalUrl(mapper.canonicalUrl(capture, article));
        ClipEntity clip = existing.orElseGet(ClipEntity::new);
        mapper.fill(clip, capture, article);
        OffsetDateTime now = now();
        if (existing.isEmpty()) {
            clip.clientId = clientId;
            clip.createdAt = now;
        }
        clip.updatedAt = now;
        store.save(clip);
        return new Saved(mapper.view(clip), existing.isEmpty());
    }

    private Optional<ClipView> findByClientId(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> store.findByClientId(clientId).map(mapper::view));
    }

    private ClipEntity require(long id) {
        return store.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No clip has the id " + id + "."));
    }

    private static boolean causedByConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
