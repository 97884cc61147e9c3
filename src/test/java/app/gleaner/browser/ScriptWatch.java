package app.gleaner.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Watches a Chromium session for code that runs where it must not. Through the DevTools protocol
 * ({@code Page.addScriptToEvaluateOnNewDocument}) an init script runs in every new document, before any script of
 * the page, and sets two sentinels:
 * <ul>
 * <li>{@code window.__gleanerRan}: {@code alert}, {@code confirm}, {@code prompt}, {@code print}, {@code open},
 * {@code fetch}, {@code XMLHttpRequest.open}, {@code sendBeacon} and {@code console.*} are replaced by recorders that
 * write their call here. Every hostile vector that could execute calls one of them, so a vector that ran leaves an
 * entry.</li>
 * <li>{@code window.__gleanerBlocked}: every Content-Security-Policy violation report of the document. Behind a CSP
 * a vector that tried to run script, load a frame or an object, set a base URL or inline a style is stopped, and
 * leaves an entry here instead.</li>
 * </ul>
 * A {@link Visit} also carries the document as Chromium built it (without the page's own scripts), so a caller can
 * look for script, handlers or script URLs in what the browser parsed rather than in what the server sent.
 * <p>Not thread-safe: one per browser, used by one test thread.
 */
public final class ScriptWatch {

    private static final String HOOKS = """
            (() => {
              const ran = [];
              const blocked = [];
              const sentinel = (name, value) =>
                Object.defineProperty(window, name, {value, writable: false, configurable: false});
              sentinel('__gleanerRan', ran);
              sentinel('__gleanerBlocked', blocked);
              const note = (what) => function (...args) { ran.push(what + '(' + args.map(String).join(',') + ')'); };
              for (const name of ['alert', 'confirm', 'prompt', 'print', 'open', 'fetch']) window[name] = note(name);
              for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'])
                console[name] = note('console.' + name);
              XMLHttpRequest.prototype.open = note('XMLHttpRequest.open');
              navigator.sendBeacon = note('sendBeacon');
              document.addEventListener('securitypolicyviolation', (e) =>
                blocked.push(e.effectiveDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')), true);
            })();
            """;
    /**
     * Waits for the load event when it has not fired yet (a navigation that begins while an earlier one is still
     * loading can hand control back early), then two animation frames (autofocus, animation and toggle events fire
     * at a rendering update). Measured on the 114 vectors rendered unsanitized: the 26 that run on their own have
     * all run by the time the page has loaded; two frames, 150 ms or a whole second later no other has.
     */
    private static final String SETTLE = """
            const done = arguments[arguments.length - 1];
            const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => done()));
            if (document.readyState === 'complete') frames(); else addEventListener('load', frames, {once: true});
            """;
    /** Reads both sentinels, the address, and the document without the scripts named in {@code arguments[0]}. */
    private static final String READ = """
            const own = arguments[0];
            const copy = document.documentElement.cloneNode(true);
            copy.querySelectorAll('script[src]').forEach(s => { if (own.includes(s.getAttribute('src'))) s.remove(); });
            return {ran: Array.from(window.__gleanerRan || ['hooks missing: page replaced']),
                    blocked: Array.from(window.__gleanerBlocked || []), markup: copy.outerHTML, at: location.href};
            """;

    private final ChromeDriver browser;
    private final List<String> ownScripts;

    private ScriptWatch(ChromeDriver browser, List<String> ownScripts) {
        this.browser = browser;
        this.ownScripts = ownScripts;
    }

    /**
     * Installs the hooks in {@code browser} for every document it opens from now on. {@code ownScripts} are the
     * {@code src} of the scripts the pages under test load on purpose; they are left out of {@link Visit#markup()}.
     */
    public static ScriptWatch install(ChromeDriver browser, String... ownScripts) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
        return new ScriptWatch(browser, List.of(ownScripts));
    }

    /** Opens {@code url}, lets handlers fire, and returns what the sentinels recorded. */
    public Visit visit(String url) {
        browser.get(url);
        return settled(url);
    }

    /** Lets handlers fire in the page already open (opened as {@code url}) and returns what the sentinels recorded. */
    public Visit settled(String url) {
        browser.executeAsyncScript(SETTLE);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) browser.executeScript(READ, ownScripts);
        @SuppressWarnings("unchecked")
        List<String> ran = (List<String>) seen.get("ran");
        @SuppressWarnings("unchecked")
        List<String> blocked = (List<String>) seen.get("blocked");
        return new Visit(url, (String) seen.get("at"), ran, blocked, (String) seen.get("markup"));
    }

    /**
     * One page as the sentinels saw it: {@code finalUrl} differs from {@code url} when the page navigated away;
     * {@code markup} is the document as Chromium built it, without the page's own scripts.
     */
    public record Visit(String url, String finalUrl, List<String> ran, List<String> blocked, String markup) {

        public boolean navigatedAway() {
            return !finalUrl.equals(url);
        }
    }
}
