package app.gleaner.problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates bad requests for the API: malformed JSON, wrong types, missing and huge fields, deep nesting, NUL
 * bytes, invalid UTF-8, conflicting charsets, hostile URL schemes, bad retry keys, bad query parameters, bad PATCH
 * bodies, wrong methods and odd headers. Deterministic: the same list every run. Each request carries the valid
 * token unless it is about the token, so it reaches the code it is meant to test.
 */
final class BadRequests {

    static final String TOKEN = "test-token";
    private static final String JSON = "application/json";

    /** One request: what it is, and how to send it. */
    record Request(String kind, String method, String path, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8);
            return kind + ": " + method + " " + (path.length() > 80 ? path.substring(0, 80) + "…" : path) + " "
                    + shown.replaceAll("\\p{Cntrl}", "?");
        }
    }

    private final List<Request> requests = new ArrayList<>();
    private int serial;

    static List<Request> all(int existingId) {
        BadRequests generator = new BadRequests();
        generator.malformedJson();
        generator.wrongTypes();
        generator.missingAndHugeFields();
        generator.deepNestingAndWideElements();
        generator.nulBytes();
        generator.invalidUtf8();
        generator.conflictingCharsets();
        generator.hostileUrls();
        generator.badClientIds();
        generator.badQueryParameters();
        generator.badPatchBodies(existingId);
        generator.wrongMethods(existingId);
        generator.oddHeaders();
        return List.copyOf(generator.requests);
    }

    private String uniqueUrl() {
        return "https://bad.example/r/" + (++serial);
    }

    private String validBody() {
        return "{\"url\":\"" + uniqueUrl() + "\",\"title\":\"T\",\"html\":\"<article><p>Body text.</p></article>\","
                + "\"clientId\":\"" + java.util.UUID.nameUUIDFromBytes(("bad" + serial).getBytes()) + "\"}";
    }

    private void post(String kind, String path, String body) {
        post(kind, path, body.getBytes(StandardCharsets.UTF_8), JSON);
    }

    private void post(String kind, String path, byte[] body, String contentType) {
        requests.add(new Request(kind, "POST", path, Map.of("Authorization", "Bearer " + TOKEN,
                "Content-Type", contentType), body));
    }

    private void clipAndExtract(String kind, String body) {
        post(kind, "/api/clips", body);
        post(kind, "/api/extract", body);
    }

    private void malformedJson() {
        String valid = validBody();
        for (int cut = 0; cut < valid.length() - 1; cut++) {
            post("malformed JSON", "/api/clips", valid.substring(0, cut));
        }
        for (String garbage : new String[] {"{", "}", "[", "]", "{]", "[}", "{{}}", "{\"url\"}", "{\"url\":}",
            "{\"url\":\"x\",}", "{,}", "{\"url\":\"x\" \"html\":\"y\"}", "{'url':'x','html':'y'}", "{url:1}",
            "\"just a string\"", "42", "true", "null", "[]", "[{}]", "NaN", "{\"url\":NaN}", "{\"a\":Infinity}",
            "{\"url\":\"\\x41\"}", "{\"url\":\"\\u12\"}", "{\"url\":\"\\uD800\"}", "{\"url\":\"\\ud83d\\ude00\"}",
            "/* comment */ {}", "{\"url\":\"x\"} trailing", "{\"url\":\"x\"}{\"url\":\"y\"}", "\uFEFF{}",
            "{\"url\":01}", "{\"url\":-}", "{\"url\":1e}", "{\"url\":.5}", "{\"url\":tru}", "{\"url\":nul}",
            "{\"url\":\"unterminated}", "<html><body>not json</body></html>", "url=x&html=y", " ", "\n\n",
            "{\"url\":\"https://a.example/\",\"html\":\"<p>x</p>\",\"url\":\"https://b.example/\"}"}) {
            clipAndExtract("malformed JSON", garbage);
        }
    }

    private void wrongTypes() {
        String[] fields = {"url", "title", "html", "selectionHtml", "clientId"};
        String[] values = {"1", "-1.5e300", "1e400", "true", "false", "null", "[]", "[\"x\"]", "{}",
            "{\"nested\":{\"deeper\":[1,2,3]}}", "\"\"", "\"   \""};
        for (String field : fields) {
            for (String value : values) {
                StringBuilder body = new StringBuilder("{");
                for (String f : fields) {
                    String good = switch (f) {
                        case "url" -> "\"" + uniqueUrl() + "\"";
                        case "html" -> "\"<article><p>Text.</p></article>\"";
                        case "clientId" -> "null";
                        default -> "\"x\"";
                    };
                    body.append('"').append(f).append("\":").append(f.equals(field) ? value : good).append(',');
                }
                body.setCharAt(body.length() - 1, '}');
                clipAndExtract("wrong type", body.toString());
            }
        }
    }

    private void missingAndHugeFields() {
        clipAndExtract("missing field", "{}");
        clipAndExtract("missing field", "{\"html\":\"<p>x</p>\"}");
        clipAndExtract("missing field", "{\"url\":\"" + uniqueUrl() + "\"}");
        clipAndExtract("missing field", "{\"title\":\"only a title\"}");
        clipAndExtract("missing field", "{\"selectionHtml\":\"<p>x</p>\",\"clientId\":null}");
        for (int size : new int[] {8193, 20_000, 200_000}) {
            clipAndExtract("huge field", "{\"url\":\"https://a.example/" + "x".repeat(size) + "\",\"html\":\"<p>x</p>\"}");
            clipAndExtract("huge field", "{\"url\":\"" + uniqueUrl() + "\",\"title\":\"" + "t".repeat(size)
                    + "\",\"html\":\"<p>x</p>\"}");
            clipAndExtract("huge field", "{\"url\":\"" + uniqueUrl() + "\",\"clientId\":\"" + "c".repeat(size)
                    + "\",\"html\":\"<p>x</p>\"}");
        }
        clipAndExtract("huge field name", "{\"" + "n".repeat(60_000) + "\":1}");
        clipAndExtract("huge number", "{\"url\":" + "9".repeat(2_000) + "}");
        clipAndExtract("huge number", "{\"unknown\":" + "9".repeat(2_000) + ",\"url\":\"" + uniqueUrl()
                + "\",\"html\":\"<p>x</p>\"}");
        clipAndExtract("over the body limit", "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"" + "w".repeat(1_100_000)
                + "\"}");
        clipAndExtract("many unknown fields", "{" + java.util.stream.IntStream.range(0, 20_000)
                .mapToObj(i -> "\"f" + i + "\":" + i).collect(java.util.stream.Collectors.joining(","))
                + ",\"url\":\"" + uniqueUrl() + "\",\"html\":\"<p>x</p>\"}");
    }

    private void deepNestingAndWideElements() {
        for (int depth : new int[] {999, 1_001, 5_000, 100_000}) {
            clipAndExtract("JSON nesting " + depth, "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<p>x</p>\",\"deep\":"
                    + "[".repeat(depth) + "]".repeat(depth) + "}");
            clipAndExtract("JSON nesting " + depth, "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<p>x</p>\",\"deep\":"
                    + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}");
            clipAndExtract("JSON nesting " + depth, "[".repeat(depth) + "]".repeat(depth));
        }
        clipAndExtract("JSON nesting unclosed", "{\"deep\":" + "[".repeat(100_000));
        for (String tag : new String[] {"div", "b", "table", "ul", "blockquote", "span"}) {
            clipAndExtract("HTML nesting 2000 <" + tag + ">", "{\"url\":\"" + uniqueUrl() + "\",\"html\":\""
                    + ("<" + tag + ">").repeat(2_000) + "deep" + "\"}");
        }
        clipAndExtract("HTML nesting 2000 mixed", "{\"url\":\"" + uniqueUrl() + "\",\"html\":\""
                + "<div><p><span><a href='https://a.example/'><em>".repeat(400) + "deep\"}");
        clipAndExtract("HTML nesting in selection", "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<p>x</p>\","
                + "\"selectionHtml\":\"" + "<div>".repeat(2_000) + "\"}");
        StringBuilder attributes = new StringBuilder("<p");
        for (int i = 0; i < 10_000; i++) {
            attributes.append(" a").append(i).append("='").append(i).append('\'');
        }
        attributes.append(">ten thousand attributes</p>");
        clipAndExtract("10000 attributes", "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<article>" + attributes
                + "</article>\"}");
        clipAndExtract("10000 duplicate attributes", "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<img"
                + " src='https://a.example/i.png'".repeat(10_000) + ">\"}");
        clipAndExtract("20000 siblings", "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<article>"
                + "<p>x</p>".repeat(20_000) + "</article>\"}");
        clipAndExtract("unclosed comment", "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<!--" + "-".repeat(100_000)
                + "\"}");
    }

    /**
     * HTML nested 100,000 deep. jsoup stops nesting at {@code PageParser.MAX_DEPTH} (512) and attaches the rest as
     * siblings at that depth: a hundred thousand elements for every extraction stage to walk, seconds of CPU on a
     * cold JIT, so it is kept out of {@link #all} and tested on its own.
     */
    static Request pathologicalNesting() {
        return new Request("HTML nesting 100000 <div>", "POST", "/api/extract",
                Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", JSON),
                ("{\"url\":\"https://bad.example/deepest\",\"html\":\"" + "<div>".repeat(100_000) + "deep\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void nulBytes() {
        for (String field : new String[] {"url", "title", "html", "selectionHtml", "clientId"}) {
            clipAndExtract("NUL escape in " + field, "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<p>x</p>\",\""
                    + field + "\":\"a\\u0000b\"}");
            byte[] raw = ("{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<p>x</p>\",\"" + field + "\":\"a\u0000b\"}")
                    .getBytes(StandardCharsets.UTF_8);
            post("raw NUL byte in " + field, "/api/clips", raw, JSON);
        }
        post("NUL bytes only", "/api/clips", new byte[64], JSON);
        clipAndExtract("NUL in HTML", "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<p\\u0000 onclick=x>a\\u0000"
                + "</p\\u0000><scr\\u0000ipt>alert(1)</script>\"}");
    }

    private void invalidUtf8() {
        byte[][] sequences = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (byte[] sequence : sequences) {
            for (String field : new String[] {"url", "title", "html", "clientId"}) {
                String before = "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<p>x</p>\",\"" + field + "\":\"a";
                byte[] head = before.getBytes(StandardCharsets.UTF_8);
                byte[] tail = "b\"}".getBytes(StandardCharsets.UTF_8);
                byte[] body = new byte[head.length + sequence.length + tail.length];
                System.arraycopy(head, 0, body, 0, head.length);
                System.arraycopy(sequence, 0, body, head.length, sequence.length);
                System.arraycopy(tail, 0, body, head.length + sequence.length, tail.length);
                post("invalid UTF-8 in " + field, "/api/clips", body, JSON);
                post("invalid UTF-8 in " + field, "/api/extract", body, JSON);
            }
            byte[] truncatedEnd = ("{\"url\":\"" + uniqueUrl() + "\"").getBytes(StandardCharsets.UTF_8);
            byte[] body = java.util.Arrays.copyOf(truncatedEnd, truncatedEnd.length + sequence.length);
            System.arraycopy(sequence, 0, body, truncatedEnd.length, sequence.length);
            post("invalid UTF-8 at end", "/api/clips", body, JSON);
        }
    }

    private void conflictingCharsets() {
        String body = "{\"url\":\"" + uniqueUrl() + "\",\"title\":\"Caf\u00e9 \u2603 \uD83D\uDE00\","
                + "\"html\":\"<article><p>Na\u00efve r\u00e9sum\u00e9 \u65e5\u672c.</p></article>\"}";
        String[] charsets = {"ISO-8859-1", "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "US-ASCII", "windows-1252",
            "bogus-charset", "", "utf-8;charset=latin1", "\"utf-8\"", "UTF-7", "x-imap4-modified-utf7",
            "IBM037", "Shift_JIS"};
        for (java.nio.charset.Charset encoding : new java.nio.charset.Charset[] {StandardCharsets.UTF_8,
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1,
            java.nio.charset.Charset.forName("UTF-32")}) {
            for (String declared : charsets) {
                post("charset " + declared + " body " + encoding, "/api/clips", body.getBytes(encoding),
                        JSON + "; charset=" + declared);
            }
            byte[] withBom = ("\uFEFF" + body).getBytes(encoding);
            post("BOM, body " + encoding, "/api/clips", withBom, JSON + "; charset=utf-8");
        }
    }

    private void hostileUrls() {
        for (String url : new String[] {"file:///etc/passwd", "file://localhost/etc/shadow", "FILE:///c:/boot.ini",
            "data:text/html,<script>alert(1)</script>", "data:,x", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
            " javascript:alert(1)", "java\\tscript:alert(1)", "java\\u0000script:alert(1)", "vbscript:msgbox(1)",
            "ftp://a.example/x", "gopher://a.example/", "jar:file:///x.jar!/", "about:blank", "chrome://settings",
            "view-source:https://a.example/", "blob:https://a.example/uuid", "ws://a.example/", "mailto:a@b.example",
            "https://", "https:///path", "//a.example/x", "/relative", "relative", "https://[::1", "https://a b/",
            "https://a.example:99999/", "https://a.example:-1/", "http://%00/", "https://a.example/\\u0000",
            "https://" + "a".repeat(300) + ".example/", "https://user:pass@a.example/", "\\u0000",
            "https://a.example/#\\\"><script>alert(1)</script>", "https://a.example/?q=<script>",
            "h\\ttps://a.example/", "https://a.example/%", "http://[v1.x]/", "https://\\u2028.example/"}) {
            clipAndExtract("URL " + url, "{\"url\":\"" + url + "\",\"html\":\"<p>x</p>\"}");
        }
    }

    private void badClientIds() {
        for (String clientId : new String[] {"nope", "1234", "00000000-0000-0000-0000-00000000000g",
            "{00000000-0000-0000-0000-000000000000}", "00000000000000000000000000000000",
            "00000000-0000-0000-0000-0000000000000", "-1-1-1-1", "'; drop table clip; --",
            "00000000-0000-0000-0000-000000000000\\u0000", "ffffffff-ffff-ffff-ffff-ffffffffffffffff",
            "\\u0660\\u0660\\u0660\\u0660\\u0660\\u0660\\u0660\\u0660-0000-0000-0000-000000000000",
            "x".repeat(10_000)}) {
            clipAndExtract("clientId " + clientId, "{\"url\":\"" + uniqueUrl() + "\",\"html\":\"<p>x</p>\","
                    + "\"clientId\":\"" + clientId + "\"}");
        }
    }

    private void badQueryParameters() {
        for (String query : new String[] {"page=-1", "page=abc", "page=99999999999", "page=2147483648",
            "page=1.5", "page=0x10", "page=%00", "size=0", "size=101", "size=-5", "size=1e3", "size=%20",
            "size=99999999999999999999", "archived=yes", "archived=1", "archived=TRUE%00", "favorite=maybe",
            "favorite=%FF", "q=" + "q".repeat(3_000), "q=" + "q".repeat(10_000), "q=%00%00", "q=%FF%FE", "q=%", "q=%zz", "q=%C0%AF",
            "q=%25%27%22%3C", "q=%5C%25_", "tag=%00", "tag=" + "t".repeat(3_000), "tag=%0A%0D", "page=1&page=x",
            "size=5&size=500", "page", "=", "&&&", "%", "q=a%26b%3Dc", "q=;select 1", "q=%E2%80%AE",
            "archived=true&favorite=false&page=99999&size=100"}) {
            requests.add(new Request("query " + query, "GET", "/api/clips?" + query,
                    Map.of("Authorization", "Bearer " + TOKEN), null));
        }
        for (String id : new String[] {"99999999999999999999", "-1", "0", "%00", "1%2F2", "..%2F..%2Fetc%2Fpasswd",
            "1.5", "1e3", "0x1", "%FF", "abc", " 1", "1;drop", "9223372036854775807", "9223372036854775808",
            "%E2%80%AE1", "1%00"}) {
            for (String method : new String[] {"GET", "DELETE"}) {
                requests.add(new Request("clip id " + id, method, "/api/clips/" + id,
                        Map.of("Authorization", "Bearer " + TOKEN), null));
            }
            requests.add(new Request("clip id " + id, "PATCH", "/api/clips/" + id,
                    Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", JSON),
                    "{\"archived\":true}".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void badPatchBodies(int id) {
        String[] bodies = {"{\"wordCount\":3}", "{\"id\":1}", "{\"contentHtml\":\"<script>\"}", "{\"title\":\"\"}",
            "{\"title\":\"   \"}", "{\"title\":1}", "{\"title\":[]}", "{\"title\":{}}", "{\"title\":\"" + "t".repeat(2001)
                + "\"}", "{\"tags\":\"one\"}", "{\"tags\":[1,2]}", "{\"tags\":[null]}", "{\"tags\":[[\"x\"]]}",
            "{\"tags\":[{}]}", "{\"tags\":[\"" + "x".repeat(101) + "\"]}", "{\"tags\":[\"a\\u0000b\"]}",
            "{\"tags\":[\"a\\nb\\u0007\"]}", "{\"tags\":" + java.util.stream.IntStream.range(0, 51)
                    .mapToObj(i -> "\"t" + i + "\"").toList().toString().replace(" ", "") + "}",
            "{\"archived\":\"perhaps\"}", "{\"archived\":1}", "{\"archived\":null,\"favorite\":\"yes\"}",
            "{\"favorite\":[]}", "[]", "[{\"title\":\"x\"}]", "\"title\"", "1", "true", "{", "{\"title\":}",
            "{\"title\":\"a\",\"title\":}", "{\"tags\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}"};
        for (String body : bodies) {
            for (String type : new String[] {JSON, "application/merge-patch+json"}) {
                requests.add(new Request("PATCH body", "PATCH", "/api/clips/" + id,
                        Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", type),
                        body.getBytes(StandardCharsets.UTF_8)));
            }
        }
        for (String type : new String[] {"text/plain", "application/xml", "application/json-patch+json",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            requests.add(new Request("PATCH content type " + type, "PATCH", "/api/clips/" + id,
                    Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", type),
                    "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        }
        requests.add(new Request("PATCH without body", "PATCH", "/api/clips/" + id,
                Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", JSON), new byte[0]));
    }

    private void wrongMethods(int id) {
        String[] methods = {"PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "MKCOL", "FOO", "OPTIONS", "HEAD", "GET",
            "POST"};
        for (String path : new String[] {"/api/clips", "/api/clips/" + id, "/api/extract", "/api", "/api/",
            "/api/clips/" + id + "/extra", "/api//clips", "/api/CLIPS", "/api/clips/", "/api/nothing"}) {
            for (String method : methods) {
                requests.add(new Request("method " + method, method, path,
                        Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", JSON),
                        method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                                || method.equals("TRACE") ? null
                                : "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private void oddHeaders() {
        String body = validBody();
        for (String type : new String[] {"application/xml", "text/plain", "text/html", "application/json;;;",
            "application/json; charset", "application/json; boundary=\"x\"", "*/*", "application/*", "json",
            "application", "application/json, text/plain", "APPLICATION/JSON", "application/jsonx",
            "application/json; charset=utf-8; charset=latin1", "multipart/form-data", "application/octet-stream",
            "application/x-www-form-urlencoded", "image/png", "application/json\\u0000"}) {
            post("Content-Type " + type, "/api/clips", body.getBytes(StandardCharsets.UTF_8), type);
        }
        requests.add(new Request("no Content-Type", "POST", "/api/clips", Map.of("Authorization", "Bearer " + TOKEN),
                body.getBytes(StandardCharsets.UTF_8)));
        for (String accept : new String[] {"text/html", "application/xml", "image/*", "application/json;q=0",
            "*/*;q=abc", "text/plain, */*;q=0.1", ",,,", "\\u0007"}) {
            requests.add(new Request("Accept " + accept, "GET", "/api/clips",
                    Map.of("Authorization", "Bearer " + TOKEN, "Accept", accept), null));
            requests.add(new Request("Accept " + accept, "POST", "/api/clips",
                    Map.of("Authorization", "Bearer " + TOKEN, "Accept", accept, "Content-Type", JSON),
                    validBody().getBytes(StandardCharsets.UTF_8)));
        }
        for (String authorization : new String[] {"Bearer", "Bearer ", "Bearer  " + TOKEN + "x", "bearer " + TOKEN
            + "\\u0000", "Token " + TOKEN, "Bearer " + "t".repeat(7_000), "Basic " + TOKEN, TOKEN,
            "Bearer " + TOKEN + ", Bearer " + TOKEN, "Bearer %74est-token", "Digest username=x"}) {
            requests.add(new Request("Authorization " + authorization.substring(0, Math.min(30,
                    authorization.length())), "POST", "/api/clips",
                    Map.of("Authorization", authorization, "Content-Type", JSON),
                    validBody().getBytes(StandardCharsets.UTF_8)));
        }
        for (String encoding : new String[] {"gzip", "deflate", "br", "compress", "identity, gzip", "x-bogus"}) {
            requests.add(new Request("Content-Encoding " + encoding, "POST", "/api/clips",
                    Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", JSON, "Content-Encoding", encoding),
                    validBody().getBytes(StandardCharsets.UTF_8)));
        }
        for (String origin : new String[] {"null", "https://evil.example", "chrome-extension://x", "file://",
            "http://[::1]", "\\u0000"}) {
            requests.add(new Request("Origin " + origin, "POST", "/api/clips",
                    Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", JSON, "Origin", origin),
                    validBody().getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, String> many = new java.util.HashMap<>(Map.of("Authorization", "Bearer " + TOKEN,
                "Content-Type", JSON));
        for (int i = 0; i < 90; i++) {
            many.put("X-Odd-" + i, "v".repeat(50));
        }
        requests.add(new Request("90 extra headers", "POST", "/api/clips", Map.copyOf(many),
                validBody().getBytes(StandardCharsets.UTF_8)));
        requests.add(new Request("huge header", "GET", "/api/clips", Map.of("Authorization", "Bearer " + TOKEN,
                "X-Huge", "h".repeat(20_000)), null));
        requests.add(new Request("X-Forwarded headers", "POST", "/api/clips", Map.of("Authorization", "Bearer "
                + TOKEN, "Content-Type", JSON, "X-Forwarded-For", "1.2.3.4, <script>", "X-Forwarded-Host",
                "evil.example", "X-HTTP-Method-Override", "DELETE"), validBody().getBytes(StandardCharsets.UTF_8)));
    }
}
