package app.gleaner.library.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

    private final MarkdownExporter exporter = new MarkdownExporter();

    @Test
    void convertsHeadingsParagraphsEmphasisAndLinks() {
        String md = exporter.export(Clips.clip("Tides", """
                <h2>High water</h2><p>The <strong>spring</strong> tide is <em>high</em>; see
                <a href="https://tides.example/table">the table</a>.</p>""", List.of("sea")));
        assertThat(md).startsWith("# Tides\n\n")
                .contains("By Ann \\<Writer\\> · The \"Gazette\" · [Original](https://news.example/a?b=1&c=2)")
                .contains("Tags: sea")
                .contains("### High water")
                .contains("The **spring** tide is _high_; see [the table](https://tides.example/table).");
    }

    @Test
    void convertsListsQuotesCodeImagesAndTables() {
        String md = exporter.export(Clips.clip("Kit", """
                <ul><li>rope<ul><li>long</li></ul></li><li>lamp</li></ul><ol><li>one</li><li>two</li></ol>
                <blockquote><p>Keep the light.</p></blockquote>
                <pre><code>int x = 1;\nx++;</code></pre><p>Use <code>x</code>.</p>
                <img src="https://img.example/a b.png" alt="A lamp">
                <table><tr><th>Day</th><th>Tide</th></tr><tr><td>Mon</td><td>6 m</td></tr></table>""", List.of()));
        assertThat(md).contains("- rope\n  - long\n- lamp")
                .contains("1. one\n2. two")
                .contains("> Keep the light.")
                .contains("```\nint x = 1;\nx++;\n```")
                .contains("Use `x`.")
                .contains("![A lamp](https://img.example/a%20b.png)")
                .contains("| Day | Tide |\n| --- | --- |\n| Mon | 6 m |");
    }

    @Test
    void keepsTheLinksAndEmphasisOfTextSetStraightInABoxAsOneParagraph() {
        String md = exporter.export(Clips.clip("Mill", """
                <div>The wheel <em>turns</em> again; see <a href="https://mill.example/open">opening times</a>.</div>
                <figure><a href="https://video.example/embed/1">Video: the first turn (video.example)</a></figure>""",
                List.of()));
        assertThat(md).contains("\n\nThe wheel _turns_ again; see [opening times](https://mill.example/open).\n\n")
                .contains("\n\n[Video: the first turn (video.example)](https://video.example/embed/1)\n");
    }

    @Test
    void escapesMarkdownInTitlesAndText() {
        String md = exporter.export(Clips.clip(Clips.HOSTILE, "<p>*not bold* [not](a link)</p>", List.of("<b>")));
        assertThat(md).contains("# \\<script\\>alert(1)\\</script\\> & \"q\" \\*\\[x\\](javascript:alert(1))\\*")
                .contains("\\*not bold\\* \\[not\\](a link)")
                .contains("Tags: \\<b\\>");
    }
}
