/**
 * What a page says about itself, read before the article is found: {@link app.gleaner.extract.meta.MetadataExtractor}
 * takes title, byline, site name, date, description, lead image and language each from the strongest source present
 * (JSON-LD, then Open Graph and meta tags, then what the page shows around its headline), and
 * {@link app.gleaner.extract.meta.CanonicalUrl} the address to store. Reads the page, the rule files, the cleaners'
 * label lines and the finder's headline anchor; removes nothing.
 */
package app.gleaner.extract.meta;
