/**
 * The clipper's settings, kept in chrome.storage.local under the keys `serverUrl` and `token`
 * (the end-to-end test writes them directly), plus helpers for the server's host permission.
 */

export const DEFAULT_SERVER_URL = 'http://localhost:8080';

/** Hosts the manifest already grants (host_permissions); any other host is asked for at runtime. */
const PREGRANTED_HOSTS = new Set(['localhost', '127.0.0.1']);

/** @returns {Promise<{serverUrl: string, token: string}>} */
export async function loadSettings() {
  const stored = await chrome.storage.local.get(['serverUrl', 'token']);
  return {
    serverUrl: normalizeServerUrl(stored.serverUrl) || DEFAULT_SERVER_URL,
    token: (stored.token || '').trim(),
  };
}

export async function saveSettings({ serverUrl, token }) {
  await chrome.storage.local.set({ serverUrl: normalizeServerUrl(serverUrl), token: token.trim() });
}

/**
 * Trims and drops trailing slashes so `${serverUrl}/api/clips` is always well formed.
 * @returns {string} the URL, or '' when it is not an absolute http(s) URL
 */
export function normalizeServerUrl(value) {
  const text = (value || '').trim().replace(/\/+$/, '');
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : '';
  } catch (e) {
    return '';
  }
}

/** Match pattern for the server's host (any port, since match patterns ignore ports). */
export function originPattern(serverUrl) {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** True when the manifest's host_permissions already cover the server (plain http on loopback). */
export function isPregranted(serverUrl) {
  const url = new URL(serverUrl);
  return url.protocol === 'http:' && PREGRANTED_HOSTS.has(url.hostname);
}

/** Whether the extension may currently reach the server (granted in the manifest or at runtime). */
export async function hasHostPermission(serverUrl) {
  if (isPregranted(serverUrl)) return true;
  return chrome.permissions.contains({ origins: [originPattern(serverUrl)] });
}
