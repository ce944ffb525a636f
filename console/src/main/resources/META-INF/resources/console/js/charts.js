// Charts with Apache ECharts, from its WebJar (its dist/ is served at /console/vendor/echarts/). Canvas rendering and
// plain-text ("richText") tooltips: nothing a chart shows is ever parsed as HTML.
import * as echarts from '../vendor/echarts/echarts.esm.min.js';
import { lang, t, yuan, shortDate, date, label } from './i18n.js';

const live = new Set();
const palette = ['#1f6feb', '#e8590c', '#2f9e44', '#ae3ec9', '#f59f00', '#0c8599', '#c2255c', '#5c940d', '#868e96'];

window.addEventListener('resize', () => live.forEach((chart) => chart.resize()));

/** Disposes every chart (before a page is replaced). */
export function disposeAll() {
  live.forEach((chart) => chart.dispose());
  live.clear();
}

function draw(container, option) {
  const chart = echarts.init(container, null, { renderer: 'canvas', locale: lang() === 'zh' ? 'ZH' : 'EN' });
  chart.on('finished', () => {
    container.dataset.drawn = 'true';
  });
  chart.setOption({
    color: palette,
    textStyle: { fontFamily: 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' },
    animation: false,
    ...option,
  });
  live.add(chart);
  return chart;
}

function axisYuan(value) {
  const abs = Math.abs(value);
  if (abs >= 10000 && lang() === 'zh') return (value < 0 ? '−' : '') + '¥' + (abs / 10000).toFixed(abs >= 100000 ? 0 : 1) + '万';
  if (abs >= 1000000 && lang() !== 'zh') return (value < 0 ? '−' : '') + '¥' + Number((abs / 1000000).toFixed(2)) + 'M';
  if (abs >= 10000 && lang() !== 'zh') return (value < 0 ? '−' : '') + '¥' + (abs / 1000).toFixed(0) + 'k';
  return yuan(value, 0);
}

/** A filled band between lower[i] and upper[i], drawn once as one polygon over the category axis. */
function band(name, dates, lower, upper, color) {
  return {
    type: 'custom', name, silent: true, z: 1, clip: true, itemStyle: { color },
    dimensions: ['i', 'lower', 'upper'],
    encode: { x: 0, y: [1, 2] },
    data: dates.map((d, i) => [i, lower[i], upper[i]]),
    renderItem(params, api) {
      if (params.dataIndex !== 0) return null;
      const top = upper.map((v, i) => api.coord([i, v]));
      const bottom = lower.map((v, i) => api.coord([i, v])).reverse();
      return { type: 'polygon', shape: { points: top.concat(bottom) }, style: { fill: color } };
    },
  };
}

/**
 * The balance fan: expected balance, 80% and 95% bands, the floor, and the first day the balance is
 * more likely than not below it. points are the forecast's ({date, balance, balanceInterval: {80, 95}}).
 */
export function fanChart(container, points, floor, firstDateLikely) {
  const dates = points.map((p) => p.date);
  const mid = points.map((p) => Number(p.balance));
  const range = (level, side) => points.map((p) => {
    const interval = p.balanceInterval && p.balanceInterval[level];
    return interval ? Number(interval[side]) : Number(p.balance);
  });
  const lo95 = range('95', 'lower'); const hi95 = range('95', 'upper');
  const lo80 = range('80', 'lower'); const hi80 = range('80', 'upper');
  const marks = [];
  if (floor !== null && floor !== undefined) {
    marks.push({ yAxis: Number(floor), name: t('chart.floor'), lineStyle: { color: '#c92a2a', type: 'dashed' },
      label: { formatter: t('chart.floor') + ' ' + yuan(floor, 0), position: 'insideEndTop', color: '#c92a2a' } });
  }
  if (firstDateLikely && dates.includes(firstDateLikely)) {
    marks.push({ xAxis: firstDateLikely, lineStyle: { color: '#c92a2a' },
      label: { formatter: t('chart.likely') + ' ' + shortDate(firstDateLikely), color: '#c92a2a' } });
  }
  return draw(container, {
    grid: { left: 64, right: 24, top: 36, bottom: 40 },
    legend: { top: 0, data: [t('chart.expected'), t('chart.band80'), t('chart.band95')] },
    tooltip: {
      trigger: 'axis', renderMode: 'richText',
      formatter(items) {
        const i = items[0].dataIndex;
        return [date(dates[i]), t('chart.expected') + ': ' + yuan(mid[i], 0),
          t('chart.band80') + ': ' + yuan(lo80[i], 0) + ' – ' + yuan(hi80[i], 0),
          t('chart.band95') + ': ' + yuan(lo95[i], 0) + ' – ' + yuan(hi95[i], 0)].join('\n');
      },
    },
    xAxis: { type: 'category', data: dates, boundaryGap: false, axisLabel: { formatter: shortDate } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: axisYuan } },
    series: [
      band(t('chart.band95'), dates, lo95, hi95, 'rgba(31, 111, 235, 0.13)'),
      band(t('chart.band80'), dates, lo80, hi80, 'rgba(31, 111, 235, 0.25)'),
      { type: 'line', name: t('chart.expected'), data: mid, showSymbol: false, z: 3,
        lineStyle: { width: 2, color: '#1f6feb' }, itemStyle: { color: '#1f6feb' },
        markLine: { symbol: 'none', silent: true, data: marks } },
    ],
  });
}

/** Base against what-if balance, with the floor. */
export function scenarioChart(container, days, floor) {
  const dates = days.map((d) => d.date);
  return draw(container, {
    grid: { left: 64, right: 24, top: 36, bottom: 40 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis', renderMode: 'richText',
      formatter(items) {
        const i = items[0].dataIndex;
        return [date(dates[i]), t('chart.base') + ': ' + yuan(days[i].baseBalance, 0),
          t('chart.scenario') + ': ' + yuan(days[i].scenarioBalance, 0)].join('\n');
      },
    },
    xAxis: { type: 'category', data: dates, boundaryGap: false, axisLabel: { formatter: shortDate } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: axisYuan } },
    series: [
      { type: 'line', name: t('chart.base'), data: days.map((d) => Number(d.baseBalance)), showSymbol: false,
        markLine: floor === null || floor === undefined ? undefined : { symbol: 'none', silent: true,
          data: [{ yAxis: Number(floor), lineStyle: { color: '#c92a2a', type: 'dashed' },
            label: { formatter: t('chart.floor') + ' ' + yuan(floor, 0), position: 'insideEndTop', color: '#c92a2a' } }] } },
      { type: 'line', name: t('chart.scenario'), data: days.map((d) => Number(d.scenarioBalance)), showSymbol: false,
        lineStyle: { type: 'dashed', width: 2 } },
    ],
  });
}

/** Cost lines as a donut: [{category, amount}]. */
export function costDonut(container, lines) {
  const data = lines.filter((l) => Number(l.amount) > 0)
    .map((l) => ({ name: label('category', l.category), value: Number(l.amount) }));
  return draw(container, {
    tooltip: { trigger: 'item', renderMode: 'richText',
      formatter: (item) => item.name + ': ' + yuan(item.value, 0) + ' (' + item.percent + '%)' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [{ type: 'pie', radius: ['45%', '72%'], center: ['38%', '50%'], data,
      label: { formatter: '{d}%' }, avoidLabelOverlap: true }],
  });
}

/** Horizontal bars of yuan per month: [{name, value}]. */
export function yuanBars(container, bars) {
  const items = bars.slice().reverse();
  container.style.height = (40 + 36 * items.length) + 'px';
  return draw(container, {
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', renderMode: 'richText', formatter: (item) => item.name + ': ' + yuan(item.value, 0) },
    xAxis: { type: 'value', axisLabel: { formatter: axisYuan } },
    yAxis: { type: 'category', data: items.map((b) => b.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', data: items.map((b) => Number(b.value)), itemStyle: { color: '#e8590c' },
      label: { show: true, position: 'right', formatter: (item) => yuan(item.value, 0) } }],
  });
}

/** The risk score as a half gauge coloured by its level (MEDIUM also with any HIGH finding). */
export function riskGauge(container, score, level) {
  const colour = { HIGH: '#c92a2a', MEDIUM: '#e67700', LOW: '#2f9e44' }[level] || '#868e96';
  return draw(container, {
    series: [{
      type: 'gauge', startAngle: 200, endAngle: -20, min: 0, max: 100, radius: '95%', center: ['50%', '62%'],
      progress: { show: true, width: 14 }, pointer: { show: false }, axisTick: { show: false },
      splitLine: { show: false }, axisLabel: { show: false },
      axisLine: { lineStyle: { width: 14, color: [[0.4, '#d3f9d8'], [0.7, '#fff3bf'], [1, '#ffe3e3']] } },
      itemStyle: { color: colour },
      detail: { valueAnimation: false, fontSize: 30, offsetCenter: [0, '0%'], formatter: '{value}' },
      data: [{ value: score }],
    }],
  });
}
