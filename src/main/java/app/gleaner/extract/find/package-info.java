/**
 * Which block of a cleaned page is the article: {@link app.gleaner.extract.find.ArticleFinder} scores paragraphs
 * Readability-style, joins an article split into boxes and leaves out the other stories an endless scroll captured;
 * {@link app.gleaner.extract.find.ArticleAnchor} ties the block to the page's own headline, and
 * {@link app.gleaner.extract.find.ArticleLead} puts back a standfirst the search left out.
 */
package app.gleaner.extract.find;
