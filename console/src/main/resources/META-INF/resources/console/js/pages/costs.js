// Costs: structure against the previous period, break-even with what-ifs, benchmarks with their sources,
// and the fee audit with the overcharged sales.
import { h, replace, table } from '../dom.js';
import { t, label, yuan, date, number, percent } from '../i18n.js';
import * as api from '../api.js';
import { costDonut } from '../charts.js';
import { card, loading, errorBox, field, stat, claim } from '../ui.js';
import { requireMerchant, merchantPath } from './common.js';

export async function render(context) {
  if (!(await requireMerchant(context, 'costs'))) return;
  replace(context.main, loading());
  const [structure, benchmarks, audit] = await Promise.allSettled([
    api.get(merchantPath(context, 'costs', '/structure'), { compareTo: 'previous' }),
    api.get(merchantPath(context, 'costs', '/benchmarks')),
    api.get(merchantPath(context, 'costs', '/fee-audit')),
  ]);
  if (!context.alive()) return;
  if (structure.status === 'rejected') {
    replace(context.main, errorBox(structure.reason));
    return;
  }
  const s = structure.value;
  const donut = h('div', { class: 'chart', id: 'structure-chart', role: 'img', 'aria-label': t('costs.structure') });
  const breakEvenOut = h('div', { id: 'break-even' }, loading());
  replace(context.main, h('div', { class: 'grid' },
    card(t('costs.structure'), { class: 'card wide', id: 'structure-card' },
      h('p', { class: 'muted small' }, t('cost.period', { from: date(s.from), to: date(s.to) })),
      h('div', { class: 'stats' }, stat(t('cost.revenue'), yuan(s.revenue, 0)), stat(t('cost.grossMargin'), percent(s.grossMarginPct)),
        stat(t('cost.netMargin'), percent(s.netMarginPct))),
      h('div', { class: 'split' }, donut, table([t('costs.category'), t('costs.amount'), t('costs.share'), t('costs.change')],
        (s.categories || []).map((c) => [label('category', c.category), yuan(c.amount, 0), percent(c.sharePct),
          c.changePct === null || c.changePct === undefined ? '—' : (Number(c.changePct) > 0 ? '+' : '') + percent(c.changePct)]),
        { class: 'numeric' }))),
    breakEvenCard(context, breakEvenOut),
    benchmarks.status === 'fulfilled' ? benchmarkCard(benchmarks.value) : card(t('costs.benchmarks'), null, errorBox(benchmarks.reason)),
    audit.status === 'fulfilled' ? auditCard(audit.value) : card(t('costs.feeAudit'), null, errorBox(audit.reason))));
  costDonut(donut, s.categories || []);
  await loadBreakEven(context, breakEvenOut, {});
}

function breakEvenCard(context, out) {
  const rent = h('input', { type: 'number', id: 'be-rent', step: '1', placeholder: '0' });
  const cogs = h('input', { type: 'number', id: 'be-cogs', step: '1', placeholder: '0' });
  const fee = h('input', { type: 'number', id: 'be-fee', step: '0.1', placeholder: '0' });
  const form = h('form', { class: 'form-grid', on: { submit: (event) => {
    event.preventDefault();
    loadBreakEven(context, out, { rentChangePct: rent.value, cogsChangePct: cogs.value, feeRateChangePct: fee.value });
  } } }, field(t('costs.rent'), rent), field(t('costs.cogs'), cogs), field(t('costs.fee'), fee),
  h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, t('whatif.submit'))));
  return card(t('costs.breakEven'), { class: 'card wide', id: 'break-even-card' }, form, out);
}

async function loadBreakEven(context, out, params) {
  const current = claim(out, context);
  replace(out, loading());
  try {
    const r = await api.get(merchantPath(context, 'costs', '/break-even'), params);
    if (!current()) return;
    const row = (name, s) => [name, s.reachable ? yuan(s.breakEvenRevenuePerMonth, 0) : t('costs.unreachable'),
      s.reachable ? yuan(s.breakEvenRevenuePerDay, 0) : '—', s.reachable ? number(s.breakEvenOrdersPerDay, 1) : '—',
      percent(s.safetyMarginPct), yuan(s.profitPerMonth, 0)];
    replace(out, table(['', t('costs.perMonth'), t('costs.perDay'), t('costs.orders'), t('costs.safety'), t('costs.profit')],
      [row(t('whatif.base'), r.base), ...(r.whatIf ? [row(t('whatif.scenario'), r.whatIf)] : [])], { class: 'numeric' }));
  } catch (error) {
    if (current()) replace(out, errorBox(error));
  }
}

function benchmarkCard(report) {
  return card(t('costs.benchmarks'), { class: 'card wide', id: 'benchmarks-card' },
    table([t('costs.ratio'), t('costs.value'), t('costs.range'), t('costs.assessment'), t('costs.source')],
      (report.ratios || []).map((r) => [r.label || r.ratio, h('span', { class: 'nowrap' }, percent(r.value)),
        h('span', { class: 'nowrap' }, percent(r.low) + ' – ' + percent(r.high)),
        h('span', { class: r.favourable ? 'good' : 'bad' }, r.assessment || r.position || ''),
        h('span', null, r.source ? [r.source.publisher, r.source.title, r.source.year].filter(Boolean).join(', ') : '',
          r.estimate ? h('span', { class: 'chip' }, t('costs.estimate')) : null)])));
}

function auditCard(report) {
  const channels = report.channels || [];
  const evidence = channels.flatMap((c) => (c.evidence || []).map((e) => [label('channel', c.channel), date(e.date),
    yuan(e.amount), yuan(e.fee), yuan(e.contractedFee), yuan(e.excess)]));
  return card(t('costs.feeAudit'), { class: 'card wide', id: 'fee-audit-card' },
    h('div', { class: 'stats' }, stat(t('costs.overcharge'), yuan(report.totalOverchargeYuan), null,
      { class: Number(report.totalOverchargeYuan) > 0 ? 'stat warn' : 'stat' })),
    table([t('costs.channel'), t('costs.contracted'), t('costs.effective'), t('costs.overcharge'), t('costs.overchargePerMonth'), t('costs.flagged')],
      channels.map((c) => [label('channel', c.channel), percent(c.contractedRatePct, 2), percent(c.effectiveRatePct, 2),
        yuan(c.overchargeYuan), yuan(c.overchargePerMonth), number(c.flaggedTransactions)]), { class: 'numeric' }),
    evidence.length ? h('details', null, h('summary', null, t('costs.flagged') + ' (' + evidence.length + ')'),
      table([t('costs.channel'), t('forecast.date'), t('tx.amount'), 'fee', t('costs.contracted'), t('costs.excess')], evidence,
        { class: 'numeric' })) : null);
}
