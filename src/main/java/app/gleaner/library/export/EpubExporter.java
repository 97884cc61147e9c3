package app.gleaner.library.export;

import app.gleaner.clip.ClipView;
import app.gleaner.library.Escape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * One clip as an EPUB 3 book: the {@code mimetype} entry first and stored uncompressed (as readers require),
 * {@code META-INF/container.xml}, the package document, a navigation document and one XHTML chapter. The article
 * body is re-serialized by jsoup in XML syntax so it is well-formed XHTML; images stay remote links (an EPUB reader
 * may not show them offline). Stateless and thread-safe.
 */
public final class EpubExporter {

    static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    public byte[] export(ClipView clip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            deflated(zip, "META-INF/container.xml", CONTAINER);
            deflated(zip, "OEBPS/content.opf", opf(clip));
            deflated(zip, "OEBPS/nav.xhtml", nav(clip));
            deflated(zip, "OEBPS/chapter.xhtml", chapter(clip));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static String opf(ClipView clip) {
        String modified = DateTimeFormatter.ISO_INSTANT.format(
                (clip.updatedAt() != null ? clip.updatedAt() : OffsetDateTime.now(ZoneOffset.UTC))
                        .toInstant().truncatedTo(ChronoUnit.SECONDS));
        String creator = clip.byline() == null ? ""
                : "    <dc:creator>" + Escape.html(clip.byline()) + "</dc:creator>\n";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="uid">%s</dc:identifier>
                    <dc:title>%s</dc:title>
                    <dc:language>%s</dc:language>
                %s    <dc:source>%s</dc:source>
                    <meta property="dcterms:modified">%s</meta>
                  </metadata>
                  <manifest>
                    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                    <item id="chapter" href="chapter.xhtml" media-type="application/xhtml+xml"/>
                  </manifest>
                  <spine>
                    <itemref idref="chapter"/>
                  </spine>
                </package>
                """.formatted(Escape.html(identifier(clip)), Escape.html(clip.title()),
                Escape.html(HtmlExporter.lang(clip)), creator, Escape.html(clip.url()), modified);
    }

    static String nav(ClipView clip) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
                <head><title>%1$s</title></head>
                <body><nav epub:type="toc" id="toc"><h1>Contents</h1>
                <ol><li><a href="chapter.xhtml">%1$s</a></li></ol></nav></body>
                </html>
                """.formatted(Escape.html(clip.title()));
    }

    static String chapter(ClipView clip) {
        Document body = Jsoup.parseBodyFragment(clip.contentHtml() == null ? "" : clip.contentHtml());
        body.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        String meta = (clip.byline() == null ? "" : Escape.html(clip.byline()) + " · ")
                + (clip.siteName() == null ? "" : Escape.html(clip.siteName()) + " · ")
                + "<a href=\"" + Escape.html(clip.url()) + "\">Original</a>";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%1$s" xml:lang="%1$s">
                <head><title>%2$s</title></head>
                <body>
                <h1>%2$s</h1>
                <p>%3$s</p>
                %4$s
                </body>
                </html>
                """.formatted(Escape.html(HtmlExporter.lang(clip)), Escape.html(clip.title()), meta,
                body.body().html());
    }

    private static String identifier(ClipView clip) {
        return "urn:gleaner:clip:" + (clip.id() == null ? "preview" : clip.id()) + ":"
                + Integer.toHexString(clip.url().hashCode());
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
