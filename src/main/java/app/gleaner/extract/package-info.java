/**
 * The cleaning pipeline: a {@link app.gleaner.extract.Capture} in, a clean {@link app.gleaner.extract.Article} out.
 * It knows nothing of HTTP or storage. {@link app.gleaner.extract.Pipeline} runs the stages in order and is the only
 * class the rest of the server calls; this package also holds what it hands back (the article, its
 * {@link app.gleaner.extract.Extraction} confidence) and the stages that finish an article (normalize, measure).
 *
 * <p>The stages live in sub-packages, listed here in the order they depend on each other: each reads only the ones
 * below it ({@code ArchitectureTest} checks this). The order of the stages themselves is {@code Pipeline}'s.
 * <ul>
 *   <li>{@code meta}: what the page says about itself — title, byline, site, date, lead image, canonical URL;</li>
 *   <li>{@code find}: which block is the article, its parts and its lead;</li>
 *   <li>{@code clean}: what is not the article — overlays, nags, promos, page chrome — and the phrases that tell it;</li>
 *   <li>{@code rules}: the data files under {@code src/main/resources/rules/}, as lists, selector groups and tries;</li>
 *   <li>{@code page}: the captured page itself — parsing, its text, headings, links, meta tags, style sheets and
 *   pictures.</li>
 * </ul>
 */
package app.gleaner.extract;
