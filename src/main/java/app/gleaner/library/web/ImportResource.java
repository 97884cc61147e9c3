package app.gleaner.library.web;

import app.gleaner.library.importer.ImportFileException;
import app.gleaner.library.importer.ImportJob;
import app.gleaner.library.importer.ImportJobs;
import app.gleaner.library.importer.ImportReader;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Import: an upload form, then a status page that refreshes itself while the import runs and ends with the summary
 * (imported, skipped as duplicates, failed with reasons). A file Gleaner cannot read is answered 400 with the form
 * and the reason.
 */
@Path("/library/import")
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String csrf, String error);

        static native TemplateInstance status(ImportJob.Status job, String csrf);
    }

    private final ImportReader reader;
    private final ImportJobs jobs;
    private final CurrentSession session;

    ImportResource(ImportReader reader, ImportJobs jobs, CurrentSession session) {
        this.reader = reader;
        this.jobs = jobs;
        this.session = session;
    }

    @GET
    public TemplateInstance form() {
        return Templates.form(session.csrf(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String csrf, @RestForm("file") FileUpload file) {
        session.requireCsrf(csrf);
        try {
            ImportReader.Contents contents = reader.read(file == null ? null : Files.readAllBytes(file.uploadedFile()));
            ImportJob job = jobs.start(contents);
            return Response.seeOther(URI.create(PageGuard.LIBRARY + "/import/" + job.id())).build();
        } catch (ImportFileException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.form(session.csrf(), e.getMessage()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance status(@PathParam("id") String id) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new PageException(404,
                "No import has this id. Imports are remembered until the server restarts."));
        return Templates.status(job.status(), session.csrf());
    }
}
