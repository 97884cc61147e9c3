package app.gleaner.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by services to end a request with a specific 4xx problem; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Response.Status status, String detail) {
        super(detail, null, false, false);
        this.problem = Problem.of(status, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public Problem problem() {
        return problem;
    }
}
