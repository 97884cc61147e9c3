/**
 * The captured page itself, as every stage reads it: {@link app.gleaner.extract.page.PageParser} turns the captured
 * HTML into a document (shadow roots composed, AMP and background pictures made images);
 * {@link app.gleaner.extract.page.TextStats}, {@link app.gleaner.extract.page.Headings},
 * {@link app.gleaner.extract.page.LooseText}, {@link app.gleaner.extract.page.SiteLinks},
 * {@link app.gleaner.extract.page.MetaTags}, {@link app.gleaner.extract.page.StyleRules} and
 * {@link app.gleaner.extract.page.LazyImages} answer what a block says and holds, where a link leads, what the page
 * declares, what its own style sheets fix, pin or hide, and which picture a reader saw;
 * {@link app.gleaner.extract.page.DeclaredSize} reads a picture's declared pixels and
 * {@link app.gleaner.extract.page.PictureFiles} tells an address to a picture's file, alike for every stage;
 * {@link app.gleaner.extract.page.PageLetters} finds a line by its letters wherever the page splits it, and
 * {@link app.gleaner.extract.page.Nesting} says whether one element lies inside another;
 * {@link app.gleaner.extract.page.BrowserHints} names the marks the clipper writes, and
 * {@link app.gleaner.extract.page.DeclaredLines} the lines no rule may remove.
 */
package app.gleaner.extract.page;
