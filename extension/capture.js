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
 * server (app.gleaner.extract.page.BrowserHints) and are documented in README.md.
 *
 * cloneNode leaves shadow roots behind, yet web components render their text there. So a host's
 * twin gets a copy of its shadow root as a first child <template shadowrootmode="open">
 * (declarative shadow DOM, the standard serialization, which outerHTML writes out with its
 * content), and the walk goes on into the shadow tree and that copy. The server composes them
 * back into one tree (app.gleaner.extract.page.ShadowRoots).
 *
 * @param {{selection?: boolean}} [options]
 */
export function capturePage(options) {
  // Tunables: named here because the function must carry everything with it.
  const MAX_ELEMENTS = 50000; // stop reading styles past this many elements; the HTML is still sent
  const MAX_SHADOW_SEARCH = 200000; // past this many, stop looking for shadow roots too
  const MAX_ALIKE_LOOKUPS = 200; // kinds of hidden parts inside panels compared with the page's…
  const MAX_ALIKE_COMPARED = 50; // …and elements of each kind compared
  const COVER_SHARE = 0.3; // fixed/sticky element covering this share of the viewport is a "cover"
  const HIGH_Z_INDEX = 1000; // fixed/sticky element on or above this z-index is a "z" overlay
  const BAR_MAX_HEIGHT_SHARE = 0.25; // a "bar" is at most this tall (share of viewport height)…
  const BAR_MIN_WIDTH_SHARE = 0.5; // …at least this wide…
  const BAR_EDGE_PX = 2; // …and touches the top or bottom edge within this many pixels
  // An "overlay" holding most of the page's text is an app shell that scrolls the article
  // itself, not a nag: never mark it.
  const MAX_OVERLAY_TEXT_SHARE = 0.5;
  // A sticky element holding prose paragraphs is a column of the page that stays in view as it
  // scrolls (the text beside its sticky heading), not a bar laid over it: never mark it.
  const IN_FLOW_PROSE_PARAGRAPHS = 2;
  const PROSE_PARAGRAPH_CHARS = 80; // a paragraph this long, under half of it links, is prose
  // Not rendered by design (or irrelevant to reading); marking them hidden would only be noise,
  // and <source>/<track> must survive for <picture>/<video>.
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META',
    'SOURCE', 'TRACK', 'PARAM', 'AREA', 'BR', 'WBR']);
  const HIDDEN = 'data-gleaner-hidden';
  const OVERLAY = 'data-gleaner-overlay';
  const CURRENT_SRC = 'data-gleaner-src';
  // What the server never opens, whatever names it: app.gleaner.extract.clean.Disclosures' NOT_TEXT.
  const NOT_TEXT = 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [role=menu], ' +
    '[role=menubar], [role=listbox], [role=tooltip], nav, [role=navigation]';
  const SHADOW_ROOT_MODE = 'shadowrootmode';
  // Closed shadow roots are only reachable through extension APIs: chrome.dom in Chromium, a
  // property of elements in Firefox. The function runs in the isolated world, where both live.
  const closedRoots = typeof chrome !== 'undefined' && chrome.dom &&
    typeof chrome.dom.openOrClosedShadowRoot === 'function' ? chrome.dom : null;

  const root = document.documentElement;
  const clone = root.cloneNode(true);
  const viewW = root.clientWidth || window.innerWidth || 1;
  const viewH = root.clientHeight || window.innerHeight || 1;
  let bodyTextLength = -1; // computed lazily: only overlay candidates need it
  const shadowHosts = new Set(); // twins given a shadow root copy as their first child
  const shadowCopies = []; // the <template> elements holding those copies

  // tagName: el's, when the caller has it already (each DOM read costs on big pages).
  function shadowRootOf(el, tagName) {
    const open = el.shadowRoot;
    if (open) return open;
    // Closed roots are asked for on custom elements only: components are what keep text in them,
    // and asking about every element costs about a tenth of the capture of a large page.
    const name = tagName || el.tagName;
    if (!name || name.indexOf('-') < 0) return null;
    try {
      if ('openOrClosedShadowRoot' in el) return el.openOrClosedShadowRoot || null;
      // chrome.dom accepts HTML elements only (an SVG element may have a dash in its name too).
      if (closedRoots && el instanceof HTMLElement) return closedRoots.openOrClosedShadowRoot(el) || null;
    } catch (e) {
      return null;
    }
    return null;
  }

  // Copies shadow's children into a new first child of twin; returns the copy's content fragment.
  // importNode into the template's inert document runs no custom element constructors.
  function copyShadowRoot(shadow, twin) {
    const template = document.createElement('template');
    template.setAttribute(SHADOW_ROOT_MODE, 'open');
    const content = template.content;
    for (let n = shadow.firstChild; n; n = n.nextSibling) {
      content.appendChild(content.ownerDocument.importNode(n, true));
    }
    twin.insertBefore(template, twin.firstChild);
    shadowHosts.add(twin);
    shadowCopies.push(template);
    return content;
  }

  // Text as the reader sees it: textContent leaves out shadow roots, where components keep theirs.
  function textLength(node) {
    let length = 0;
    const roots = [node];
    while (roots.length) {
      const r = roots.pop();
      length += (r.textContent || '').length;
      const own = r.nodeType === Node.ELEMENT_NODE ? shadowRootOf(r) : null;
      if (own) roots.push(own);
      const all = r.querySelectorAll('*');
      for (let i = 0; i < all.length; i++) {
        const shadow = shadowRootOf(all[i]);
        if (shadow) roots.push(shadow);
      }
    }
    return length;
  }

  function isHidden(style, rect) {
    if (style.display === 'none') return true;
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    // Scroll-reveal scripts keep not-yet-seen paragraphs at opacity 0 until they scroll into
    // view, so transparency only counts as hidden where the reader is looking.
    if (parseFloat(style.opacity) === 0 && inViewport(rect)) return true;
    return shutToNoSize(style, rect);
  }

  // An element of no width or height that clips what overflows it: nothing inside it shows.
  function shutToNoSize(style, rect) {
    const clips = /hidden|clip/.test(style.overflowX + ' ' + style.overflowY);
    return (rect.width === 0 || rect.height === 0) && clips;
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
    if (pos === 'sticky' && holdsProse(el)) return null;
    if (bodyTextLength < 0) bodyTextLength = textLength(document.body);
    const share = textLength(el) / Math.max(1, bodyTextLength);
    return share > MAX_OVERLAY_TEXT_SHARE ? null : kind;
  }

  function holdsProse(el) {
    let prose = 0;
    for (const p of el.querySelectorAll('p')) {
      const length = p.textContent.replace(/\s+/g, ' ').trim().length;
      if (length < PROSE_PARAGRAPH_CHARS) continue;
      let linked = 0;
      for (const a of p.querySelectorAll('a')) linked += a.textContent.replace(/\s+/g, ' ').trim().length;
      if (linked < length / 2 && ++prose >= IN_FLOW_PROSE_PARAGRAPHS) return true;
    }
    return false;
  }

  // The panels a control names, as the server reads them (app.gleaner.extract.clean.Disclosures): a
  // control that says whether it is expanded, or a tab, and does not pop up a menu; aria-controls
  // may name several. Read once, when the first hidden element is met.
  let controlled = null;

  function controlledPanels() {
    if (controlled === null) {
      controlled = new Set();
      const named = '[aria-controls][aria-expanded], [role=tab][aria-controls]';
      for (const control of document.querySelectorAll(named)) {
        const popup = control.getAttribute('aria-haspopup');
        if (popup && popup.toLowerCase() !== 'false') continue;
        for (const id of control.getAttribute('aria-controls').split(/\s+/)) {
          const panel = id && document.getElementById(id);
          if (panel && !panel.closest(NOT_TEXT)) controlled.add(panel);
        }
      }
    }
    return controlled;
  }

  // A panel the server opens as the reader would in place: one a control names, a row or item of
  // a table or list one names ("Show all rows"), or a carousel's slide.
  function opensInPlace(el) {
    const role = el.getAttribute('aria-roledescription');
    if (role && role.toLowerCase() === 'slide') return true;
    const panels = controlledPanels();
    if (panels.has(el)) return true;
    if (el.tagName !== 'TR' && el.tagName !== 'LI') return false;
    const list = el.parentElement;
    if (!list) return false;
    return panels.has(list) || (list.tagName === 'TBODY' && panels.has(list.parentElement));
  }

  // Inside a hidden panel (display:none, or shut to no height) a part's own style still says
  // whether it is hidden (display is not inherited; visibility is, so a part hides itself only
  // where its parent does not), but not whether it stays hidden once the panel opens: the °F
  // beside the °C and an error line do, the body of a closed answer and the caption of a slide
  // out of view do not. A part counts as staying hidden when something alike (the same tag and
  // attributes, but id and style) stands in a shown part of the page and is hidden there too, and
  // nothing alike is shown; where nothing alike is in view, it is left to the server, which opens
  // it with its panel. One lookup per kind of part, at most MAX_ALIKE_LOOKUPS of them.
  const staysHiddenByKind = new Map();
  let alikeLookups = 0;
  function staysHidden(el) {
    const selector = alikeSelector(el);
    if (selector === null) return false;
    if (staysHiddenByKind.has(selector)) return staysHiddenByKind.get(selector);
    if (++alikeLookups > MAX_ALIKE_LOOKUPS) return false;
    let hiddenInView = false;
    let shown = false;
    let alike = [];
    try {
      alike = document.querySelectorAll(selector);
    } catch (e) {
      // a selector the page's attributes made invalid: nothing alike is known
    }
    let compared = 0;
    for (const other of alike) {
      const parent = other.parentElement;
      if (other === el || !parent) continue;
      if (++compared > MAX_ALIKE_COMPARED) break;
      if (inView(other)) {
        shown = true;
        break;
      }
      hiddenInView = hiddenInView || inView(parent);
    }
    const stays = hiddenInView && !shown;
    staysHiddenByKind.set(selector, stays);
    return stays;
  }

  // Whether node is shown: rendered, visible, and in no box shut to no size that clips it.
  function inView(node) {
    if (getComputedStyle(node).visibility !== 'visible') return false;
    for (let n = node; n && n !== document.body; n = n.parentElement) {
      if (n.getClientRects().length === 0) return false;
      const rect = n.getBoundingClientRect();
      // the style is read only for a box of no size, the rare case
      const noSize = rect.width === 0 || rect.height === 0;
      if (noSize && shutToNoSize(getComputedStyle(n), rect)) return false;
    }
    return true;
  }

  // A selector for the elements alike to el: its tag and each attribute but id and style.
  function alikeSelector(el) {
    let selector = CSS.escape(el.localName);
    let attributes = 0;
    for (const attr of el.attributes) {
      const name = attr.name;
      if (name === 'id' || name === 'style' || name.startsWith('data-gleaner')) continue;
      selector += '[' + CSS.escape(attr.name) + '="' + CSS.escape(attr.value) + '"]';
      attributes++;
    }
    return attributes > 0 ? selector : null;
  }

  // Marks the parts of a hidden panel that stay hidden when it opens; returns the new count of
  // examined elements, which this walk shares with markHints' budget.
  function markHiddenParts(livePanel, twinPanel, examined) {
    const stack = [[livePanel, twinPanel]];
    while (stack.length) {
      const [live, twin] = stack.pop();
      const kids = live.children;
      const twinKids = twin.children;
      // trees differ: leave unmarked, as markHints does
      if (kids.length !== twinKids.length) continue;
      // visibility is inherited: a part hides itself only where its parent does not
      let shownAround;
      try {
        shownAround = getComputedStyle(live).visibility === 'visible';
      } catch (e) {
        continue;
      }
      for (let i = 0; i < kids.length; i++) {
        const el = kids[i];
        const copy = twinKids[i];
        if (el.tagName !== copy.tagName || SKIP_TAGS.has(el.tagName)) continue;
        if (++examined > MAX_ELEMENTS) return examined;
        let style;
        try {
          style = getComputedStyle(el);
        } catch (e) {
          continue;
        }
        const hidden = style.display === 'none' ||
          (shownAround && style.visibility !== 'visible');
        if (hidden && opensInPlace(el)) {
          copy.setAttribute(HIDDEN, '1'); // a panel in the panel: the server opens it too
        } else if (hidden && staysHidden(el)) {
          copy.setAttribute(HIDDEN, '1');
          continue;
        }
        stack.push([el, copy]); // shown with the panel, its own parts may still be hidden
      }
    }
    return examined;
  }

  // One iterative pass (no recursion: deep pages would overflow the stack). <head> is skipped
  // by starting at <body>; <body> itself is never marked (anti-flicker snippets set its
  // opacity to 0, and it can't be an overlay). A stack entry pairs a live element or shadow root
  // with its twin: a clone element or the content of a shadow root's copy.
  function markHints(liveBody, cloneBody) {
    let examined = 0;
    const stack = [[liveBody, cloneBody, false]];
    const bodyShadow = shadowRootOf(liveBody);
    if (bodyShadow) stack.push([bodyShadow, copyShadowRoot(bodyShadow, cloneBody), false]);
    while (stack.length) {
      const [live, twin, insideOverlay] = stack.pop();
      const kids = live.children;
      const twinKids = twin.children;
      const skip = shadowHosts.has(twin) ? 1 : 0; // the shadow root's copy, not a twin of a child
      // A custom element's constructor may have changed the clone: then the trees no longer
      // line up and marks would land on the wrong elements, so leave this subtree unmarked.
      if (kids.length !== twinKids.length - skip) continue;
      for (let i = kids.length - 1; i >= 0; i--) {
        const el = kids[i];
        const copy = twinKids[i + skip];
        const tag = el.tagName;
        if (tag !== copy.tagName || SKIP_TAGS.has(tag)) continue;
        if (++examined > MAX_SHADOW_SEARCH) return;
        if (examined > MAX_ELEMENTS) {
          // Past the budget no style is read, but shadow roots are still copied: the HTML is
          // sent whole, and theirs is part of it (up to a second, larger budget).
          stack.push([el, copy, insideOverlay]);
          const shadow = shadowRootOf(el, tag);
          if (shadow) stack.push([shadow, copyShadowRoot(shadow, copy), insideOverlay]);
          continue;
        }
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
          // Its descendants go with it, unless the server opens it as the reader would with a
          // click (an FAQ's answer, a tab, a slide, however it was shut): then what stays hidden
          // inside it is marked too.
          if (opensInPlace(el)) examined = markHiddenParts(el, copy, examined);
          continue;
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
        if (tag === 'IMG' && el.currentSrc) copy.setAttribute(CURRENT_SRC, el.currentSrc);
        const inOverlay = insideOverlay || overlay !== null;
        stack.push([el, copy, inOverlay]);
        const shadow = shadowRootOf(el, tag);
        if (shadow) stack.push([shadow, copyShadowRoot(shadow, copy), inOverlay]);
      }
    }
  }

  // Path of child indexes from <html> to node, so a live Range can be replayed on the clone
  // and the selection carries the same hints. Null when node is outside the document tree
  // (e.g. inside a shadow root). A host's twin has its shadow root's copy before the children.
  function twinOf(node) {
    const path = [];
    for (let n = node; n !== root; n = n.parentNode) {
      if (!n || !n.parentNode) return null;
      path.push(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
    }
    let t = clone;
    for (let i = path.length - 1; i >= 0; i--) {
      t = t.childNodes[path[i] + (shadowHosts.has(t) ? 1 : 0)];
      if (!t) return null;
    }
    return t;
  }

  // Offset of a range boundary in a twin: child offsets shift past a shadow root's copy, except
  // a start before the first child, which keeps the copy (the component's own text) inside.
  function twinOffset(twin, offset, isStart) {
    if (twin.nodeType !== Node.ELEMENT_NODE || !shadowHosts.has(twin)) return offset;
    return isStart && offset === 0 ? 0 : offset + 1;
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
          source.setStart(start, twinOffset(start, range.startOffset, true));
          source.setEnd(end, twinOffset(end, range.endOffset, false));
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
  // Components' scoped styles only weigh down the clip (one copy per instance) and mean nothing
  // outside their shadow root; the hints already say what they hid.
  for (const template of shadowCopies) {
    for (const style of template.content.querySelectorAll('style')) style.remove();
  }
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
  return {
    url: location.href,
    title: document.title,
    html: doctype + clone.outerHTML,
    selectionHtml: options && options.selection ? serializeSelection() : null,
  };
}
