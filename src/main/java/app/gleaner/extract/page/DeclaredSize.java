package app.gleaner.extract.page;

import java.util.OptionalInt;
import org.jsoup.nodes.Element;

/**
 * The width and height a picture's own attributes declare, read as a browser reads a dimension attribute: leading
 * white space skipped, the digits taken with any fraction and whatever follows them ("640", " 640 ", "640px",
 * "640.5"), nothing where the value is relative or not a number ("100%", "auto", ""). The stages that ask whether a
 * picture is a placeholder, an avatar or a figure all read sizes here, so one page's "300px" means the same to each.
 * Stateless.
 */
public final class DeclaredSize {

    /** More digits than a pixel count has: such a width is read as the largest there is, never as an error. */
    private static final int MAX_DIGITS = 9;

    private DeclaredSize() {
    }

    /** {@code element}'s declared width in whole CSS pixels, or empty. */
    public static OptionalInt width(Element element) {
        return pixels(element.attr("width"));
    }

    /** {@code element}'s declared height in whole CSS pixels, or empty. */
    public static OptionalInt height(Element element) {
        return pixels(element.attr("height"));
    }

    /** Whether {@code element} declares a width or a height below {@code minimum} pixels. */
    public static boolean isSmallerThan(Element element, int minimum) {
        return width(element).orElse(minimum) < minimum || height(element).orElse(minimum) < minimum;
    }

    /** The whole pixels {@code value} declares, its fraction dropped, or empty. */
    static OptionalInt pixels(String value) {
        int at = 0;
        while (at < value.length() && Character.isWhitespace(value.charAt(at))) {
            at++;
        }
        int start = at;
        long pixels = 0;
        for (; isDigit(value, at); at++) {
            pixels = at - start < MAX_DIGITS ? pixels * 10 + value.charAt(at) - '0' : Integer.MAX_VALUE;
        }
        if (at == start) {
            return OptionalInt.empty();
        }
        if (at < value.length() && value.charAt(at) == '.') { // a fraction is read past, not kept
            do {
                at++;
            } while (isDigit(value, at));
        }
        boolean relative = at < value.length() && value.charAt(at) == '%';
        return relative ? OptionalInt.empty() : OptionalInt.of((int) pixels);
    }

    private static boolean isDigit(String value, int at) {
        return at < value.length() && value.charAt(at) >= '0' && value.charAt(at) <= '9';
    }
}
