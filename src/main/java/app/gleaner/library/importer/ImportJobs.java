package app.gleaner.library.importer;

import app.gleaner.clip.ClipImporter;
import app.gleaner.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs imports one at a time on a background thread (extraction is CPU-bound; one import never starves clipping)
 * and remembers the last {@link #KEPT_JOBS} in memory for their status pages — a restart forgets them, the clips
 * stay. Thread-safe.
 */
@ApplicationScoped
public class ImportJobs {

    static final int KEPT_JOBS = 20;
    private static final int MAX_URL_IN_REASON = 120;
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final ClipImporter importer;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gleaner-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(ClipImporter importer) {
        this.importer = importer;
    }

    /** Queues the entries and returns the job that reports on them. */
    public ImportJob start(ImportReader.Contents contents) {
        forgetOldJobs();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), contents.format(), contents.entries().size());
        jobs.put(job.id(), job);
        worker.submit(() -> run(job, contents));
        return job;
    }

    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    private void run(ImportJob job, ImportReader.Contents contents) {
        int number = 0;
        for (ImportEntry entry : contents.entries()) {
            number++;
            try {
                ClipImporter.Outcome outcome = importer.add(new ClipImporter.Item(entry.url(), entry.title(),
                        entry.html(), entry.tags(), entry.archived(), entry.favorite(), entry.savedAt()));
                if (outcome == ClipImporter.Outcome.IMPORTED) {
                    job.imported();
                } else {
                    job.duplicate();
                }
            } catch (ProblemException e) {
                job.failed(reason(number, entry, e.problem().detail()));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Import entry %d failed", number);
                job.failed(reason(number, entry, "The server could not save it."));
            }
        }
        job.finish();
    }

    private static String reason(int number, ImportEntry entry, String detail) {
        String url = entry.url() == null ? "" : entry.url();
        if (url.length() > MAX_URL_IN_REASON) {
            url = url.substring(0, MAX_URL_IN_REASON) + "…";
        }
        return "Entry " + number + (url.isBlank() ? "" : " (" + url + ")") + ": " + detail;
    }

    private void forgetOldJobs() {
        if (jobs.size() < KEPT_JOBS) {
            return;
        }
        Iterator<ImportJob> finished = jobs.values().stream().filter(ImportJob::finished).iterator();
        while (jobs.size() >= KEPT_JOBS && finished.hasNext()) {
            jobs.remove(finished.next().id());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
