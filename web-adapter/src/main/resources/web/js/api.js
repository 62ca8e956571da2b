// The one door to the JSON API: same-origin cookies, the CSRF token on every write, and
// problem+json answers turned into ApiError so a view can show `detail` next to `field`.

let csrfToken = null;
let whenSignedOut = () => {};
let whenSafetyFirst = () => {};

/** Called when a request meets a session that ended (401 outside signing in). */
export function onSignedOut(handler) {
  whenSignedOut = handler;
}

/** Called when what was written signals danger: nothing was kept and the answer is the safety note. */
export function onSafetyFirst(handler) {
  whenSafetyFirst = handler;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || 'Something went wrong.');
    this.status = status;
    this.detail = this.message;
    this.field = problem.field || null;
    this.safety = problem.safety || null;
  }
}

const SAFE = new Set(['GET', 'HEAD']);

export function setCsrf(token) {
  csrfToken = token;
}

async function send(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { detail: 'OpenUp could not be reached. Check the connection and try again.' });
  }
}

async function read(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : null;
}

export async function api(method, path, body) {
  let response = await send(method, path, body);
  if (response.status === 403 && !SAFE.has(method)) {
    // the token can be missing after a reload; fetch the session's token once and retry
    const session = await send('GET', '/api/v1/session');
    if (session.ok) {
      csrfToken = (await read(session)).csrfToken;
      response = await send(method, path, body);
    }
  }
  const data = await read(response);
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/v1/session') && path !== '/api/v1/account') whenSignedOut();
    if (data && data.safety) whenSafetyFirst(data.safety);
    throw new ApiError(response.status, data || { detail: 'Something went wrong on our side. Please try again in a moment.' });
  }
  if (data && typeof data.csrfToken === 'string') csrfToken = data.csrfToken;
  return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);
