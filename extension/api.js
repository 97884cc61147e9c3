/**
 * Talks to the Gleaner server. Every function resolves to a result object and never rejects:
 * { ok, status, id, error, kind }, where `status` is the HTTP status (0 when there was no
 * answer), `error` is a sentence for the reader and `kind` names the failure for code:
 * ok | settings | permission | unreachable | timeout | unauthorized | forbidden | too-large |
 * not-gleaner | server.
 */
import { hasHostPermission } from './settings.js';

const CLIP_TIMEOUT_MS = 60000; // a large page plus server-side extraction can take a while
const TEST_TIMEOUT_MS = 10000;

export function success(status, id) {
  return { ok: true, status, id, error: null, kind: 'ok' };
}

export function failure(kind, status, error) {
  return { ok: false, status, id: null, error, kind };
}

/** Checks what must hold before any request, so the reader learns the real cause. */
export async function checkSettings({ serverUrl, token }) {
  if (!serverUrl) return failure('settings', 0, 'Set the Gleaner server URL in the extension options.');
  if (!token) return failure('settings', 0, 'Set the API token in the Gleaner extension options.');
  if (!(await hasHostPermission(serverUrl))) {
    const host = new URL(serverUrl).host;
    return failure('permission', 0,
      `The extension has no permission to reach ${host}. Open the options and click Save to grant it.`);
  }
  return null;
}

/** POSTs one capture to /api/clips. 201 (new) and 200 (same clientId seen before) both succeed. */
export async function postClip(settings, payload) {
  const problem = await checkSettings(settings);
  if (problem) return problem;
  const response = await request(settings, 'POST', '/api/clips', JSON.stringify(payload), CLIP_TIMEOUT_MS);
  if (!response.status) return response; // a network failure, already described
  if (response.status === 200 || response.status === 201) {
    const clip = await readJson(response);
    if (clip && clip.id !== undefined && clip.id !== null) return success(response.status, clip.id);
    return notGleaner(settings.serverUrl, response.status);
  }
  return describeFailure(settings.serverUrl, response);
}

/** GET /api/clips?size=1: proves the server is up, is Gleaner, and accepts the token. */
export async function testConnection(settings) {
  const problem = await checkSettings(settings);
  if (problem) return problem;
  const response = await request(settings, 'GET', '/api/clips?size=1', undefined, TEST_TIMEOUT_MS);
  if (!response.status) return response;
  if (response.status !== 200) return describeFailure(settings.serverUrl, response);
  const body = await readJson(response);
  // Gleaner's list is a page: {items: [...], total, page, size}.
  if (!body || !Array.isArray(body.items)) return notGleaner(settings.serverUrl, response.status);
  return success(200, null);
}

async function request({ serverUrl, token }, method, path, body, timeoutMs) {
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(serverUrl + path, {
      method, headers, body, credentials: 'omit', signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    if (e && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
      return failure('timeout', 0, `${serverUrl} did not answer within ${timeoutMs / 1000} s.`);
    }
    return failure('unreachable', 0,
      `Can't reach the Gleaner server at ${serverUrl}. Is it running, and is the server URL right?`);
  }
}

/** Parses JSON (including application/problem+json); null when the body is something else. */
async function readJson(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!/json/i.test(type)) return null;
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}

function notGleaner(serverUrl, status) {
  return failure('not-gleaner', status,
    `${serverUrl} answered, but not like a Gleaner server. Is the server URL right?`);
}

/** Maps an error status (and its problem+json detail, when present) to a sentence. */
export async function describeFailure(serverUrl, response) {
  const { status } = response;
  const problem = (await readJson(response)) || {};
  const detail = typeof problem.detail === 'string' && problem.detail ? ` ${problem.detail}` : '';
  switch (status) {
    case 401:
      return failure('unauthorized', status,
        'The server rejected the API token (401). Check the token in the Gleaner extension options.');
    case 403:
      return failure('forbidden', status, `The API token may not do this (403).${detail}`);
    case 404:
    case 405:
      return notGleaner(serverUrl, status);
    case 413:
      return failure('too-large', status, `The page is too large for the server (413).${detail}`);
    default: {
      const reason = detail || (typeof problem.title === 'string' && problem.title ? ` ${problem.title}` : '');
      return failure('server', status, `The server answered with an error (${status}).${reason}`);
    }
  }
}
