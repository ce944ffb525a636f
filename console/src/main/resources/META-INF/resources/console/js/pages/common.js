// What several pages need: which merchant, and a picker for staff who have not chosen one yet.
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import * as api from '../api.js';
import { card, loading } from '../ui.js';

/** Renders a merchant picker into main and answers false when no merchant is chosen. */
export async function requireMerchant(context, page) {
  if (context.merchantId) return true;
  replace(context.main, loading());
  if (!context.session.roles.includes('ADMIN') && !context.session.roles.includes('ANALYST')) {
    replace(context.main, card(null, null, h('p', null, t('merchant.noMerchant'))));
    return false;
  }
  const merchants = await api.get('/api/v1/simulator/merchants', { size: 100 });
  if (!context.alive()) return false;
  replace(context.main, card(t('merchant.pick'), { id: 'merchant-picker' },
    h('ul', { class: 'merchant-list' }, (merchants.items || []).map((m) => h('li', null,
      h('a', { href: context.link(page, m.id) }, m.name || m.id), h('span', { class: 'muted' }, ' · ' + (m.city || '') + ' · ' + m.id))))));
  return false;
}

export function merchantPath(context, service, rest) {
  return '/api/v1/' + service + '/merchants/' + encodeURIComponent(context.merchantId) + rest;
}

/** A value from a settled promise, or null (the part that needed it says it is unavailable). */
export function settled(result) {
  return result.status === 'fulfilled' ? result.value : null;
}
