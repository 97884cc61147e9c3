package app.gleaner.library.web;

import app.gleaner.clip.ClipPatch;
import app.gleaner.clip.ClipService;
import app.gleaner.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The library pages: the list (filters, search, paging), the reader, and the forms that archive, favourite, tag and
 * delete. Every form post must carry the session's CSRF token; every answer to a post is a 303 back to a page, so
 * reloading never repeats it.
 */
@Path("/library")
@Produces(MediaType.TEXT_HTML)
public class LibraryResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Views.ListPage page);

        static native TemplateInstance reader(Views.ReaderPage page);

        static native TemplateInstance confirmDelete(Views.DeletePage page);
    }

    private final LibraryPages pages;
    private final ClipService clips;
    private final CurrentSession session;

    LibraryResource(LibraryPages pages, ClipService clips, CurrentSession session) {
        this.pages = pages;
        this.clips = clips;
        this.session = session;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("show") String show, @QueryParam("page") String page) {
        return Templates.list(pages.list(q, tag, show, page, session.csrf()));
    }

    @GET
    @Path("clips/{id}")
    public TemplateInstance reader(@PathParam("id") long id) {
        return Templates.reader(pages.reader(id, session.csrf()));
    }

    @POST
    @Path("clips/{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") long id, @RestForm String csrf, @RestForm boolean value,
            @RestForm String back) {
        session.requireCsrf(csrf);
        clips.update(id, new ClipPatch(null, null, value, null));
        return back(back, id);
    }

    @POST
    @Path("clips/{id}/favorite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response favorite(@PathParam("id") long id, @RestForm String csrf, @RestForm boolean value,
            @RestForm String back) {
        session.requireCsrf(csrf);
        clips.update(id, new ClipPatch(null, null, null, value));
        return back(back, id);
    }

    @POST
    @Path("clips/{id}/tags")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tags(@PathParam("id") long id, @RestForm String csrf, @RestForm String tags) {
        session.requireCsrf(csrf);
        List<String> list = tags == null ? List.of() : Arrays.asList(tags.split(","));
        clips.update(id, new ClipPatch(null, list, null, null));
        return back(null, id);
    }

    @GET
    @Path("clips/{id}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        return Templates.confirmDelete(pages.deletion(id, session.csrf()));
    }

    @POST
    @Path("clips/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @RestForm String csrf) {
        session.requireCsrf(csrf);
        clips.delete(id);
        return Response.seeOther(URI.create(PageGuard.LIBRARY + "?show=all")).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ErrorPages.render(e.problem());
    }

    private static Response back(String requested, long id) {
        return Response.seeOther(URI.create(PageGuard.localTarget(requested, LibraryPages.readerHref(id)))).build();
    }
}
