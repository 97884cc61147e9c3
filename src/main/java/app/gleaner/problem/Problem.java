package app.gleaner.problem;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail: the one shape of every error Gleaner answers.
 *
 * @param type   a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title  short, stable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what was wrong with this request, in words a user can act on
 * <p>Registered for reflection: HTTP filters serialize it with Jackson outside any REST return type, which the
 * native build would otherwise not see.
 */
@RegisterForReflection
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
    }

    public static Problem of(int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        return new Problem("about:blank", title, status, detail);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
