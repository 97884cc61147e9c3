package app.gleaner.library.web;

import app.gleaner.auth.PasswordRejected;
import app.gleaner.auth.PasswordStore;
import app.gleaner.auth.Sessions;
import app.gleaner.auth.SignIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Sign-in and sign-out of the library pages, {@code /} which leads there, and {@code /login/password}, where the owner
 * of a server without a password chooses the first one, proven by the API token (see {@link PasswordResource} for
 * the statuses of a rejected form). Choosing signs every other browser out and this one in.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    /** A failed sign-in waits this long, so guessing a password costs time. */
    static final long FAILURE_DELAY_MILLIS = 400;
    private static final String CHOOSE_PASSWORD = "/login/password";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String next, Views.PasswordOptions password, String chooseHref,
                String error);

        static native TemplateInstance choosePassword(String next, Views.PasswordOptions password, String error,
                String invalid);
    }

    private final SignIn signIn;
    private final Sessions sessions;
    private final CurrentSession current;

    LoginResource(SignIn signIn, Sessions sessions, CurrentSession current) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.current = current;
    }

    @GET
    public Response root() {
        return Response.seeOther(URI.create(PageGuard.LIBRARY)).build();
    }

    @GET
    @Path("login")
    public Response form(@QueryParam("next") String next) {
        String target = PageGuard.localTarget(next, PageGuard.LIBRARY);
        if (current.get().isPresent()) {
            return Response.seeOther(URI.create(target)).build();
        }
        return Response.ok(page(target, null)).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String secret, @RestForm String next, @Context UriInfo uri)
            throws InterruptedException {
        String target = PageGuard.localTarget(next, PageGuard.LIBRARY);
        boolean accepted;
        try {
            accepted = signIn.accepts(secret);
        } catch (PasswordRejected e) {
            return PasswordResource.rejected(e, Response.Status.UNAUTHORIZED, page(target, e.getMessage()));
        }
        if (!accepted) {
            Thread.sleep(FAILURE_DELAY_MILLIS);
            String error = signIn.passwordSource() == PasswordStore.Source.NONE ? "That is not the API token."
                    : "That is neither the API token nor the password.";
            return Response.status(Response.Status.UNAUTHORIZED).entity(page(target, error)).build();
        }
        return Response.seeOther(URI.create(target))
                .cookie(sessions.cookie(sessions.issue(), secure(uri))).build();
    }

    @GET
    @Path("login/password")
    public Response choosePasswordForm(@QueryParam("next") String next) {
        if (current.get().isPresent()) {
            return Response.seeOther(URI.create(PasswordResource.PATH)).build();
        }
        String target = PageGuard.localTarget(next, PageGuard.LIBRARY);
        return Response.ok(Templates.choosePassword(target, options(), null, null)).build();
    }

    @POST
    @Path("login/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choosePassword(@RestForm String token, @RestForm String password, @RestForm String repeat,
            @RestForm String next, @Context UriInfo uri) throws InterruptedException {
        String target = PageGuard.localTarget(next, PageGuard.LIBRARY);
        try {
            signIn.choose(token, password, repeat);
        } catch (PasswordRejected e) {
            return PasswordResource.rejected(e, Response.Status.UNAUTHORIZED,
                    Templates.choosePassword(target, options(), e.getMessage(), PasswordResource.field(e, "token")));
        }
        return Response.seeOther(URI.create(target))
                .cookie(sessions.cookie(sessions.issue(), secure(uri))).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@RestForm String csrf, @Context UriInfo uri) {
        current.requireCsrf(csrf);
        return Response.seeOther(URI.create("/login")).cookie(sessions.cleared(secure(uri))).build();
    }

    private TemplateInstance page(String target, String error) {
        return Templates.login(target, options(),
                CHOOSE_PASSWORD + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8), error);
    }

    private Views.PasswordOptions options() {
        return Views.PasswordOptions.of(signIn.passwordSource());
    }

    /** Whether the session cookie must be {@code Secure}: the request came over https. */
    static boolean secure(UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
    }
}
