// Small building blocks shared by the pages.
import { h } from './dom.js';
import { t } from './i18n.js';

export function card(title, attrs, ...children) {
  return h('section', { class: 'card', ...(attrs || {}) }, title ? h('h2', null, title) : null, ...children);
}

export function stat(labelText, value, hint, attrs) {
  return h('div', { class: 'stat', ...(attrs || {}) },
    h('div', { class: 'stat-label' }, labelText),
    h('div', { class: 'stat-value' }, value),
    hint ? h('div', { class: 'stat-hint' }, hint) : null);
}

export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

/** A section's honest state: ok, stale (older data) or unavailable, with the reason the API gave. */
export function statusBadge(section) {
  const status = section ? section.status : 'unavailable';
  return h('span', { class: ['badge', 'badge-' + status], data: { status }, title: section && section.detail ? section.detail : null },
    t('status.' + status));
}

export function statusNote(section) {
  if (!section || section.status === 'ok') return null;
  const help = section.status === 'stale' ? t('status.staleHelp') : t('status.unavailableHelp');
  return h('p', { class: 'note note-' + section.status, data: { statusNote: section.status } },
    help, section.detail ? h('span', { class: 'detail' }, ' (' + section.detail + ')') : null);
}

/** What went wrong, in words: the API's 404 says the merchant is not there or not yours. */
export function errorBox(error) {
  const status = error && error.status !== undefined ? error.status : -1;
  const problem = (error && error.problem) || {};
  let message;
  if (status === 404) message = t('error.notFound');
  else if (status === 403) message = t('error.forbidden');
  else if (status === 0) message = t('error.network');
  else message = t('error.generic', { status, detail: problem.detail || problem.title || String(error && error.message) });
  const fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
  return h('div', { class: 'error', role: 'alert', data: { errorStatus: status } },
    h('p', null, message),
    status === 404 && problem.detail ? h('p', { class: 'detail' }, problem.detail) : null,
    fieldErrors.length ? h('ul', null, fieldErrors.map((e) => h('li', null, (e.field ? e.field + ': ' : '') + e.message))) : null,
    problem.traceId ? h('p', { class: 'trace' }, t('error.trace', { id: problem.traceId })) : null);
}

export function field(labelText, input) {
  return h('label', { class: 'field' }, h('span', null, labelText), input);
}

/**
 * Claims container for one load: answers a function that stays true only while no later load has
 * claimed it, so that a slow earlier answer never overwrites a newer one.
 */
export function claim(container, context) {
  const ticket = String(Number(container.dataset.ticket || 0) + 1);
  container.dataset.ticket = ticket;
  return () => (!context || context.alive()) && container.dataset.ticket === ticket;
}
