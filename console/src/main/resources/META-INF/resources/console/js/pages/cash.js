// Cash: the daily forecast (chart and table), how accurate it has been, what drives the balance down,
// and a what-if form with the base and the scenario on one chart.
import { h, replace, table } from '../dom.js';
import { t, label, yuan, date, number, percent, ratioPercent } from '../i18n.js';
import * as api from '../api.js';
import { fanChart, scenarioChart } from '../charts.js';
import { card, loading, errorBox, field, claim } from '../ui.js';
import { requireMerchant, merchantPath } from './common.js';

const HORIZON = 90;
const CHANNELS = ['WECHAT_PAY', 'ALIPAY', 'UNIONPAY_CARD', 'DELIVERY_PLATFORM'];

export async function render(context) {
  if (!(await requireMerchant(context, 'cash'))) return;
  replace(context.main, loading());
  const [forecast, runway] = await Promise.all([
    api.get(merchantPath(context, 'cashflow', '/forecast'), { horizon: HORIZON, levels: '80,95' }),
    api.get(merchantPath(context, 'cashflow', '/runway'), { horizon: HORIZON }),
  ]);
  if (!context.alive()) return;
  const chart = h('div', { class: 'chart chart-tall', id: 'forecast-chart', role: 'img', 'aria-label': t('forecast.title') });
  const backtest = h('div', { id: 'backtest' }, loading());
  replace(context.main,
    h('div', { class: 'grid' },
      card(t('forecast.title'), { class: 'card wide', id: 'forecast-card' },
        h('p', { class: 'muted small' }, t('cash.model', { model: forecast.model })),
        runway.firstDateLikely
          ? h('p', { class: 'alert-line' }, t('cash.shortfall', { date: date(runway.firstDateLikely), floor: yuan(runway.floor, 0) }))
          : h('p', { class: 'ok-line' }, t('cash.noShortfall', { n: runway.horizonDays, floor: yuan(runway.floor, 0), p: ratioPercent(runway.maxProbability) })),
        chart,
        h('details', null, h('summary', null, t('forecast.title')), forecastTable(forecast))),
      whatIfCard(context, runway.floor),
      driversCard(runway),
      card(t('backtest.title'), { id: 'backtest-card' }, backtest)));
  fanChart(chart, forecast.points, runway.floor, runway.firstDateLikely);
  try {
    const result = await api.get(merchantPath(context, 'cashflow', '/backtest'), { horizon: 28, levels: '80,95' });
    if (context.alive()) replace(backtest, backtestTable(result));
  } catch (error) {
    if (context.alive()) replace(backtest, errorBox(error));
  }
}

function forecastTable(forecast) {
  return table([t('forecast.date'), t('forecast.inflow'), t('forecast.outflow'), t('forecast.net'), t('forecast.balance'), t('forecast.range95')],
    forecast.points.map((p) => {
      const interval = p.balanceInterval && p.balanceInterval['95'];
      return [date(p.date), yuan(p.inflow, 0), yuan(p.outflow, 0), yuan(p.net, 0), yuan(p.balance, 0),
        interval ? yuan(interval.lower, 0) + ' – ' + yuan(interval.upper, 0) : '—'];
    }), { class: 'numeric' });
}

function backtestTable(result) {
  const levels = result.levels || [];
  const rows = (result.models || []).map((m) => [
    m.method === result.chosen ? h('strong', null, m.method + ' (' + t('backtest.chosen') + ')') : m.method,
    number(m.mase, 2), percent(m.smape, 1),
    ...levels.map((level) => percent(m.coverage && m.coverage[String(level).replace(/\.0$/, '')], 0))]);
  const naive = (result.models || []).find((m) => m.method === 'SeasonalNaive');
  return h('div', null,
    result.note ? h('p', { class: 'muted' }, result.note) : null,
    table([t('backtest.method'), t('backtest.mase'), t('backtest.smape'),
      ...levels.map((level) => t('backtest.coverage', { level: String(level).replace(/\.0$/, '') }))], rows),
    naive ? h('p', { class: 'muted small' }, t('backtest.note', { naive: number(naive.mase, 2) })) : null);
}

function driversCard(runway) {
  const drivers = runway.drivers || [];
  return card(t('drivers.title'), { id: 'drivers-card' },
    drivers.length ? table([t('drivers.date'), t('drivers.kind'), t('drivers.amount'), t('drivers.description')],
      drivers.map((d) => [date(d.date), label('kind', d.kind), yuan(d.amount, 0), d.description || '']))
      : h('p', { class: 'muted' }, t('drivers.none')));
}

function whatIfCard(context, floor) {
  const revenue = h('input', { type: 'number', id: 'whatif-revenue', step: '1', min: '-99', max: '1000', placeholder: '-10' });
  const monthly = h('input', { type: 'number', id: 'whatif-monthly', step: '100', min: '0', placeholder: '5000' });
  const monthlyDay = h('input', { type: 'number', id: 'whatif-monthly-day', step: '1', min: '1', max: '31', value: '1' });
  const oneOffDate = h('input', { type: 'date', id: 'whatif-oneoff-date' });
  const oneOffAmount = h('input', { type: 'number', id: 'whatif-oneoff-amount', step: '100', min: '0' });
  const feeChannel = h('select', { id: 'whatif-fee-channel' }, h('option', { value: '' }, '—'),
    CHANNELS.map((c) => h('option', { value: c }, label('channel', c))));
  const feeRate = h('input', { type: 'number', id: 'whatif-fee-rate', step: '0.01', min: '0', max: '100', placeholder: '0.38' });
  const floorInput = h('input', { type: 'number', id: 'whatif-floor', step: '1000', value: floor === null || floor === undefined ? '' : String(Number(floor)) });
  const output = h('div', { id: 'whatif-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'form-grid', id: 'whatif-form', on: { submit: async (event) => {
    event.preventDefault();
    const body = { horizon: HORIZON };
    if (floorInput.value !== '') body.floor = Number(floorInput.value);
    if (revenue.value !== '') body.revenueChange = { percent: Number(revenue.value) };
    if (monthly.value !== '') body.newMonthlyCost = { amount: Number(monthly.value), dayOfMonth: Number(monthlyDay.value || 1) };
    if (oneOffDate.value && oneOffAmount.value !== '') body.oneOffPayments = [{ date: oneOffDate.value, amount: Number(oneOffAmount.value) }];
    if (feeChannel.value && feeRate.value !== '') body.channelFeeChanges = [{ channel: feeChannel.value, feeRatePercent: Number(feeRate.value) }];
    const current = claim(output, context);
    replace(output, loading());
    try {
      const answer = await api.post(merchantPath(context, 'cashflow', '/scenarios'), body);
      if (!current()) return;
      const chart = h('div', { class: 'chart chart-tall', id: 'whatif-chart', role: 'img', 'aria-label': t('whatif.title') });
      replace(output, outcomeTable(answer), chart);
      scenarioChart(chart, answer.days, answer.floor);
    } catch (error) {
      if (current()) replace(output, errorBox(error));
    }
  } } },
  field(t('whatif.revenue'), revenue), field(t('whatif.monthlyCost'), monthly), field(t('whatif.monthlyDay'), monthlyDay),
  field(t('whatif.oneOffDate'), oneOffDate), field(t('whatif.oneOffAmount'), oneOffAmount),
  field(t('whatif.feeChannel'), feeChannel), field(t('whatif.feeRate'), feeRate), field(t('whatif.floor'), floorInput),
  h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', id: 'whatif-submit' }, t('whatif.submit'))));
  return card(t('whatif.title'), { class: 'card wide', id: 'whatif-card' },
    h('p', { class: 'muted' }, t('whatif.help', { n: HORIZON })), form, output);
}

function outcomeTable(answer) {
  const row = (name, o) => [name, yuan(o.endBalance, 0), yuan(o.lowestBalance, 0) + ' (' + date(o.lowestDate) + ')',
    o.firstDateLikely ? date(o.firstDateLikely) : t('whatif.none')];
  return h('div', null,
    table(['', t('whatif.endBalance'), t('whatif.lowest'), t('whatif.firstLikely')],
      [row(t('whatif.base'), answer.base), row(t('whatif.scenario'), answer.scenario)], { id: 'whatif-table' }),
    h('p', null, t('whatif.difference') + ': ' + yuan(answer.endBalanceDifference, 0)));
}
