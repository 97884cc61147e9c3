package app.gleaner.library;

import app.gleaner.library.search.SearchDocument;
import app.gleaner.library.search.SearchIndex;
import app.gleaner.library.search.SearchQuery;
import app.gleaner.library.search.Searcher;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The library's storage: look-ups by id, retry key and canonical URL, filtered listings (newest first), and ranked
 * full-text search through the {@link SearchIndex}, which this class keeps in step with the clips it saves.
 */
@ApplicationScoped
public class ClipStore implements PanacheRepository<ClipEntity> {

    private final SearchIndex searchIndex;

    ClipStore(SearchIndex searchIndex) {
        this.searchIndex = searchIndex;
    }

    public Optional<ClipEntity> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public Optional<ClipEntity> findByCanonicalUrl(String canonicalUrl) {
        return find("canonicalUrlHash", hash(canonicalUrl)).firstResultOptional();
    }

    /** Saves the clip and (re-)indexes it for search in the same transaction. */
    public void save(ClipEntity clip) {
        persistAndFlush(clip);
        reindex(clip);
    }

    /** Re-indexes a flushed clip after its title changed. */
    public void reindex(ClipEntity clip) {
        searchIndex.index(new SearchDocument(clip.id, clip.title, clip.byline, clip.siteName, clip.contentText));
    }

    /**
     * One page of clips matching every given filter (a null filter matches all): newest first, or by relevance
     * when the filter has search text.
     */
    public Listing list(Filter filter, int page, int size) {
        if (filter.text() != null) {
            return search(filter, page, size);
        }
        Parameters params = new Parameters();
        String where = where(filter, params);
        PanacheQuery<ClipEntity> found = find("from ClipEntity c" + where,
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), params).page(Page.of(page, size));
        return new Listing(found.list(), found.count(), null);
    }

    private Listing search(Filter filter, int page, int size) {
        SearchQuery query = SearchQuery.parse(filter.text());
        long offset = (long) page * size;
        if (query.isEmpty() || offset > Integer.MAX_VALUE) {
            return new Listing(List.of(), 0, query);
        }
        Parameters params = new Parameters();
        String where = where(filter, params);
        Set<Long> allowed = where.isEmpty() ? null : new HashSet<>(ids(where, params));
        Searcher.Hits hits = searchIndex.search(query, allowed, (int) offset, size);
        Map<Long, ClipEntity> byId = new HashMap<>();
        if (!hits.ids().isEmpty()) {
            list("id in ?1", hits.ids()).forEach(clip -> byId.put(clip.id, clip));
        }
        List<ClipEntity> ranked = hits.ids().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new Listing(ranked, hits.total(), hits.query());
    }

    private List<Long> ids(String where, Parameters params) {
        TypedQuery<Long> query = getEntityManager().createQuery("select c.id from ClipEntity c" + where, Long.class);
        params.map().forEach(query::setParameter);
        return query.getResultList();
    }

    private static String where(Filter filter, Parameters params) {
        List<String> where = new ArrayList<>();
        if (filter.tag() != null) {
            where.add(":tag member of c.tags");
            params.and("tag", filter.tag());
        }
        if (filter.archived() != null) {
            where.add("c.archived = :archived");
            params.and("archived", filter.archived());
        }
        if (filter.favorite() != null) {
            where.add("c.favorite = :favorite");
            params.and("favorite", filter.favorite());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /** Up to {@code size} clips with ids above {@code afterId}, oldest id first: for walking the whole library. */
    public List<ClipEntity> batchAfter(long afterId, int size) {
        return find("id > ?1", Sort.ascending("id"), afterId).page(Page.ofSize(size)).list();
    }

    /** Whether a failed save broke a unique constraint (a concurrent save of the same clip won). */
    public boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** SHA-256 hex of a canonical URL, the indexed key behind {@link #findByCanonicalUrl}. */
    public static String hash(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Listing filters; null means "any". {@code text} is a search. */
    public record Filter(String text, String tag, Boolean archived, Boolean favorite) {
    }

    /** A page of entities, the total number matching, and the parsed search when there was one (else null). */
    public record Listing(List<ClipEntity> clips, long total, SearchQuery query) {
    }
}
