package app.gleaner.library.web;

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
import org.jboss.resteasy.reactive.RestForm;

/** Sign-in and sign-out of the library pages, and {@code /} which leads there. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    /** A failed sign-in waits this long, so guessing a password costs time. */
    static final long FAILURE_DELAY_MILLIS = 400;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String next, boolean passwordConfigured, String error);
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
        return Response.ok(Templates.login(target, signIn.passwordSource() != PasswordStore.Source.NONE, null)).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String secret, @RestForm String next, @Context UriInfo uri)
            throws InterruptedException {
        String target = PageGuard.localTarget(next, PageGuard.LIBRARY);
        if (!signIn.accepts(secret)) {
            Thread.sleep(FAILURE_DELAY_MILLIS);
            String error = signIn.passwordSource() != PasswordStore.Source.NONE ? "That is neither the API token nor the password."
                    : "That is not the API token.";
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Templates.login(target, signIn.passwordSource() != PasswordStore.Source.NONE, error)).build();
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

    private static boolean secure(UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
    }
}
