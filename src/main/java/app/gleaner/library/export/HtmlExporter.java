package app.gleaner.library.export;

import app.gleaner.clip.ClipView;
import app.gleaner.library.Escape;

/**
 * One clip as a self-contained HTML file: metadata escaped, the stored (already sanitized) article body, the
 * reading styles inline, and a Content-Security-Policy meta tag that forbids script, so the file stays inert even
 * opened from disk. Images keep their absolute URLs: they show while their sites serve them. Stateless and
 * thread-safe.
 */
public final class HtmlExporter {

    static final String STYLE = """
            body{margin:0;background:#fbfaf7;color:#1d1d1b;font:1.15rem/1.65 Charter,Georgia,serif}
            main{max-width:38rem;margin:0 auto;padding:2rem 1.25rem}
            h1{font-size:2rem;line-height:1.2}.meta{color:#555;font:.9rem/1.4 system-ui,sans-serif}
            img,video{max-width:100%;height:auto}pre{overflow-x:auto;background:#f0eee8;padding:.75rem}
            blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ccc;color:#555}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem}a{color:#1a5fb4}
            @media (prefers-color-scheme:dark){body{background:#17181a;color:#e8e6e1}.meta,blockquote{color:#b3b0a8}
            pre{background:#202124}a{color:#8cb4ff}}""";

    public String export(ClipView clip) {
        StringBuilder html = new StringBuilder(4096 + length(clip.contentHtml()));
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Escape.html(lang(clip))).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("img-src http: https: data:; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(Escape.html(clip.title())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<article dir=\"auto\">\n<header>\n")
                .append("<h1>").append(Escape.html(clip.title())).append("</h1>\n<p class=\"meta\">");
        if (clip.byline() != null) {
            html.append(Escape.html(clip.byline())).append(" · ");
        }
        if (clip.siteName() != null) {
            html.append(Escape.html(clip.siteName())).append(" · ");
        }
        html.append("<a href=\"").append(Escape.html(clip.url())).append("\">Original</a>");
        if (!clip.tags().isEmpty()) {
            html.append(" · Tags: ").append(Escape.html(String.join(", ", clip.tags())));
        }
        html.append("</p>\n</header>\n").append(clip.contentHtml() == null ? "" : clip.contentHtml())
                .append("\n</article>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static String lang(ClipView clip) {
        return clip.language() != null && clip.language().matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
                ? clip.language() : "en";
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
