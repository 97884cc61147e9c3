package app.gleaner.problem;

import app.gleaner.ops.DatabaseLost;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}. Bad input is a 4xx with a detail the caller can act
 * on; only a genuine bug reaches the last mapper, which logs it and answers 500 without leaking internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Jackson quotes the offending input; a hostile body must not come back to the caller at length. */
    private static final int MAX_DETAIL_CHARS = 300;
    /** The message of the IOException RESTEasy Reactive throws after answering 413 to an over-long chunked body. */
    private static final String REQUEST_TOO_LARGE = "Request too large";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "Malformed JSON: " + shorten(e.getOriginalMessage()))
                .toResponse();
    }

    /** More specific than {@link #malformedJson}, so it also overrides the built-in mapper that answers no body. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "Unexpected JSON: " + shorten(e.getOriginalMessage()))
                .toResponse();
    }

    /**
     * Reading the body failed: either the HTTP layer's own limit stopped a chunked body that declared no length (it
     * has already answered 413 and closes the connection), or the client went away mid-body. Neither is a server
     * fault, so neither is logged as one.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        if (REQUEST_TOO_LARGE.equals(e.getMessage())) {
            return Problem.of(413, "The request body is larger than the server accepts (gleaner.max-body-size).")
                    .toResponse();
        }
        LOG.debug("Request body could not be read", e);
        return Problem.of(Response.Status.BAD_REQUEST, "The request body could not be read.").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json); // the JSON reader wraps some parse failures, such as nesting too deep
        }
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        if (status >= 500) {
            LOG.error("Request failed", e);
            DatabaseLost.exitIfLost(e);
            return Problem.of(status, "The server could not complete the request.").toResponse();
        }
        return Problem.of(status, detailFor(status, e.getMessage())).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        DatabaseLost.exitIfLost(e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete the request.")
                .toResponse();
    }

    private static String detailFor(int status, String message) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers application/json.";
            case 413 -> "The request body is larger than the server accepts.";
            case 415 -> "Send the body as application/json.";
            default -> shorten(message);
        };
    }

    private static String shorten(String message) {
        if (message == null) {
            return "Invalid request.";
        }
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_DETAIL_CHARS ? oneLine : oneLine.substring(0, MAX_DETAIL_CHARS) + "…";
    }
}
