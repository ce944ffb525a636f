// Compliance: run a check for a period and read each finding with its evidence, what to do and the
// rule's citation; then the outlook (near misses, chances of crossing next month, licence countdown).
import { h, replace, table } from '../dom.js';
import { t, label, yuan, date, localTime, number, ratioPercent } from '../i18n.js';
import * as api from '../api.js';
import { card, loading, errorBox, field, claim } from '../ui.js';
import { requireMerchant, merchantPath } from './common.js';

export async function render(context) {
  if (!(await requireMerchant(context, 'compliance'))) return;
  replace(context.main, loading());
  const daily = await api.get(merchantPath(context, 'simulator', '/daily'));
  if (!context.alive()) return;
  const to = daily.to || new Date().toISOString().slice(0, 10);
  const fromDefault = new Date(Date.parse(to + 'T00:00:00Z') - 89 * 86400000).toISOString().slice(0, 10);
  const from = h('input', { type: 'date', id: 'check-from', value: fromDefault });
  const until = h('input', { type: 'date', id: 'check-to', value: to });
  const result = h('div', { id: 'check-result', 'aria-live': 'polite' });
  const outlook = h('div', { id: 'outlook' }, loading());
  const form = h('form', { class: 'inline-form', on: { submit: async (event) => {
    event.preventDefault();
    const current = claim(result, context);
    replace(result, loading());
    try {
      const report = await api.post(merchantPath(context, 'compliance', '/checks'), { from: from.value, to: until.value });
      if (current()) replace(result, reportView(report));
    } catch (error) {
      if (current()) replace(result, errorBox(error));
    }
  } } }, field(t('compliance.from'), from), field(t('compliance.to'), until),
  h('button', { type: 'submit', class: 'primary', id: 'check-submit' }, t('compliance.check')));
  replace(context.main, h('div', { class: 'grid' },
    card(t('compliance.run'), { class: 'card wide', id: 'check-card' }, form, h('p', { class: 'muted small' }, t('compliance.note')), result),
    card(t('compliance.outlook'), { class: 'card wide', id: 'outlook-card' }, outlook)));
  try {
    const o = await api.get(merchantPath(context, 'compliance', '/outlook'));
    if (context.alive()) replace(outlook, outlookView(o));
  } catch (error) {
    if (context.alive()) replace(outlook, errorBox(error));
  }
}

function reportView(report) {
  const findings = report.findings || [];
  return h('div', null,
    h('p', { class: ['level', 'level-' + String(report.level).toLowerCase()] },
      t('compliance.report', { score: report.riskScore, level: label('level', report.level), n: number(report.transactionsEvaluated) })),
    findings.length ? h('ul', { class: 'plain-list findings' }, findings.map((f) => h('li', null,
      h('span', { class: ['chip', 'sev-' + String(f.severity).toLowerCase()] }, label('severity', f.severity)), ' ',
      h('strong', null, f.title), h('span', { class: 'muted' }, ' ' + date(f.from) + ' – ' + date(f.to)),
      f.detail ? h('div', null, f.detail) : null,
      f.whatItMeans ? h('div', null, h('em', null, t('compliance.whatItMeans') + '：'), f.whatItMeans) : null,
      f.howToFix ? h('div', null, h('em', null, t('compliance.howToFix') + '：'), f.howToFix) : null,
      f.citation ? h('div', { class: 'citation' }, t('compliance.citation', { citation: f.citation })) : null,
      (f.evidence || []).length ? h('details', null, h('summary', null, t('compliance.evidence') + ' (' + f.evidenceCount + ')'),
        table([t('tx.time'), t('tx.amount'), t('tx.kind'), t('tx.channel'), 'ID'],
          f.evidence.map((e) => [localTime(e.localTime), yuan(e.amount), label('kind', e.kind), label('channel', e.channel), e.externalId || '']))) : null)))
      : h('p', { class: 'muted' }, t('compliance.none')));
}

function outlookView(o) {
  return h('div', null,
    h('h3', null, t('compliance.nearMisses')),
    (o.nearMisses || []).length ? table(['', t('compliance.measured'), t('compliance.threshold')], o.nearMisses.map((n) => [n.title,
      number(n.measured, 2) + ' ' + (n.unit || ''), number(n.threshold, 2) + ' ' + (n.unit || '')])) : h('p', { class: 'muted' }, t('compliance.none')),
    h('h3', null, t('compliance.forecasts')),
    (o.forecasts || []).length ? table(['', t('compliance.probability')], o.forecasts.map((f) => [f.line + ' (' + f.month + ')',
      ratioPercent(f.probability)])) : h('p', { class: 'muted' }, '—'),
    h('h3', null, t('compliance.licences')),
    (o.licences || []).length ? table(['', t('compliance.validUntil'), t('compliance.remaining')], o.licences.map((l) => [label('licence', l.kind), date(l.validUntil),
      t('compliance.daysLeft', { n: l.daysUntilExpiry })])) : h('p', { class: 'muted' }, '—'));
}
