// Overview: the /merchant/analyze report as a shop owner reads it — cash fan chart, cost structure,
// compliance risk and the three actions worth most — each section honest about being stale or unavailable.
import { h, replace } from '../dom.js';
import { t, label, yuan, percent, ratioPercent, date, instant, number } from '../i18n.js';
import * as api from '../api.js';
import { fanChart, costDonut, yuanBars, riskGauge } from '../charts.js';
import { card, stat, loading, statusBadge, statusNote, errorBox } from '../ui.js';
import { requireMerchant, merchantPath, settled } from './common.js';

const HORIZONS = [30, 90];

export async function render(context) {
  if (!(await requireMerchant(context, 'overview'))) return;
  const horizon = HORIZONS.includes(Number(context.params.get('horizon'))) ? Number(context.params.get('horizon')) : 30;
  replace(context.main, loading());
  // A MERCHANT asks with its own id too, so that another merchant's id gets the API's 404 here.
  const [reportResult, forecastResult, rulesResult] = await Promise.allSettled([
    api.get('/merchant/analyze', { merchantId: context.merchantId, horizon }),
    api.get(merchantPath(context, 'cashflow', '/forecast'), { horizon, levels: '80,95' }),
    api.get('/api/v1/compliance/rules'),
  ]);
  if (!context.alive()) return;
  if (reportResult.status === 'rejected') {
    replace(context.main, errorBox(reportResult.reason));
    return;
  }
  const report = reportResult.value;
  const structure = report.cost && report.cost.summary
    ? await api.get(merchantPath(context, 'costs', '/structure'),
      { from: report.cost.summary.from, to: report.cost.summary.to }).catch(() => null)
    : null;
  if (!context.alive()) return;
  const citations = new Map();
  const rules = settled(rulesResult);
  if (rules && Array.isArray(rules.rules)) rules.rules.forEach((rule) => citations.set(rule.id, rule.citation));

  const merchant = report.merchant || {};
  const cashCard = cashSection(report.cash, forecastResult, horizon, context);
  const costCard = costSection(report.cost, structure);
  const complianceCard = complianceSection(report.compliance, citations);
  replace(context.main,
    h('div', { class: 'page-head' },
      h('h1', { id: 'merchant-name' }, merchant.name || merchant.id),
      h('p', { class: 'muted' }, [merchant.city, merchant.archetype, t('merchant.dataVersion', { v: merchant.dataVersion }),
        t('merchant.generatedAt', { t: instant(report.generatedAt, merchant.zoneId) })].filter(Boolean).join(' · ')),
    ),
    h('div', { class: 'grid' }, cashCard.node, costCard.node, complianceCard.node, actionsSection(report.topActions),
      risksSection(report.riskActions)));
  cashCard.draw();
  costCard.draw();
  complianceCard.draw();
}

function horizonSwitch(context, horizon) {
  return h('div', { class: 'segmented', role: 'group', 'aria-label': t('horizon.label') },
    HORIZONS.map((days) => h('a', {
      href: '#/overview?' + new URLSearchParams({ ...(context.params.get('merchant') ? { merchant: context.params.get('merchant') } : {}), horizon: days }),
      class: days === horizon ? 'active' : null, 'aria-current': days === horizon ? 'true' : null,
    }, t('horizon.days', { n: days }))));
}

function sectionHead(title, section, extra) {
  return h('div', { class: 'card-head' }, h('h2', null, title), statusBadge(section), extra || null);
}

function cashSection(section, forecastResult, horizon, context) {
  const summary = section && section.summary;
  const chart = h('div', { class: 'chart chart-tall', id: 'cash-chart', role: 'img', 'aria-label': t('cash.title') });
  const forecast = settled(forecastResult);
  const children = [sectionHead(t('cash.title'), section, horizonSwitch(context, horizon)), statusNote(section)];
  if (summary) {
    const lowest = summary.lowestBalance || {};
    const shortfall = summary.shortfall || {};
    children.push(h('div', { class: 'stats' },
      stat(t('cash.current'), yuan(summary.currentBalance)),
      stat(t('cash.projectedEnd', { n: summary.horizonDays }), yuan(summary.projectedBalanceEnd)),
      stat(t('cash.lowest'), yuan(lowest.mean), lowest.date ? t('cash.lowestAt', { date: date(lowest.date), low: yuan(lowest.lower95, 0) }) : null),
      stat(t('cash.runway'), summary.runwayDays === null || summary.runwayDays === undefined
        ? t('cash.runwayNone', { n: summary.horizonDays }) : t('horizon.days', { n: summary.runwayDays }))));
    children.push(shortfall.firstDateLikely
      ? h('p', { class: 'alert-line', id: 'shortfall' }, t('cash.shortfall', { date: date(shortfall.firstDateLikely), floor: yuan(shortfall.floor, 0) }))
      : h('p', { class: 'ok-line', id: 'shortfall' }, t('cash.noShortfall', {
        n: summary.horizonDays, floor: yuan(shortfall.floor, 0), p: ratioPercent(shortfall.maxProbability) })));
  }
  if (forecast && Array.isArray(forecast.points) && forecast.points.length) children.push(chart);
  else if (forecastResult.status === 'rejected') {
    children.push(h('p', { class: 'note note-unavailable' }, t('cash.chartUnavailable', { detail: forecastResult.reason.message })));
  }
  if (summary && summary.accuracy) {
    const a = summary.accuracy;
    children.push(h('p', { class: 'muted small' }, t('cash.accuracy', {
      mase: number(a.mase, 2), c80: percent(a.coverage80, 0), c95: percent(a.coverage95, 0) })));
  }
  if (summary && summary.model) children.push(h('p', { class: 'muted small' }, t('cash.model', { model: summary.model })));
  return {
    node: h('section', { class: 'card wide', id: 'section-cash', data: { status: section ? section.status : 'unavailable' } }, children),
    draw: () => {
      if (chart.isConnected) {
        const shortfall = (summary && summary.shortfall) || {};
        fanChart(chart, forecast.points, shortfall.floor, shortfall.firstDateLikely);
      }
    },
  };
}

function costSection(section, structure) {
  const summary = section && section.summary;
  const children = [sectionHead(t('cost.title'), section), statusNote(section)];
  const donut = h('div', { class: 'chart', id: 'cost-chart', role: 'img', 'aria-label': t('cost.title') });
  const leaksChart = h('div', { class: 'chart chart-short', id: 'leaks-chart', role: 'img', 'aria-label': t('cost.leaks') });
  const leaks = summary && Array.isArray(summary.topLeaks) ? summary.topLeaks : [];
  if (summary) {
    children.push(h('p', { class: 'muted small' }, t('cost.period', { from: date(summary.from), to: date(summary.to) })));
    children.push(h('div', { class: 'stats' },
      stat(t('cost.revenue'), yuan(summary.revenue, 0)),
      stat(t('cost.grossMargin'), percent(summary.grossMarginPct)),
      stat(t('cost.netMargin'), percent(summary.netMarginPct)),
      summary.primeCostPct !== null && summary.primeCostPct !== undefined ? stat(t('cost.primeCost'), percent(summary.primeCostPct)) : null,
      stat(t('cost.overcharge'), yuan(summary.feeOverchargeYuan), null, { class: Number(summary.feeOverchargeYuan) > 0 ? 'stat warn' : 'stat' })));
    if (structure && Array.isArray(structure.categories)) children.push(donut);
    children.push(h('h3', null, t('cost.leaks')));
    if (leaks.length) {
      children.push(leaksChart);
      children.push(h('ul', { class: 'plain-list', id: 'leaks' }, leaks.map((leak) => h('li', null,
        h('strong', null, label('category', leak.category)), ' — ', t('cost.leakTotal', { yuan: yuan(leak.amountYuan, 0) }),
        leak.detail ? h('div', { class: 'muted small' }, leak.detail) : null))));
    } else {
      children.push(h('p', { class: 'muted' }, t('cost.noLeaks')));
    }
  }
  return {
    node: h('section', { class: 'card', id: 'section-cost', data: { status: section ? section.status : 'unavailable' } }, children),
    draw: () => {
      if (donut.isConnected) costDonut(donut, structure.categories);
      if (leaksChart.isConnected) {
        yuanBars(leaksChart, leaks.map((leak) => ({ name: label('category', leak.category), value: leak.amountYuan })));
      }
    },
  };
}

function complianceSection(section, citations) {
  const summary = section && section.summary;
  const gauge = h('div', { class: 'chart chart-gauge', id: 'risk-chart', role: 'img', 'aria-label': t('compliance.score') });
  const children = [sectionHead(t('compliance.title'), section), statusNote(section)];
  if (summary) {
    children.push(h('div', { class: 'risk' }, gauge, h('div', null,
      h('div', { class: 'stat-label' }, t('compliance.score')),
      h('div', { class: ['level', 'level-' + String(summary.level).toLowerCase()], id: 'risk-level' },
        label('level', summary.level) + ' · ' + summary.riskScore),
      h('p', { class: 'muted small' }, t('cost.period', { from: date(summary.from), to: date(summary.to) })))));
    const findings = Array.isArray(summary.topFindings) ? summary.topFindings : [];
    children.push(h('h3', null, t('compliance.findings')));
    children.push(findings.length
      ? h('ul', { class: 'plain-list findings', id: 'findings' }, findings.map((finding) => h('li', null,
        h('span', { class: ['chip', 'sev-' + String(finding.severity).toLowerCase()] }, label('severity', finding.severity)),
        ' ', h('strong', null, finding.title),
        finding.detail ? h('div', null, finding.detail) : null,
        citations.get(finding.ruleId) ? h('div', { class: 'citation' }, t('compliance.citation', { citation: citations.get(finding.ruleId) })) : null)))
      : h('p', { class: 'muted' }, t('compliance.none')));
    children.push(h('p', { class: 'muted small' }, t('compliance.note')));
  }
  return {
    node: h('section', { class: 'card', id: 'section-compliance', data: { status: section ? section.status : 'unavailable' } }, children),
    draw: () => {
      if (gauge.isConnected) riskGauge(gauge, summary.riskScore, summary.level);
    },
  };
}

// Risks (compliance findings, a likely shortfall, missing records) are not savings: their own list, by level.
function risksSection(risks) {
  const list = Array.isArray(risks) ? risks : [];
  return card(t('risks.title'), { class: 'card wide', id: 'section-risks' },
    list.length
      ? h('ol', { class: 'actions' }, list.map((risk) => h('li', null,
        h('div', { class: 'action-head' }, h('strong', null, risk.title),
          h('span', { class: 'chip sev-' + String(risk.risk).toLowerCase() }, t('risks.level.' + risk.risk)),
          h('span', { class: 'chip' }, t('actions.section.' + risk.section))),
        risk.evidence ? h('div', { class: 'muted small' }, risk.evidence) : null)))
      : h('p', { class: 'muted' }, t('risks.none')));
}

function actionsSection(actions) {
  const list = Array.isArray(actions) ? actions.slice(0, 3) : [];
  return card(t('actions.title'), { class: 'card wide', id: 'section-actions' },
    list.length
      ? h('ol', { class: 'actions' }, list.map((action) => h('li', null,
        h('div', { class: 'action-head' }, h('strong', null, action.title),
          h('span', { class: 'chip' }, t('actions.section.' + action.section))),
        h('div', { class: 'action-worth' }, t('actions.worth', { yuan: yuan(action.monthlyImpactYuan, 0) })),
        action.evidence ? h('div', { class: 'muted small' }, action.evidence) : null,
        action.confidence !== null && action.confidence !== undefined
          ? h('div', { class: 'muted small' }, t('actions.confidence', { p: ratioPercent(action.confidence) })) : null)))
      : h('p', { class: 'muted' }, t('actions.none')));
}
