/**
 * Shows a clip's progress and outcome on the toolbar button of the tab it came from: the badge
 * for a glance, the tooltip (action title) for the reason. Failures stay until the next clip so
 * the reader can hover and read why; success clears itself.
 */

const COLORS = { progress: '#5f6368', ok: '#1e8e3e', error: '#d93025' };
const SUCCESS_BADGE_MS = 4000;
const DEFAULT_TITLE = 'Clip this page to Gleaner';

export function showProgress(tabId) {
  return paint(tabId, '…', COLORS.progress, 'Clipping to Gleaner…');
}

export async function showResult(tabId, result) {
  if (result.ok) {
    await paint(tabId, '✓', COLORS.ok, 'Clipped to Gleaner');
    // Best effort: a service worker may be stopped before this fires, leaving a harmless ✓.
    setTimeout(() => paint(tabId, '', COLORS.ok, DEFAULT_TITLE), SUCCESS_BADGE_MS);
  } else {
    await paint(tabId, '!', COLORS.error, `Gleaner: ${result.error}`);
  }
}

async function paint(tabId, text, color, title) {
  const target = Number.isInteger(tabId) && tabId >= 0 ? { tabId } : {};
  try {
    await Promise.all([
      chrome.action.setBadgeText({ ...target, text }),
      chrome.action.setBadgeBackgroundColor({ ...target, color }),
      chrome.action.setTitle({ ...target, title }),
    ]);
  } catch (e) {
    // The tab was closed meanwhile: nothing left to show the result on.
  }
}
