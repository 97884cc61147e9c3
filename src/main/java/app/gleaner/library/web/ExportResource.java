package app.gleaner.library.web;

import app.gleaner.clip.ClipService;
import app.gleaner.clip.ClipView;
import app.gleaner.library.export.BookmarksExporter;
import app.gleaner.library.export.EpubExporter;
import app.gleaner.library.export.HtmlExporter;
import app.gleaner.library.export.LibraryJsonExporter;
import app.gleaner.library.export.MarkdownExporter;
import app.gleaner.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Downloads: one clip as Markdown, HTML or EPUB; the whole library as Gleaner JSON or Netscape bookmarks. */
@Path("/library")
public class ExportResource {

    static final String EPUB = "application/epub+zip";
    private static final int MAX_FILE_NAME = 80;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(String csrf);
    }

    private final ClipService clips;
    private final CurrentSession session;
    private final LibraryJsonExporter libraryJson;
    private final BookmarksExporter bookmarks = new BookmarksExporter();
    private final MarkdownExporter markdown = new MarkdownExporter();
    private final HtmlExporter html = new HtmlExporter();
    private final EpubExporter epub = new EpubExporter();

    ExportResource(ClipService clips, CurrentSession session, ObjectMapper json) {
        this.clips = clips;
        this.session = session;
        this.libraryJson = new LibraryJsonExporter(json);
    }

    @GET
    @Path("export")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.exports(session.csrf());
    }

    @GET
    @Path("clips/{id}/export/{format}")
    public Response clip(@PathParam("id") long id, @PathParam("format") String format) {
        ClipView clip = clips.get(id);
        return switch (format) {
            case "markdown" -> download(markdown.export(clip), "text/markdown; charset=utf-8", clip, "md");
            case "html" -> download(html.export(clip), "text/html; charset=utf-8", clip, "html");
            case "epub" -> download(epub.export(clip), EPUB, clip, "epub");
            default -> throw new PageException(404, "Export a clip as markdown, html or epub.");
        };
    }

    @GET
    @Path("export/library.json")
    public Response libraryAsJson() {
        StreamingOutput body = out -> libraryJson.export(clips::forEachClip, out);
        return attachment(Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")),
                "gleaner-library-" + LocalDate.now() + ".json");
    }

    @GET
    @Path("export/bookmarks.html")
    public Response libraryAsBookmarks() {
        StreamingOutput body = out -> bookmarks.export(clips::forEachClip, out);
        return attachment(Response.ok(body, MediaType.TEXT_HTML_TYPE.withCharset("utf-8")),
                "gleaner-bookmarks-" + LocalDate.now() + ".html");
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ErrorPages.render(e.problem());
    }

    private static Response download(Object body, String type, ClipView clip, String extension) {
        return attachment(Response.ok(body, type), fileName(clip.title()) + "." + extension);
    }

    private static Response attachment(Response.ResponseBuilder response, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return response.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    /** A file name from a title: letters and digits joined by dashes, diacritics dropped, bounded. */
    static String fileName(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_FILE_NAME) {
            plain = plain.substring(0, MAX_FILE_NAME).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "clip" : plain;
    }
}
