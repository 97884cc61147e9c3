package app.gleaner.library.web;

import app.gleaner.problem.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * HTML error pages for the library's routes: a {@link PageException}, or a service's problem (unknown clip, bad
 * tag) met on a page, becomes a readable page with the same 4xx status instead of problem+json.
 */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response page(PageException e) {
        return render(e.status(), e.getMessage());
    }

    /** For page resources' own mappers of {@link app.gleaner.problem.ProblemException}. */
    static Response render(Problem problem) {
        return render(problem.status(), problem.detail());
    }

    static Response render(int status, String detail) {
        Problem problem = Problem.of(status, detail);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(Templates.error(status, problem.title(), detail)).build();
    }
}
