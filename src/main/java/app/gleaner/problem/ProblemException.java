package app.gleaner.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Thrown by services to end a request with a specific problem; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    /** Seconds for the {@code Retry-After} header, or 0 for none. */
    private final long retryAfterSeconds;

    public ProblemException(Response.Status status, String detail) {
        this(Problem.of(status, detail), 0);
    }

    private ProblemException(Problem problem, long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    /** A problem the caller may retry after {@code seconds} (429 or 503), sent as {@code Retry-After}. */
    public static ProblemException retryLater(Response.Status status, String detail, long seconds) {
        return new ProblemException(Problem.of(status, detail), Math.max(1, seconds));
    }

    public Problem problem() {
        return problem;
    }

    /** The problem as a response, with {@code Retry-After} when the caller should come back later. */
    public Response toResponse() {
        Response response = problem.toResponse();
        if (retryAfterSeconds <= 0) {
            return response;
        }
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
