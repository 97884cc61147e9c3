/**
 * Options page entry point: edit serverUrl and token, ask for the server's host permission when
 * it is not localhost, test the connection, and show the last clip's result.
 */
import { testConnection } from './api.js';
import {
  isPregranted, loadSettings, normalizeServerUrl, originPattern, saveSettings,
} from './settings.js';

const form = document.getElementById('settings');
const serverInput = document.getElementById('serverUrl');
const tokenInput = document.getElementById('token');
const testButton = document.getElementById('test');
const statusLine = document.getElementById('status');
const lastLine = document.getElementById('lastResult');

function say(element, text, tone) {
  element.textContent = text;
  element.className = `status ${tone || ''}`.trim();
}

/** Reads the form; null (and says why) when the server URL is unusable. */
function readForm() {
  const serverUrl = normalizeServerUrl(serverInput.value);
  if (!serverUrl) {
    say(statusLine, 'The server URL must start with http:// or https://, e.g. http://localhost:8080.', 'error');
    serverInput.setAttribute('aria-invalid', 'true');
    serverInput.focus();
    return null;
  }
  serverInput.removeAttribute('aria-invalid');
  return { serverUrl, token: tokenInput.value.trim() };
}

/**
 * Asks for the server's host permission. Must run synchronously inside the click/submit handler
 * (before any await): browsers only show the prompt for a user gesture.
 */
function requestHostPermission(serverUrl) {
  if (isPregranted(serverUrl)) return Promise.resolve(true);
  return chrome.permissions.request({ origins: [originPattern(serverUrl)] }).catch(() => false);
}

async function busy(work) {
  for (const button of form.querySelectorAll('button')) button.disabled = true;
  try {
    await work();
  } finally {
    for (const button of form.querySelectorAll('button')) button.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const settings = readForm();
  if (!settings) return;
  const granted = requestHostPermission(settings.serverUrl);
  busy(async () => {
    await saveSettings(settings);
    if (!(await granted)) {
      say(statusLine, `Saved, but the extension may not reach ${new URL(settings.serverUrl).host}: `
        + 'permission was not granted. Click Save again to allow it.', 'error');
    } else if (!settings.token) {
      say(statusLine, 'Saved. Add an API token before clipping.', 'error');
    } else {
      say(statusLine, 'Saved.', 'ok');
    }
  });
});

testButton.addEventListener('click', () => {
  const settings = readForm();
  if (!settings) return;
  const granted = requestHostPermission(settings.serverUrl);
  busy(async () => {
    say(statusLine, 'Testing…');
    await granted; // testConnection reports a missing permission itself
    const result = await testConnection(settings);
    say(statusLine, result.ok ? `Connected to Gleaner at ${settings.serverUrl}; the token works.` : result.error,
      result.ok ? 'ok' : 'error');
  });
});

function showLastResult(last) {
  if (!last) {
    say(lastLine, 'No clip yet.');
    return;
  }
  const when = new Date(last.at).toLocaleString();
  const what = last.title || last.url;
  const page = what ? ` “${what}”` : '';
  if (last.ok) say(lastLine, `Clipped${page} at ${when}.`, 'ok');
  else say(lastLine, `Clip${page ? ` of${page}` : ''} failed at ${when}: ${last.error}`, 'error');
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.lastResult) showLastResult(changes.lastResult.newValue);
});

(async () => {
  const settings = await loadSettings();
  serverInput.value = settings.serverUrl;
  tokenInput.value = settings.token;
  const { lastResult } = await chrome.storage.local.get('lastResult');
  showLastResult(lastResult);
})();
