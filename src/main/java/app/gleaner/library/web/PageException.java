package app.gleaner.library.web;

/** Ends a library page request with an HTML error page of the given 4xx status; see {@link ErrorPages}. */
public class PageException extends RuntimeException {

    private final int status;

    public PageException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
