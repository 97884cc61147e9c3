package app.gleaner.limits;

import app.gleaner.config.GleanerConfig;
import app.gleaner.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Refuses, as problem+json and before any of the body is read: a request line over {@link #MAX_REQUEST_LINE_BYTES}
 * (414), headers over {@link #MAX_HEADER_BYTES} (431), and a declared body over {@code gleaner.max-body-size} (413).
 * Runs as an HTTP filter, ahead of every route. The HTTP layer's own limits stand behind it: its body limit
 * ({@code quarkus.http.limits.max-body-size}, the same value) still stops a chunked body that declares no length,
 * and its request-line and header limits are set well above these ({@code application.properties}), because the
 * codec answers what it refuses itself with an empty body that no Gleaner code can shape.
 */
@ApplicationScoped
public class RequestLimits {

    /** Before every route and body handler. */
    private static final int FILTER_PRIORITY = 1000;
    /** "GET /path?query HTTP/1.1", as the HTTP codec counts it. */
    public static final int MAX_REQUEST_LINE_BYTES = 4096;
    /** Every header line, name and value, as the HTTP codec counts them. */
    public static final int MAX_HEADER_BYTES = 20 * 1024;

    /** Routing-context key under which an accepted request's declared body length (a {@code Long}) is passed on. */
    static final String DECLARED_BODY_BYTES = "gleaner.declared-body-bytes";

    /** Problems are four plain fields; no need for the application's configured mapper. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    RequestLimits(GleanerConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FILTER_PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int lineBytes = request.method().name().length() + request.uri().length() + " HTTP/1.1".length() + 1;
        if (lineBytes > MAX_REQUEST_LINE_BYTES) {
            refuse(context, Problem.of(414, "The request line is %d bytes; this server accepts at most %d."
                    .formatted(lineBytes, MAX_REQUEST_LINE_BYTES)));
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + ": \r\n".length();
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            refuse(context, Problem.of(431, "The request headers are %d bytes; this server accepts at most %d."
                    .formatted(headerBytes, MAX_HEADER_BYTES)));
            return;
        }
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
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
        context.put(DECLARED_BODY_BYTES, length);
        context.next();
    }

    private static void refuse(RoutingContext context, Problem problem) {
        refuse(context, problem, 0);
    }

    /** Ends the exchange with {@code problem} as problem+json (and {@code Retry-After} when positive), closing it. */
    static void refuse(RoutingContext context, Problem problem, long retryAfterSeconds) {
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        if (retryAfterSeconds > 0) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
