package app.gleaner.library.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportReaderTest {

    private final ImportReader reader = new ImportReader(new ObjectMapper());

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportReaderTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsBrowserBookmarksWithDatesAndTags() throws Exception {
        ImportReader.Contents contents = reader.read(fixture("bookmarks.html"));
        assertThat(contents.format()).isEqualTo(ImportFormat.BOOKMARKS);
        List<ImportEntry> entries = contents.entries();
        assertThat(entries).hasSize(4);
        assertThat(entries.get(0).url()).isEqualTo("https://coast.example/lighthouses?utm_source=feed");
        assertThat(entries.get(0).title()).isEqualTo("Lighthouses of the north & west");
        assertThat(entries.get(0).tags()).containsExactly("sea", "Lights");
        assertThat(entries.get(0).savedAt()).isEqualTo(OffsetDateTime.parse("2023-11-14T22:15:00Z"));
        assertThat(entries.get(0).html()).isNull();
        assertThat(entries.get(1).tags()).isEmpty();
    }

    @Test
    void readsPocketCsvWithQuotedCommasTagsAndStatus() throws Exception {
        ImportReader.Contents contents = reader.read(fixture("pocket.csv"));
        assertThat(contents.format()).isEqualTo(ImportFormat.POCKET_CSV);
        assertThat(contents.entries()).extracting(ImportEntry::title)
                .containsExactly("Harbour walls, old and new", "Cliff paths", "Quoted \"title\"");
        ImportEntry first = contents.entries().get(0);
        assertThat(first.tags()).containsExactly("history", "stone");
        assertThat(first.archived()).isTrue();
        assertThat(contents.entries().get(1).archived()).isFalse();
        assertThat(contents.entries().get(2).savedAt()).isNull();
    }

    @Test
    void readsWallabagJsonWithContentFlagsLabelsAndDates() throws Exception {
        ImportReader.Contents contents = reader.read(fixture("wallabag.json"));
        assertThat(contents.format()).isEqualTo(ImportFormat.WALLABAG_JSON);
        ImportEntry boats = contents.entries().get(0);
        assertThat(boats.html()).contains("Clinker-built");
        assertThat(boats.tags()).containsExactly("boats");
        assertThat(boats.archived()).isTrue();
        assertThat(boats.favorite()).isFalse();
        assertThat(boats.savedAt()).isEqualTo(OffsetDateTime.parse("2024-01-31T09:15:00+01:00"));
        ImportEntry nets = contents.entries().get(1);
        assertThat(nets.html()).isNull();
        assertThat(nets.favorite()).isTrue();
        assertThat(nets.tags()).containsExactly("nets");
    }

    @Test
    void readsGleanersOwnExport() throws Exception {
        String json = """
                {"format":"gleaner-library","version":1,"clips":[{"id":3,"url":"https://g.example/a","title":"A",
                "contentHtml":"<p>Body</p>","tags":["x"],"archived":true,"favorite":true,
                "createdAt":"2025-05-05T05:05:05Z"}]}""";
        ImportReader.Contents contents = reader.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(contents.format()).isEqualTo(ImportFormat.GLEANER_JSON);
        assertThat(contents.entries()).containsExactly(new ImportEntry("https://g.example/a", "A", "<p>Body</p>",
                List.of("x"), true, true, OffsetDateTime.parse("2025-05-05T05:05:05Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "just some words", "{\"format\":\"other\"}", "{broken json", "[1, 2",
        "{\"format\":\"gleaner-library\",\"clips\":[]}", "[]", "<!DOCTYPE NETSCAPE-Bookmark-file-1><DL></DL>",
        "title,link\nx,y", "title,url\n\"unterminated,https://a.example/", "title,url\n"})
    void refusesUnreadableFilesWithAReason(String file) {
        assertThatThrownBy(() -> reader.read(file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFileException.class)
                .hasMessageMatching(".{10,}");
    }

    @Test
    void refusesFilesThatAreNotUtf8() {
        byte[] latin1 = "title,url\ncaf\u00e9,https://a.example/".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(latin1)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> reader.read(null)).isInstanceOf(ImportFileException.class);
    }
}
