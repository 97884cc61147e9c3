package app.gleaner.limits;

import app.gleaner.config.GleanerConfig;
import app.gleaner.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body over {@code gleaner.max-body-size} with a 413 problem before any of it is read. Runs as an HTTP
 * filter, ahead of the HTTP layer's own body limit ({@code quarkus.http.limits.max-body-size}, set to the same
 * value), which still stops a chunked body that declares no length.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before every route and body handler. */
    private static final int FILTER_PRIORITY = 1000;

    private final long maxBytes;
    private final ObjectMapper json;

    BodySizeLimit(GleanerConfig config, ObjectMapper json) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FILTER_PRIORITY);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            context.next();
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            refuse(context, Problem.of(400, "Content-Length is not a number."));
            return;
        }
        if (length > maxBytes) {
            refuse(context, Problem.of(413, "The body is %d bytes; this server accepts at most %d (gleaner.max-body-size)."
                    .formatted(length, maxBytes)));
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
