package app.gleaner.ops;

import java.util.Random;

/**
 * Article pages of a chosen size for harnesses: a headline and paragraphs of plain words (no characters JSON must
 * escape), seeded so a run can be repeated.
 */
final class GeneratedArticle {

    private static final String[] WORDS = {"harbour", "tide", "keeper", "lamp", "reef", "storm", "quay", "boat",
        "winter", "light", "rope", "gull", "shore", "crew", "net", "salt", "wind", "chart", "bell", "fog"};

    private GeneratedArticle() {
    }

    /** A page of about {@code bytes} bytes whose headline names {@code label}. */
    static String page(String label, int bytes, long seed) {
        Random random = new Random(seed);
        StringBuilder html = new StringBuilder(bytes + 200);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><title>").append(label)
                .append("</title></head><body><article><h1>").append(label).append("</h1>");
        while (html.length() < bytes) {
            html.append("<p>");
            int words = 40 + random.nextInt(80);
            for (int i = 0; i < words; i++) {
                html.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
            }
            html.append(label).append(".</p>\n");
        }
        return html.append("</article></body></html>").toString();
    }
}
