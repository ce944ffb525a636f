// The signed-in user's token: in memory and in this tab's sessionStorage only (never localStorage or a
// cookie), so it is gone when the tab closes. It is dropped when it expires, and the page signs out.

const KEY = 'merchant-console.session';
let session = null;
let expiryTimer = null;
const listeners = new Set();

/** The claims the page uses to decide what to show; the API checks the token again on every call. */
function decode(token) {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function toSession(token) {
  const claims = decode(token);
  return {
    token,
    user: String(claims.sub || ''),
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
    merchantId: claims.merchant_id ? String(claims.merchant_id) : null,
    expiresAt: Number(claims.exp) * 1000,
  };
}

export function onEnd(listener) {
  listeners.add(listener);
}

function schedule() {
  clearTimeout(expiryTimer);
  if (!session) return;
  const left = session.expiresAt - Date.now();
  // setTimeout cannot wait longer than about 24.8 days; tokens live at most a day.
  expiryTimer = setTimeout(() => end('expired'), Math.max(0, Math.min(left, 2147483000)));
}

export function start(token) {
  session = toSession(token);
  try {
    window.sessionStorage.setItem(KEY, token);
  } catch (e) {
    // storage refused: the session lasts while the page is open
  }
  schedule();
  return session;
}

/** The live session, or null (also when the stored token has expired). */
export function current() {
  if (!session) {
    let stored = null;
    try {
      stored = window.sessionStorage.getItem(KEY);
    } catch (e) {
      stored = null;
    }
    if (stored) {
      try {
        session = toSession(stored);
        schedule();
      } catch (e) {
        session = null;
        window.sessionStorage.removeItem(KEY);
      }
    }
  }
  if (session && session.expiresAt <= Date.now()) {
    end('expired');
    return null;
  }
  return session;
}

/** Forgets the token everywhere; reason is 'signedOut', 'expired' or 'rejected' (the API said 401). */
export function end(reason) {
  const had = session !== null;
  session = null;
  clearTimeout(expiryTimer);
  try {
    window.sessionStorage.removeItem(KEY);
  } catch (e) {
    // nothing stored
  }
  if (had || reason !== 'signedOut') listeners.forEach((listener) => listener(reason));
}

export function isStaff(s) {
  return !!s && (s.roles.includes('ADMIN') || s.roles.includes('ANALYST'));
}

export function isAdmin(s) {
  return !!s && s.roles.includes('ADMIN');
}
