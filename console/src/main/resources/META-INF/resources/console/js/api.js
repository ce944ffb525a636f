// Every call to the platform: same origin, the token as a Bearer header, problem+json turned into an
// ApiError the pages can explain. A 401 ends the session (expired or revoked token).
import * as session from './session.js';
import { lang } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || {};
  }
}

function query(params) {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

/**
 * request('GET', '/merchant/analyze', {params, json, body, contentType, anonymous}) → parsed JSON.
 * Throws ApiError for any non-2xx answer, with status 0 when the server cannot be reached.
 */
export async function request(method, path, options = {}) {
  // The services write their sentences in the console's language, not the browser's.
  const headers = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': lang() === 'en' ? 'en' : 'zh-CN',
  };
  const live = session.current();
  if (!options.anonymous) {
    if (!live) {
      session.end('expired');
      throw new ApiError(401, { title: 'Unauthorized' });
    }
    headers.Authorization = 'Bearer ' + live.token;
  }
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType || 'application/octet-stream';
    body = options.body;
  }
  if (options.noCache) headers['Cache-Control'] = 'no-cache';
  let response;
  try {
    response = await fetch(path + query(options.params), {
      method, headers, body, credentials: 'omit', cache: 'no-store', redirect: 'error',
    });
  } catch (e) {
    throw new ApiError(0, { title: 'Network error' });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, data);
    error.retryAfter = Number(response.headers.get('Retry-After')) || null;
    if (response.status === 401 && !options.anonymous) session.end('rejected');
    throw error;
  }
  return data;
}

export const get = (path, params, options) => request('GET', path, { ...options, params });
export const post = (path, json, options) => request('POST', path, { ...options, json });
