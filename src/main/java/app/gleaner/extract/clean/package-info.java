/**
 * What is not the article, and taking it out. Four stages: {@link app.gleaner.extract.clean.Disclosures} opens the
 * panels a reader opens in place (an FAQ's answer, a tab, "Continue reading");
 * {@link app.gleaner.extract.clean.OverlayRemover} takes out what stays hidden and what covers or interrupts the page
 * (consent banners, paywall and registration walls, newsletter, push and app prompts), by structure, vendor rules and
 * what blocks say; {@link app.gleaner.extract.clean.ChromeRemover} and, on the found article,
 * {@link app.gleaner.extract.clean.ContentCleaner} take out navigation, share bars, ads, related boxes and promos;
 * of the frames, only the article's players stay, and {@link app.gleaner.extract.clean.EmbeddedMedia} makes each a
 * link to what it plays.
 *
 * <p>The judges they share live here too: {@link app.gleaner.extract.clean.NagPhrases} and its kin read what a block
 * says in many languages, and the guards ({@link app.gleaner.extract.clean.RemovalGuard},
 * {@link app.gleaner.extract.clean.StoryLines}) keep what the story itself says. Every removal of a nag is written
 * to the {@link app.gleaner.extract.clean.RemovalLog}, so a reader can see what was taken out.
 */
package app.gleaner.extract.clean;
