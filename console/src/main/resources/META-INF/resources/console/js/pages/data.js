// Data: import a WeChat Pay / Alipay bill or our CSV by drag-and-drop, see what was stored, skipped as a
// duplicate, not booked (no money moved) or rejected (with each row's problem), and the latest day's
// transactions. A large file is imported as a job (202): its progress is followed until it is done. Imported text
// (descriptions, counterparties) is shown as text only. ADMIN can also create and simulate a merchant.
import { h, replace, table } from '../dom.js';
import { t, label, yuan, date, localTime, number } from '../i18n.js';
import * as api from '../api.js';
import { card, stat, loading, errorBox, field, claim } from '../ui.js';
import { requireMerchant, merchantPath } from './common.js';

const FORMATS = ['csv', 'wechat', 'alipay'];

export async function render(context) {
  const admin = context.session.roles.includes('ADMIN');
  if (!context.merchantId && admin) {
    replace(context.main, simulatorCard(context));
    const picker = h('div');
    context.main.appendChild(picker);
    const inner = { ...context, main: picker };
    await requireMerchant(inner, 'data');
    return;
  }
  if (!(await requireMerchant(context, 'data'))) return;
  const result = h('div', { id: 'import-result', 'aria-live': 'polite' });
  const recent = h('div', { id: 'recent-transactions' }, loading());
  // After an import the list is reloaded; until then it shows loading, never the list from before.
  const reload = () => {
    replace(recent, loading());
    return showRecent(context, recent);
  };
  replace(context.main, importCard(context, result, reload), result, recent,
    admin ? simulatorCard(context) : null);
  await showRecent(context, recent);
}

/** The service recognises the layout and encoding itself; a chosen format only narrows it down. */
function chosenFormat(chosen) {
  return chosen === 'auto' ? null : chosen;
}

/** Follows an import job until it is finished; its result has the same shape as an import answered at once. */
async function followImport(context, job, result, name) {
  for (;;) {
    if (job.state === 'SUCCEEDED' || job.state === 'FAILED') return job;
    const percent = (job.progress && job.progress.percent) || 0;
    replace(result, h('p', { class: 'loading', role: 'status' }, t('data.importing', { name }), ' ',
      h('progress', { id: 'import-progress', max: '100', value: String(percent) }), ' ', t('data.job', { percent })));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (!context.alive()) return null;
    job = await api.get('/api/v1/simulator/jobs/' + encodeURIComponent(job.id));
  }
}

function importCard(context, result, afterImport) {
  const format = h('select', { id: 'import-format', name: 'format' },
    h('option', { value: 'auto' }, t('data.format.auto')),
    FORMATS.map((f) => h('option', { value: f }, t('data.format.' + f))));
  const input = h('input', { type: 'file', id: 'import-file', accept: '.csv,.txt,.ndjson,.jsonl,text/csv', class: 'visually-hidden' });
  const zone = h('div', { class: 'dropzone', id: 'dropzone', tabindex: '0', role: 'button', 'aria-describedby': 'import-help' },
    h('div', { class: 'dropzone-icon' }, '⇪'),
    h('div', null, t('data.drop'), ' ', h('label', { for: 'import-file', class: 'link-button' }, t('data.choose'))),
    input);

  async function upload(file) {
    if (!file) return;
    replace(result, h('p', { class: 'loading', role: 'status' }, t('data.importing', { name: file.name })));
    const chosen = chosenFormat(format.value);
    const jsonLines = /\.(ndjson|jsonl)$/i.test(file.name);
    try {
      let answer = await api.request('POST', merchantPath(context, 'simulator', '/transactions:import'), {
        params: { format: chosen }, body: file,
        contentType: jsonLines ? 'application/x-ndjson' : 'text/csv',
      });
      if (answer && answer.type === 'IMPORT') {
        const job = await followImport(context, answer, result, file.name);
        if (!job) return;
        if (job.state === 'FAILED') {
          // nothing was stored; a result, when there is one, lists the rows that were wrong
          replace(result, card(null, { class: 'card', id: 'import-failed' },
            h('p', null, t('data.failed', { detail: (job.errors || []).join(' ') }))),
            job.result ? importResult(file.name, job.result) : null);
          return;
        }
        answer = job.result;
      }
      if (!context.alive()) return;
      replace(result, importResult(file.name, answer));
      afterImport();
    } catch (error) {
      if (!context.alive()) return;
      replace(result, card(null, { class: 'card', id: 'import-failed' }, h('p', null, t('data.failed', { detail: '' })), errorBox(error)));
    }
  }

  zone.addEventListener('click', (event) => {
    if (event.target === zone || event.target.classList.contains('dropzone-icon')) input.click();
  });
  input.addEventListener('change', () => upload(input.files[0]).finally(() => { input.value = ''; }));
  zone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.click();
    }
  });
  ['dragenter', 'dragover'].forEach((type) => zone.addEventListener(type, (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  }));
  ['dragleave', 'drop'].forEach((type) => zone.addEventListener(type, () => zone.classList.remove('dragging')));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];
    upload(file);
  });
  return card(t('data.title'), { id: 'import-card' },
    h('p', { class: 'muted', id: 'import-help' }, t('data.help')),
    field(t('data.format'), format), zone);
}

function importResult(name, answer) {
  const errors = Array.isArray(answer.errors) ? answer.errors : [];
  const skipped = Array.isArray(answer.skippedRows) ? answer.skippedRows : [];
  return card(t('data.result', { name }), { id: 'import-summary' },
    h('div', { class: 'stats' },
      stat(t('data.stored'), number(answer.stored), null, { id: 'import-stored', data: { value: answer.stored } }),
      stat(t('data.duplicates'), number(answer.duplicates), null, { id: 'import-duplicates', data: { value: answer.duplicates } }),
      stat(t('data.skipped'), number(answer.skipped || 0), null, { id: 'import-skipped', data: { value: answer.skipped || 0 } }),
      stat(t('data.rejected'), number(answer.rejected), null,
        { id: 'import-rejected', class: answer.rejected > 0 ? 'stat warn' : 'stat', data: { value: answer.rejected } })),
    skipped.length ? h('h3', null, t('data.skippedWhy')) : null,
    skipped.length ? table([t('data.message'), t('data.count'), t('data.line')],
      skipped.map((s) => [s.reason || '', number(s.count), (s.lines || []).join(', ')]), { id: 'import-skipped-rows' }) : null,
    errors.length ? h('h3', null, t('data.errors')) : null,
    errors.length ? table([t('data.line'), t('data.field'), t('data.message')],
      errors.map((e) => [String(e.line), e.field || '', e.message || '']), { id: 'import-errors' }) : null);
}

/** The latest day's transactions; only the newest of overlapping loads may write (an import reloads it). */
async function showRecent(context, container) {
  const current = claim(container, context);
  try {
    const daily = await api.get(merchantPath(context, 'simulator', '/daily'));
    if (!current()) return;
    if (!daily || !daily.to) {
      replace(container, card(null, null, h('p', { class: 'muted' }, t('data.noTransactions'))));
      return;
    }
    const page = await api.get(merchantPath(context, 'simulator', '/transactions'), { from: daily.to, to: daily.to, size: 200 });
    if (!current()) return;
    const items = page.items || [];
    replace(container, card(t('data.recent', { date: date(daily.to) }), { id: 'recent-card' },
      items.length ? table(
        [t('tx.time'), t('tx.amount'), t('tx.direction'), t('tx.kind'), t('tx.channel'), t('tx.counterparty'), t('tx.description')],
        items.slice().reverse().map((tx) => [localTime(tx.timestamp), yuan(tx.amount), label('direction', tx.direction),
          label('kind', tx.kind), label('channel', tx.channel), tx.counterpartyId || '', h('span', { class: 'tx-description' }, tx.description || '')]),
        { id: 'transactions' })
        : h('p', { class: 'muted' }, t('data.noTransactions'))));
  } catch (error) {
    if (current()) replace(container, errorBox(error));
  }
}

/** ADMIN: a new merchant from an archetype, then a simulation with its progress bar. */
function simulatorCard(context) {
  const archetype = h('select', { id: 'sim-archetype' });
  const name = h('input', { id: 'sim-name', maxlength: 100 });
  const city = h('input', { id: 'sim-city', maxlength: 60 });
  const createMessage = h('div', { 'aria-live': 'polite' });
  api.get('/api/v1/simulator/archetypes').then((list) => {
    (Array.isArray(list) ? list : list.items || []).forEach((a) => archetype.appendChild(
      h('option', { value: a.name }, (a.displayName || a.name) + ' (' + a.name + ')')));
  }).catch(() => {});
  const create = h('form', { class: 'inline-form', on: { submit: async (event) => {
    event.preventDefault();
    try {
      const created = await api.post('/api/v1/simulator/merchants', {
        archetype: archetype.value, ...(name.value ? { name: name.value } : {}), ...(city.value ? { city: city.value } : {}),
      });
      replace(createMessage, h('p', null, t('sim.created', { id: created.id }), ' ',
        h('a', { href: context.link('overview', created.id) }, created.name || created.id)));
      simulateFor.value = created.id;
    } catch (error) {
      replace(createMessage, errorBox(error));
    }
  } } }, field(t('sim.archetype'), archetype), field(t('sim.name'), name), field(t('sim.city'), city),
  h('button', { type: 'submit', class: 'primary' }, t('sim.create')));

  const today = new Date();
  const iso = (d) => d.toISOString().slice(0, 10);
  const simulateFor = h('input', { id: 'sim-merchant', value: context.merchantId || '', maxlength: 64 });
  const from = h('input', { type: 'date', id: 'sim-from', value: iso(new Date(today.getTime() - 120 * 86400000)) });
  const to = h('input', { type: 'date', id: 'sim-to', value: iso(new Date(today.getTime() - 86400000)) });
  const seed = h('input', { type: 'number', id: 'sim-seed', value: '42', min: '0' });
  const bar = h('progress', { id: 'sim-progress', max: '100', value: '0' });
  const progressText = h('span', { class: 'muted', 'aria-live': 'polite' });
  const jobMessage = h('div');
  const simulate = h('form', { class: 'inline-form', on: { submit: async (event) => {
    event.preventDefault();
    replace(jobMessage, '');
    try {
      const job = await api.post('/api/v1/simulator/merchants/' + encodeURIComponent(simulateFor.value) + '/simulations',
        { from: from.value, to: to.value, seed: Number(seed.value) });
      await follow(job.id);
    } catch (error) {
      replace(jobMessage, errorBox(error));
    }
  } } }, field('ID', simulateFor), field(t('sim.from'), from), field(t('sim.to'), to), field(t('sim.seed'), seed),
  h('button', { type: 'submit', class: 'primary' }, t('sim.start')));

  async function follow(jobId) {
    for (;;) {
      const job = await api.get('/api/v1/simulator/jobs/' + encodeURIComponent(jobId));
      const p = job.progress || {};
      bar.value = p.daysTotal ? Math.round((100 * p.daysDone) / p.daysTotal) : 0;
      replace(progressText, t('sim.state.' + job.state) + ' · ' + t('sim.progress', {
        done: number(p.daysDone), total: number(p.daysTotal), tx: number(p.transactionsStored) }));
      if (job.state === 'SUCCEEDED' || job.state === 'FAILED' || !bar.isConnected) {
        if (job.errors && job.errors.length) replace(jobMessage, h('ul', null, job.errors.map((e) => h('li', null, e))));
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  return card(t('sim.title'), { id: 'simulator-card' }, create, createMessage,
    h('h3', null, t('sim.run')), simulate, h('div', { class: 'progress-row' }, bar, progressText), jobMessage);
}
