/**
 * clipTab: capture one tab and send it to the Gleaner server. Every entry point (toolbar button,
 * shortcut, context menu, runtime message) goes through here. It resolves to
 * { ok, status, id, error, kind } and never rejects; the last result is also stored in
 * chrome.storage.local as `lastResult` for the options page.
 */
import { capturePage } from './capture.js';
import { checkSettings, failure, postClip } from './api.js';
import { showProgress, showResult } from './badge.js';
import { loadSettings } from './settings.js';

// One automatic retry, with the same clientId so the server stores the clip at most once.
const RETRY_DELAY_MS = 1500;
const RETRY_KINDS = new Set(['unreachable', 'timeout']);
const RETRY_STATUSES = new Set([502, 503, 504]);

/**
 * @param {number} [tabId] the tab to clip; the active tab of the current window when omitted
 * @param {{selection?: boolean}} [options] selection: also send the reader's selection
 */
export async function clipTab(tabId, options = {}) {
  let result;
  let page = {};
  try {
    const id = Number.isInteger(tabId) ? tabId : await activeTabId();
    tabId = id;
    await showProgress(id);
    ({ result, page } = await clip(id, options));
  } catch (e) {
    result = failure('internal', 0, `Clipping failed unexpectedly: ${e && e.message}`);
  }
  await showResult(tabId, result);
  await chrome.storage.local.set({
    lastResult: { ...result, url: page.url || null, title: page.title || null, at: new Date().toISOString() },
  }).catch(() => {});
  return result;
}

async function clip(tabId, options) {
  const settings = await loadSettings();
  const problem = await checkSettings(settings);
  if (problem) return { result: problem, page: {} };

  const captured = await capture(tabId, options);
  if (!captured.ok) return { result: captured.result, page: {} };
  const page = captured.page;
  if (!/^https?:/.test(page.url)) {
    return { result: failure('unscriptable', 0, 'Only http and https pages can be clipped.'), page };
  }

  const payload = { ...page, clientId: crypto.randomUUID() };
  let result = await postClip(settings, payload);
  if (RETRY_KINDS.has(result.kind) || RETRY_STATUSES.has(result.status)) {
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    result = await postClip(settings, payload);
  }
  return { result, page };
}

async function capture(tabId, options) {
  try {
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId },
      func: capturePage,
      args: [{ selection: Boolean(options && options.selection) }],
    });
    if (frame && frame.result && typeof frame.result.html === 'string') return { ok: true, page: frame.result };
    return { ok: false, result: failure('unscriptable', 0, 'The page did not let Gleaner read it.') };
  } catch (e) {
    return { ok: false, result: failure('unscriptable', 0, explainScriptingError(e)) };
  }
}

/** executeScript's errors are browser-specific; map them to what the reader can do. */
function explainScriptingError(e) {
  const message = String((e && e.message) || e);
  if (/no tab with id|invalid tab id/i.test(message)) return 'That tab is gone.';
  if (/permission/i.test(message)) {
    // Both a protected page (Firefox) and a page clipped without a user gesture end up here.
    return "Gleaner can't read this page: browser pages and extension stores are protected, " +
      'and other pages can be clipped only from the toolbar button, the shortcut or the context menu.';
  }
  return "This page can't be clipped: the browser protects its own pages and the extension store.";
}

async function activeTabId() {
  // tabs.query needs no "tabs" permission when only the id is used.
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab) throw new Error('no active tab');
  return tab.id;
}
