package app.gleaner.library.web;

import app.gleaner.auth.Sessions;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Guards the library pages: a request under {@code /library} without a valid session cookie is sent to
 * {@code /login} (303), remembering where it was going. Every page response (everything outside {@code /api})
 * carries the security headers: a Content-Security-Policy that allows only Gleaner's own script and style — so a
 * script that slipped into stored article HTML could not run — no framing, no referrer, no MIME sniffing, no caching
 * of private pages.
 */
public class PageGuard {

    static final String LIBRARY = "/library";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src http: https: data:; "
            + "style-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final Sessions sessions;
    private final CurrentSession current;

    PageGuard(Sessions sessions, CurrentSession current) {
        this.sessions = sessions;
        this.current = current;
    }

    @ServerRequestFilter(preMatching = true)
    public Response requireSession(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Cookie cookie = request.getCookies().get(Sessions.COOKIE);
        sessions.verify(cookie == null ? null : cookie.getValue()).ifPresent(current::set);
        boolean library = path.equals(LIBRARY) || path.startsWith(LIBRARY + "/");
        if (!library || current.get().isPresent()) {
            return null;
        }
        String target = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null && request.getMethod().equals("GET")) {
            target += "?" + query;
        }
        return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8)))
                .build();
    }

    @ServerResponseFilter
    public void securityHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with the library's own form
        // posts, which the foreign-origin check must refuse; other sites still learn nothing of what is read.
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Cache-Control", "no-store");
    }

    /** Where to go after a form: a path inside the library, never another site. */
    static String localTarget(String requested, String fallback) {
        if (requested == null || !requested.startsWith(LIBRARY) || requested.startsWith("//")
                || requested.contains("\\") || requested.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        String rest = requested.substring(LIBRARY.length());
        return rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?") ? requested : fallback;
    }
}
