package app.gleaner.auth;

import app.gleaner.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /api} route needs {@code Authorization: Bearer <token>}. Runs before route matching, so even an
 * unknown {@code /api} path answers 401 to a caller without the token rather than revealing what exists.
 */
public class BearerTokenFilter {

    private static final String API_PREFIX = "/api";
    private static final String BEARER = "Bearer ";

    private final ApiToken apiToken;

    BearerTokenFilter(ApiToken apiToken) {
        this.apiToken = apiToken;
    }

    @ServerRequestFilter(preMatching = true)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/"))) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return unauthorized("Send the API token as 'Authorization: Bearer <token>'.");
        }
        if (!apiToken.matches(header.substring(BEARER.length()).strip())) {
            return unauthorized("The API token is not valid for this server.");
        }
        return null;
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gleaner\"")
                .build();
    }
}
