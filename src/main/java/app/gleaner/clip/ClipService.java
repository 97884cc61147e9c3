package app.gleaner.clip;

import app.gleaner.extract.Article;
import app.gleaner.extract.Capture;
import app.gleaner.extract.Pipeline;
import app.gleaner.library.ClipEntity;
import app.gleaner.library.ClipStore;
import app.gleaner.limits.ExtractionSlots;
import app.gleaner.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Clips pages into the library. Extraction runs outside any transaction (it is the slow part), a bounded number at
 * once ({@link ExtractionSlots}); saving is one short transaction. A retry with the same {@code clientId} returns the first result; a page whose canonical URL is
 * already saved refreshes that clip and keeps its tags, archived and favourite flags.
 */
@ApplicationScoped
public class ClipService {

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
        return new ClipPage(listing.clips().stream().map(mapper::summary).toList(), listing.total(), query.page(),
                query.size());
    }

    @Transactional
    public ClipView update(long id, ClipPatch patch) {
        if (patch == null) {
            throw ProblemException.badRequest("Send a JSON object with any of: title, tags, archived, favorite.");
        }
        ClipEntity clip = require(id);
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
        return mapper.view(clip);
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
        store.persistAndFlush(clip);
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
