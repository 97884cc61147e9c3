package app.gleaner.library.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class EpubExporterTest {

    private static Map<String, ZipEntry> entries(byte[] epub, Map<String, String> contents) throws Exception {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), entry);
                contents.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void startsWithAStoredMimetypeAndHasContainerPackageNavAndChapter() throws Exception {
        byte[] epub = new EpubExporter().export(Clips.clip("Tides", "<p>Body</p>", List.of()));
        assertThat(new String(epub, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        Map<String, String> contents = new LinkedHashMap<>();
        Map<String, ZipEntry> entries = entries(epub, contents);
        assertThat(entries.keySet()).containsExactly("mimetype", "META-INF/container.xml", "OEBPS/content.opf",
                "OEBPS/nav.xhtml", "OEBPS/chapter.xhtml");
        assertThat(entries.get("mimetype").getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(contents.get("mimetype")).isEqualTo("application/epub+zip");
        assertThat(contents.get("OEBPS/content.opf")).contains("<dc:title>Tides</dc:title>", "dcterms:modified");
    }

    @Test
    void everyXmlEntryIsWellFormedEvenForSloppyHtmlAndHostileMetadata() throws Exception {
        String sloppy = "<p>Line<br>break &nbsp; <img src=\"https://img.example/x.png\"><p>Unclosed <b>bold & more";
        Map<String, String> contents = new LinkedHashMap<>();
        entries(new EpubExporter().export(Clips.clip(Clips.HOSTILE, sloppy, List.of())), contents);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String name : List.of("META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml",
                "OEBPS/chapter.xhtml")) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(contents.get(name)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(contents.get("OEBPS/chapter.xhtml")).contains("<br />").contains("&lt;script&gt;")
                .doesNotContain("<script>");
    }
}
