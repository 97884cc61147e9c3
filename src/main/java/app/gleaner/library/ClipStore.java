package app.gleaner.library;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The library's storage: look-ups by id, retry key and canonical URL, and filtered listings, newest first. */
@ApplicationScoped
public class ClipStore implements PanacheRepository<ClipEntity> {

    public Optional<ClipEntity> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public Optional<ClipEntity> findByCanonicalUrl(String canonicalUrl) {
        return find("canonicalUrlHash", hash(canonicalUrl)).firstResultOptional();
    }

    /** One page of clips matching every given filter (a null filter matches all). */
    public Listing list(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.text() != null) {
            where.add("(lower(c.title) like :text or lower(c.byline) like :text or lower(c.siteName) like :text"
                    + " or lower(c.url) like :text or lower(c.contentText) like :text)");
            params.and("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
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
        String query = "from ClipEntity c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<ClipEntity> found = find(query, Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                params).page(Page.of(page, size));
        return new Listing(found.list(), found.count());
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Listing filters; null means "any". */
    public record Filter(String text, String tag, Boolean archived, Boolean favorite) {
    }

    /** A page of entities and the total number matching. */
    public record Listing(List<ClipEntity> clips, long total) {
    }
}
