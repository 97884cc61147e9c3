package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PipelineConcurrencyTest {

    @Test
    void oneSharedPipelineGivesTheSameResultOnEveryThread() throws Exception {
        Pipeline shared = new Pipeline();
        String paragraph = "<p>The lighthouse keeper logged the weather every four hours, and the logbooks, kept "
                + "since 1890, are now being typed up by volunteers for climate researchers.</p>";
        List<Capture> captures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            captures.add(new Capture("https://site.example/p" + i, "Title " + i, "<html><body><article><h1>Title "
                    + i + "</h1>" + paragraph.repeat(5) + "<p>Number " + i + " ends here.</p></article>"
                    + "<div role=dialog>Sign in to continue</div></body></html>", null));
        }
        List<Article> expected = captures.stream().map(shared::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> results = new ArrayList<>();
            for (Capture capture : captures) {
                results.add(pool.submit(() -> shared.extract(capture)));
            }
            for (int i = 0; i < captures.size(); i++) {
                assertEquals(expected.get(i), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
