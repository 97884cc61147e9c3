package app.gleaner.clip;

import java.util.List;

/**
 * Body of {@code PATCH /api/clips/{id}}: only the fields present change. Unknown fields are refused (400, by the global
 * {@code quarkus.jackson.fail-on-unknown-properties}) rather than silently ignored, so a client that believes it
 * changed {@code wordCount} learns it cannot.
 */
public record ClipPatch(String title, List<String> tags, Boolean archived, Boolean favorite) {
}
