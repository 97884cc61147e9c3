package app.gleaner.library;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One saved article in the library. The schema is Flyway's ({@code db/migration}); this mapping follows it.
 * Never leaves the service layer: resources see records.
 */
@Entity
@Table(name = "clip")
public class ClipEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id")
    public String clientId;

    public String url;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    /** SHA-256 of the canonical URL: the unique key for re-clips, short enough for any database's index. */
    @Column(name = "canonical_url_hash")
    public String canonicalUrlHash;

    public String title;
    public String byline;

    @Column(name = "site_name")
    public String siteName;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public String excerpt;

    @Column(name = "lead_image_url")
    public String leadImageUrl;

    public String language;

    @Column(name = "word_count")
    public int wordCount;

    @Column(name = "reading_minutes")
    public int readingMinutes;

    /**
     * The article bodies are loaded only when read: a listing page of 100 clips of 5 MB each would otherwise pull a
     * gigabyte or more into memory (the load test ran the embedded H2 out of memory that way).
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_html")
    public String contentHtml;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_text")
    public String contentText;

    /** The blocks the cleaner removed, one per line-separated entry, for "show what was removed". */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "removed_text")
    public String removedText;

    /** How the cleaner judged its own result; null for clips saved before it was measured. */
    @Column(name = "extraction_confidence")
    public Double extractionConfidence;

    @Column(name = "extraction_truncated")
    public Boolean extractionTruncated;

    @Column(name = "extraction_gated")
    public Boolean extractionGated;

    @Column(name = "extraction_method")
    public String extractionMethod;

    public boolean archived;
    public boolean favorite;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clip_tag", joinColumns = @JoinColumn(name = "clip_id"))
    @Column(name = "tag")
    @OrderBy
    public List<String> tags = new ArrayList<>();
}
