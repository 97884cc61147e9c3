package app.gleaner.library.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The progress of one import, updated by the worker thread and read by status pages: thread-safe (atomic counters,
 * a synchronized failure list, a volatile finished flag). Keeps at most {@link #MAX_REASONS} failure reasons.
 */
public final class ImportJob {

    static final int MAX_REASONS = 500;

    private final String id;
    private final ImportFormat format;
    private final int total;
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger imported = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final List<String> reasons = new ArrayList<>();
    private volatile boolean finished;

    ImportJob(String id, ImportFormat format, int total) {
        this.id = id;
        this.format = format;
        this.total = total;
    }

    /** A consistent-enough copy for one page view. */
    public record Status(String id, String format, int total, int processed, int imported, int duplicates,
            int failed, List<String> failures, boolean finished, int percent) {
    }

    public String id() {
        return id;
    }

    public Status status() {
        List<String> failures;
        synchronized (reasons) {
            failures = List.copyOf(reasons);
        }
        int done = processed.get();
        return new Status(id, format.label(), total, done, imported.get(), duplicates.get(), failed.get(), failures,
                finished, total == 0 ? 100 : done * 100 / total);
    }

    boolean finished() {
        return finished;
    }

    void imported() {
        imported.incrementAndGet();
        processed.incrementAndGet();
    }

    void duplicate() {
        duplicates.incrementAndGet();
        processed.incrementAndGet();
    }

    void failed(String reason) {
        failed.incrementAndGet();
        synchronized (reasons) {
            if (reasons.size() < MAX_REASONS) {
                reasons.add(reason);
            }
        }
        processed.incrementAndGet();
    }

    void finish() {
        finished = true;
    }
}
