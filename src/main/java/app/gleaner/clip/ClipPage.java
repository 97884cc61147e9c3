package app.gleaner.clip;

import java.util.List;

/** One page of a clip listing, newest first. {@code page} counts from 0. */
public record ClipPage(List<ClipSummary> items, long total, int page, int size) {
}
