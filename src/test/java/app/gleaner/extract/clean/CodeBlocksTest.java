package app.gleaner.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CodeBlocksTest {

    private static final CodeBlocks CODE_BLOCKS = new CodeBlocks();

    /** The text of each {@code <pre>} once the page's code blocks are restored, outermost blocks only. */
    private static List<String> blocks(String html) {
        Element body = Jsoup.parse("<body>" + html + "</body>").body();
        CODE_BLOCKS.restore(body);
        return body.select("pre").stream().filter(pre -> pre.parent().closest("pre") == null)
                .map(Element::wholeText).toList();
    }

    @Test
    void aGutterCellOfLineNumbersBesideTheCodeGoesWithItsTable() {
        Element body = Jsoup.parse("<body><div class=highlight><table class=lntable><tr><td class=lntd><pre><code>"
                + "<span class=lnt>1\n</span><span class=lnt>2\n</span><span class=lnt>3\n</span></code></pre></td>"
                + "<td class=lntd><pre><code><span class=line>fn main() {\n</span><span class=line>\n</span>"
                + "<span class=line>}\n</span></code></pre></td></tr></table></div></body>").body();
        CODE_BLOCKS.restore(body);
        assertThat(body.select("table")).isEmpty();
        assertThat(body.select("pre")).hasSize(1);
        assertThat(body.selectFirst("pre").wholeText()).isEqualTo("fn main() {\n\n}\n");
    }

    @Test
    void aGutterWithACopyButtonInItIsStillAGutter() {
        assertThat(blocks("<table class=highlighttable><tr><td class=linenos><div><pre><span>1</span>\n<span>2"
                + "</span></pre></div><button title='Copy'>Copy to clipboard</button></td><td class=code><div "
                + "class=highlight><pre>import os\nimport sys</pre></div></td></tr></table>"))
                .containsExactly("import os\nimport sys");
    }

    @Test
    void numbersThatOpenEachLineInsideTheBlockGo() {
        assertThat(blocks("<div class=highlight><pre><span class=linenos> 9</span><span class=k>def</span> f():\n"
                + "<span class=linenos>10</span>    <span class=nb>print</span>(1)\n</pre></div>"))
                .containsExactly("def f():\n    print(1)\n");
    }

    @Test
    void aRowPerLineBecomesALinePerRow() {
        assertThat(blocks("<pre><code class=hljs><table class=hljs-ln><tbody><tr><td class='hljs-ln-line "
                + "hljs-ln-numbers' data-line-number=1><div class=hljs-ln-n data-line-number=1></div></td><td "
                + "class='hljs-ln-line hljs-ln-code'>const a = 1;</td></tr><tr><td class='hljs-ln-line "
                + "hljs-ln-numbers'><div class=hljs-ln-n></div></td><td class='hljs-ln-line hljs-ln-code'></td></tr>"
                + "<tr><td class='hljs-ln-line hljs-ln-numbers'><div class=hljs-ln-n></div></td><td class='hljs-ln-"
                + "line hljs-ln-code'>  return a;</td></tr></tbody></table></code></pre>"))
                .containsExactly("const a = 1;\n\n  return a;");
    }

    @Test
    void aBoxPerLineWithItsNumberAndButtonsBecomesLines() {
        assertThat(blocks("<figure class=frame><pre><code><div class=ec-line><div class=gutter><div class=ln "
                + "aria-hidden=true>1</div></div><div class=code><span>npm run build</span></div></div><div "
                + "class=ec-line><div class=gutter><div class=ln aria-hidden=true>2</div></div><div class=code>npm "
                + "test</div></div></code><button data-code='npm run build'>Copy</button></pre></figure>"))
                .containsExactly("npm run build\nnpm test");
    }

    @Test
    void codeDrawnWithoutAPreGetsOne() {
        assertThat(blocks("<div class=syntaxhighlighter><div class=toolbar><a href='#'>?</a></div><table><tr><td "
                + "class=gutter><div class='line number1'>1</div><div class='line number2'>2</div></td><td class=code>"
                + "<div class=container><div class='line number1'><code class=keyword>echo</code> <code>1;</code>"
                + "</div><div class='line number2'><code class=spaces>&nbsp;&nbsp;</code><code>exit;</code></div>"
                + "</div></td></tr></table></div>")).containsExactly("echo 1;\n  exit;");
        assertThat(blocks("<div class=cm-editor><div class=cm-scroller><div class=cm-gutters><div "
                + "class=cm-gutterElement>1</div><div class=cm-gutterElement>2</div></div><div class=cm-content>"
                + "<div class=cm-line>let x = 1;</div><div class=cm-line><br></div><div class=cm-line>x += 1;</div>"
                + "</div></div></div>")).containsExactly("let x = 1;\n\nx += 1;");
    }

    @Test
    void aGistsTableOfLinesLaidOutInItsSourceReadsAsItsLines() {
        assertThat(blocks("<div class=gist><div class=blob-wrapper><table class='highlight js-file-line-container'>\n"
                + "  <tr>\n    <td class=blob-num data-line-number=1></td>\n    <td class=blob-code><span class=pl-k>"
                + "def</span> run\n</td>\n  </tr>\n  <tr>\n    <td class=blob-num data-line-number=2></td>\n    <td "
                + "class=blob-code>  go()</td>\n  </tr>\n</table></div></div>")).containsExactly("def run\n  go()");
    }

    @Test
    void aBlockOfOnlyInlineMarkupKeepsItsTokensAndLinks() {
        Element body = Jsoup.parse("<body><pre><span class=k>fn</span> <a href='/std/vec'>Vec</a>::new()</pre>"
                + "</body>").body();
        CODE_BLOCKS.restore(body);
        assertThat(body.select("pre a")).hasSize(1);
        assertThat(body.selectFirst("pre").wholeText()).isEqualTo("fn Vec::new()");
    }

    @Test
    void aTableThatSetsOutputACountOrNothingBesideCodeIsNoGutter() {
        Element body = Jsoup.parse("<body><table><tr><td><pre>for i in range(1, 4):\n    print(i)</pre></td><td><pre>"
                + "1\n2\n3</pre></td></tr></table><table><tr><td>3</td><td><pre>retry()</pre></td></tr><tr><td>1 2"
                + "</td><td><pre>a()\nb()</pre></td></tr></table><table><tr><td></td><td><pre>run()</pre></td></tr>"
                + "</table><table><tr><td><pre>print(2**64 - 1, 2**64)</pre></td><td>18446744073709551615 "
                + "18446744073709551616</td></tr></table></body>").body();
        CODE_BLOCKS.restore(body);
        assertThat(body.select("td")).hasSize(10);
    }

    @Test
    void linesInBoxesKeepTheirLinksPicturesAndCellsAndAClassOfTheWholeBlockIsNoFurniture() {
        Element body = Jsoup.parse("<body><pre class=poem><div>The sea is <a href=/calm>calm</a></div><div><img "
                + "src=wave.png></div><div>and <b>grey</b>.</div></pre><pre><table><tr><td>Name</td><td>Age</td></tr>"
                + "<tr><td>Ann</td><td>31</td></tr></table></pre><pre><code class='language-json line-numbers'>"
                + "[1, 2, 3]</code></pre></body>").body();
        CODE_BLOCKS.restore(body);
        Element poem = body.selectFirst("pre.poem");
        assertThat(poem.select("a[href=/calm], img[src=wave.png], b")).hasSize(3);
        assertThat(poem.wholeText()).isEqualTo("The sea is calm\n\nand grey.");
        assertThat(body.select("pre").get(1).wholeText()).isEqualTo("Name\tAge\nAnn\t31");
        assertThat(body.select("pre").get(2).wholeText()).isEqualTo("[1, 2, 3]");
    }

    @Test
    void aNumberedLineWithoutTheGuttersClassStays() {
        assertThat(blocks("<pre><span class=mi>1</span>,apples\n<span class=mi>2</span>,pears</pre>"))
                .containsExactly("1,apples\n2,pears");
    }
}
