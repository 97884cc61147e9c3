/**
 * Runs inside the page (via chrome.scripting.executeScript) and returns what the server needs:
 * { url, title, html, selectionHtml }.
 *
 * executeScript serializes this one function's source, so it must be self-contained: every
 * constant and helper lives inside it, and it may not reference anything from this module.
 *
 * It never changes the page the reader sees. It clones <html>, walks the live tree and the
 * clone in parallel (same structure), reads computed style and geometry from the live element,
 * and writes the hint attributes onto the clone's twin. Attribute names are a contract with the
 * server (app.gleaner.extract.BrowserHints) and are documented in README.md.
 *
 * @param {{selection?: boolean}} [options]
 */
export function capturePage(options) {
  // Tunables: named here because the function must carry everything with it.
  const MAX_ELEMENTS = 50000; // stop reading styles past this many elements; the HTML is still sent
  const COVER_SHARE = 0.3; // fixed/sticky element covering this share of the viewport is a "cover"
  const HIGH_Z_INDEX = 1000; // fixed/sticky element on or above this z-index is a "z" overlay
  const BAR_MAX_HEIGHT_SHARE = 0.25; // a "bar" is at most this tall (share of viewport height)…
  const BAR_MIN_WIDTH_SHARE = 0.5; // …at least this wide…
  const BAR_EDGE_PX = 2; // …and touches the top or bottom edge within this many pixels
  // An "overlay" holding most of the page's text is an app shell that scrolls the article
  // itself, not a nag: never mark it.
  const MAX_OVERLAY_TEXT_SHARE = 0.5;
  // Not rendered by design (or irrelevant to reading); marking them hidden would only be noise,
  // and <source>/<track> must survive for <picture>/<video>.
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META',
    'SOURCE', 'TRACK', 'PARAM', 'AREA', 'BR', 'WBR']);
  const HIDDEN = 'data-gleaner-hidden';
  const OVERLAY = 'data-gleaner-overlay';
  const CURRENT_SRC = 'data-gleaner-src';

  const root = document.documentElement;
  const clone = root.cloneNode(true);
  const viewW = root.clientWidth || window.innerWidth || 1;
  const viewH = root.clientHeight || window.innerHeight || 1;
  let bodyTextLength = -1; // computed lazily: only overlay candidates need it

  function isHidden(style, rect) {
    if (style.display === 'none') return true;
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    // Scroll-reveal scripts keep not-yet-seen paragraphs at opacity 0 until they scroll into
    // view, so transparency only counts as hidden where the reader is looking.
    if (parseFloat(style.opacity) === 0 && inViewport(rect)) return true;
    const zeroSize = rect.width === 0 || rect.height === 0;
    const clips = /hidden|clip/.test(style.overflowX + ' ' + style.overflowY);
    return zeroSize && clips;
  }

  function inViewport(rect) {
    return rect.bottom > 0 && rect.right > 0 && rect.top < viewH && rect.left < viewW;
  }

  function overlayKind(el, style, rect) {
    const pos = style.position;
    if (pos !== 'fixed' && pos !== 'sticky') return null;
    if (rect.width <= 0 || rect.height <= 0) return null;
    const visibleW = Math.max(0, Math.min(rect.right, viewW) - Math.max(rect.left, 0));
    const visibleH = Math.max(0, Math.min(rect.bottom, viewH) - Math.max(rect.top, 0));
    const z = parseInt(style.zIndex, 10);
    let kind = null;
    if (visibleW * visibleH >= COVER_SHARE * viewW * viewH) kind = 'cover';
    else if (z >= HIGH_Z_INDEX) kind = 'z';
    else if (pos === 'fixed' && rect.height <= BAR_MAX_HEIGHT_SHARE * viewH &&
      rect.width >= BAR_MIN_WIDTH_SHARE * viewW &&
      (rect.top <= BAR_EDGE_PX || rect.bottom >= viewH - BAR_EDGE_PX)) kind = 'bar';
    if (!kind) return null;
    if (bodyTextLength < 0) bodyTextLength = (document.body.textContent || '').length;
    const share = (el.textContent || '').length / Math.max(1, bodyTextLength);
    return share > MAX_OVERLAY_TEXT_SHARE ? null : kind;
  }

  // One iterative pass (no recursion: deep pages would overflow the stack). <head> is skipped
  // by starting at <body>; <body> itself is never marked (anti-flicker snippets set its
  // opacity to 0, and it can't be an overlay).
  function markHints(liveBody, cloneBody) {
    let examined = 0;
    const stack = [[liveBody, cloneBody, false]];
    while (stack.length) {
      const [live, twin, insideOverlay] = stack.pop();
      const kids = live.children;
      const twinKids = twin.children;
      // A custom element's constructor may have changed the clone: then the trees no longer
      // line up and marks would land on the wrong elements, so leave this subtree unmarked.
      if (kids.length !== twinKids.length) continue;
      for (let i = kids.length - 1; i >= 0; i--) {
        const el = kids[i];
        const copy = twinKids[i];
        if (el.tagName !== copy.tagName || SKIP_TAGS.has(el.tagName)) continue;
        if (++examined > MAX_ELEMENTS) return;
        let style;
        let rect;
        try {
          style = getComputedStyle(el);
          rect = el.getBoundingClientRect();
        } catch (e) {
          continue; // odd nodes (foreign documents, broken polyfills): skip, never fail the clip
        }
        if (isHidden(style, rect)) {
          copy.setAttribute(HIDDEN, '1');
          continue; // its descendants go with it
        }
        let overlay = null;
        if (!insideOverlay) {
          try {
            overlay = overlayKind(el, style, rect);
          } catch (e) {
            overlay = null;
          }
          if (overlay) copy.setAttribute(OVERLAY, overlay);
        }
        if (el.tagName === 'IMG' && el.currentSrc) copy.setAttribute(CURRENT_SRC, el.currentSrc);
        stack.push([el, copy, insideOverlay || overlay !== null]);
      }
    }
  }

  // Path of child indexes from <html> to node, so a live Range can be replayed on the clone
  // and the selection carries the same hints. Null when node is outside the document tree
  // (e.g. inside a shadow root).
  function twinOf(node) {
    const path = [];
    for (let n = node; n !== root; n = n.parentNode) {
      if (!n || !n.parentNode) return null;
      path.push(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
    }
    let t = clone;
    for (let i = path.length - 1; i >= 0; i--) {
      t = t.childNodes[path[i]];
      if (!t) return null;
    }
    return t;
  }

  function serializeSelection() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    const box = document.createElement('div');
    for (let i = 0; i < sel.rangeCount; i++) {
      const range = sel.getRangeAt(i);
      let source = range;
      const start = twinOf(range.startContainer);
      const end = twinOf(range.endContainer);
      if (start && end) {
        try {
          source = document.createRange();
          source.setStart(start, range.startOffset);
          source.setEnd(end, range.endOffset);
        } catch (e) {
          source = range; // fall back to the live, unmarked selection
        }
      }
      box.appendChild(source.cloneContents());
    }
    const html = box.innerHTML;
    return html.trim() ? html : null;
  }

  const bodyIndex = Array.prototype.indexOf.call(root.children, document.body);
  if (bodyIndex >= 0 && clone.children[bodyIndex]) markHints(document.body, clone.children[bodyIndex]);
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
  return {
    url: location.href,
    title: document.title,
    html: doctype + clone.outerHTML,
    selectionHtml: options && options.selection ? serializeSelection() : null,
  };
}
