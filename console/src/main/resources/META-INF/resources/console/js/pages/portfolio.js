// Portfolio (ANALYST/ADMIN): merchants with their risk level, runway and fee overcharge, sortable; a
// click opens a merchant's overview.
import { h, replace } from '../dom.js';
import { t, label, yuan } from '../i18n.js';
import * as api from '../api.js';
import { card, loading } from '../ui.js';

const LEVEL_ORDER = { HIGH: 3, MEDIUM: 2, LOW: 1 };

export async function render(context) {
  replace(context.main, loading());
  const page = await api.get('/api/v1/simulator/merchants', { size: 50 });
  if (!context.alive()) return;
  const rows = (page.items || []).map((m) => ({ id: m.id, name: m.name || m.id, city: m.city || '', level: null, runway: null, horizon: null, overcharge: null }));
  const body = h('tbody');
  let sortKey = 'name';
  let descending = false;
  const headers = [['name', t('portfolio.name')], ['city', t('portfolio.city')], ['level', t('portfolio.risk')],
    ['runway', t('portfolio.runway')], ['overcharge', t('portfolio.overcharge')]];
  const value = (row, key) => {
    if (key === 'level') return LEVEL_ORDER[row.level] || 0;
    // No likely shortfall within the horizon sorts as longer than it.
    if (key === 'runway') return row.runway === null && row.horizon ? row.horizon + 1 : row.runway;
    return row[key];
  };
  function draw() {
    const sorted = rows.slice().sort((a, b) => {
      const x = value(a, sortKey); const y = value(b, sortKey);
      const order = x === y ? 0 : x === null || x === undefined ? 1 : y === null || y === undefined ? -1 : x < y ? -1 : 1;
      return descending ? -order : order;
    });
    replace(body, sorted.map((row) => h('tr', null,
      h('td', null, h('a', { href: context.link('overview', row.id) }, row.name)),
      h('td', null, row.city),
      h('td', null, row.level ? h('span', { class: ['chip', 'sev-' + row.level.toLowerCase()] }, label('level', row.level)) : '…'),
      h('td', null, row.runway !== null ? String(row.runway) : row.horizon ? '> ' + row.horizon : '—'),
      h('td', null, row.overcharge === null ? '—' : yuan(row.overcharge)))));
  }
  const head = h('tr', null, headers.map(([key, text]) => h('th', { scope: 'col' }, h('button', {
    type: 'button', class: 'link-button', on: { click: () => {
      descending = sortKey === key ? !descending : key !== 'name' && key !== 'city';
      sortKey = key;
      draw();
    } },
  }, text))));
  replace(context.main, card(t('portfolio.title'), { class: 'card wide', id: 'portfolio-card' },
    h('p', { class: 'muted small' }, t('portfolio.sortHint')),
    h('div', { class: 'table-wrap' }, h('table', { id: 'portfolio' }, h('thead', null, head), body))));
  draw();
  // Reports a few at a time: each is one /merchant/analyze call.
  let next = 0;
  async function worker() {
    while (next < rows.length && context.alive()) {
      const row = rows[next++];
      try {
        const report = await api.get('/merchant/analyze', { merchantId: row.id });
        const cash = report.cash && report.cash.summary;
        const cost = report.cost && report.cost.summary;
        const compliance = report.compliance && report.compliance.summary;
        row.level = compliance ? compliance.level : null;
        row.runway = cash && cash.runwayDays !== undefined ? cash.runwayDays : null;
        row.horizon = cash ? cash.horizonDays : null;
        row.overcharge = cost ? cost.feeOverchargeYuan : null;
      } catch (e) {
        row.level = null;
      }
      if (context.alive()) draw();
    }
  }
  await Promise.all([worker(), worker(), worker()]);
}
