package app.gleaner.auth;

import app.gleaner.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Refuses, with a 403 problem, any state-changing request ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) whose {@code Origin} header names a foreign origin: one that is neither the server's own nor an
 * allowed extension origin ({@link AllowedOrigins}). Browsers send {@code Origin} on every cross-site request, so a
 * page elsewhere cannot make the reader's browser change the library, whatever credentials that browser holds.
 * Requests without {@code Origin} (curl, scripts, same-origin navigations of old browsers) pass; the token still
 * guards them. Runs on every path, before CORS, body limits and authentication.
 */
@ApplicationScoped
public class ForeignOriginFilter {

    /** Before {@code RequestLimits} (1000) and Quarkus' CORS filter (300). */
    private static final int FILTER_PRIORITY = 1100;
    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final AllowedOrigins origins;
    private final ObjectMapper json;

    ForeignOriginFilter(AllowedOrigins origins, ObjectMapper json) {
        this.origins = origins;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FILTER_PRIORITY);
    }

    private void check(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || !STATE_CHANGING.contains(context.request().method())
                || origins.allows(origin, context.request().getHeader(HttpHeaders.HOST))) {
            context.next();
            return;
        }
        Problem problem = Problem.of(403, "Requests that change the library are not accepted from the origin "
                + shorten(origin) + "; only from this server's own pages and the Gleaner clipper.");
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":403}";
        }
        context.response().setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static String shorten(String origin) {
        String oneLine = origin.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 100) + "…";
    }
}
