package app.gleaner.library.web;

import app.gleaner.auth.PasswordRejected;
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

/**
 * The signed-in reader's password page: change the password (or choose one, after signing in with the token), proven
 * by the current password or the API token and by the session's CSRF token. When the password is configured the page
 * says so and offers no form.
 *
 * <p>A rejected password form, here or on {@code /login/password}, comes back with the reason, nothing typed in it,
 * and a 4xx status: 401 for a wrong token when signed out, 403 for a wrong current password, 400 for a new password
 * that is too short, too long or typed differently twice, 409 when it cannot be chosen here (chosen already, or
 * configured). Success signs every browser out and this one back in with a new session.
 */
@Path(PasswordResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class PasswordResource {

    static final String PATH = PageGuard.LIBRARY + "/password";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(String csrf, Views.PasswordOptions password, boolean changed,
                String error, String invalid);
    }

    private final SignIn signIn;
    private final Sessions sessions;
    private final CurrentSession current;

    PasswordResource(SignIn signIn, Sessions sessions, CurrentSession current) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.current = current;
    }

    @GET
    public TemplateInstance form(@QueryParam("changed") String changed) {
        return Templates.change(current.csrf(), options(), changed != null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String csrf, @RestForm("current") String currentSecret,
            @RestForm String password, @RestForm String repeat, @Context UriInfo uri) throws InterruptedException {
        current.requireCsrf(csrf);
        try {
            signIn.change(currentSecret, password, repeat);
        } catch (PasswordRejected e) {
            return rejected(e, Response.Status.FORBIDDEN,
                    Templates.change(current.csrf(), options(), false, e.getMessage(), field(e, "current")));
        }
        return Response.seeOther(URI.create(PATH + "?changed=1"))
                .cookie(sessions.cookie(sessions.issue(), LoginResource.secure(uri))).build();
    }

    private Views.PasswordOptions options() {
        return Views.PasswordOptions.of(signIn.passwordSource());
    }

    /** The form again with its message and status; a wrong proof first waits as a failed sign-in does. */
    static Response rejected(PasswordRejected e, Response.Status wrongCredential, TemplateInstance page)
            throws InterruptedException {
        int status = switch (e.reason()) {
            case WRONG_CREDENTIAL -> wrongCredential.getStatusCode();
            case TOO_SHORT, TOO_LONG, MISMATCH -> Response.Status.BAD_REQUEST.getStatusCode();
            case ALREADY_CHOSEN, CONFIGURED -> Response.Status.CONFLICT.getStatusCode();
            case TOO_MANY_ATTEMPTS -> Response.Status.TOO_MANY_REQUESTS.getStatusCode();
        };
        if (e.reason() == PasswordRejected.Reason.WRONG_CREDENTIAL) {
            Thread.sleep(LoginResource.FAILURE_DELAY_MILLIS);
        }
        Response.ResponseBuilder response = Response.status(status).entity(page);
        if (e.retryAfterSeconds() > 0) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    /** The form field the message is about, so the page can mark it invalid; {@code proofField} for a wrong proof. */
    static String field(PasswordRejected e, String proofField) {
        return switch (e.reason()) {
            case WRONG_CREDENTIAL -> proofField;
            case TOO_SHORT, TOO_LONG -> "password";
            case MISMATCH -> "repeat";
            case ALREADY_CHOSEN, CONFIGURED, TOO_MANY_ATTEMPTS -> null;
        };
    }
}
