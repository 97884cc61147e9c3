package app.gleaner.clip;

import app.gleaner.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The clip API. Validates, calls {@link ClipService}, maps to records; nothing else. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ClipResource {

    private static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final ClipService clips;

    ClipResource(ClipService clips) {
        this.clips = clips;
    }

    @POST
    @Path("/clips")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ClipRequest request) {
        ClipService.Saved saved = clips.clip(requireBody(request));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create("/api/clips/" + saved.clip().id()))
                .entity(saved.clip())
                .build();
    }

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClipView extract(ClipRequest request) {
        return clips.preview(requireBody(request));
    }

    @GET
    @Path("/clips/{id}")
    public ClipView get(@PathParam("id") long id) {
        return clips.get(id);
    }

    @GET
    @Path("/clips")
    public ClipPage list(@QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("archived") String archived, @QueryParam("favorite") String favorite,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return clips.list(ClipQuery.parse(q, tag, archived, favorite, page, size));
    }

    @PATCH
    @Path("/clips/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    public ClipView update(@PathParam("id") long id, ClipPatch patch) {
        return clips.update(id, patch);
    }

    @DELETE
    @Path("/clips/{id}")
    public Response delete(@PathParam("id") long id) {
        clips.delete(id);
        return Response.noContent().build();
    }

    private static ClipRequest requireBody(ClipRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("Send a JSON object with at least 'url' and 'html'.");
        }
        return request;
    }
}
