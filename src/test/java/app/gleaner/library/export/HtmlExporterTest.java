package app.gleaner.library.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {

    @Test
    void isSelfContainedWithInlineStyleAndAScriptFreePolicy() {
        String html = new HtmlExporter().export(Clips.clip("Tides", "<p>Body <b>text</b></p>", List.of("sea")));
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<style>").doesNotContain("<link", "<script")
                .contains("Content-Security-Policy\" content=\"default-src 'none'")
                .contains("<p>Body <b>text</b></p>")
                .contains("<a href=\"https://news.example/a?b=1&amp;c=2\">Original</a>");
    }

    @Test
    void escapesTitleBylineSiteAndTags() {
        String html = new HtmlExporter().export(Clips.clip(Clips.HOSTILE, "<p>x</p>", List.of("<i>t</i>")));
        assertThat(html).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;")
                .contains("Ann &lt;Writer&gt;").contains("The &quot;Gazette&quot;").contains("&lt;i&gt;t&lt;/i&gt;")
                .doesNotContain("<script>alert");
    }
}
