package app.gleaner.library.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookmarksExporterTest {

    @Test
    void writesNetscapeEntriesWithDatesTagsAndEscapedText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookmarksExporter().export(each -> {
            each.accept(Clips.clip("Tides", "<p>x</p>", List.of("sea", "moon")));
            each.accept(Clips.clip(Clips.HOSTILE, "<p>x</p>", List.of("a\"b")));
        }, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE NETSCAPE-Bookmark-file-1>")
                .contains("<DT><A HREF=\"https://news.example/a?b=1&amp;c=2\" ADD_DATE=\"1772360130\" "
                        + "TAGS=\"sea,moon\">Tides</A>")
                .contains("<DD>An excerpt &amp; more")
                .contains(">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;")
                .contains("TAGS=\"a&quot;b\"")
                .doesNotContain("<script>")
                .endsWith("</DL><p>\n");
    }
}
