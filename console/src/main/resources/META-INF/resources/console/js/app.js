// The console's shell: sign-in, the header with navigation and the language switch, and a hash router
// (#/overview?merchant=...) so that the gateway serves one page and nothing else.
import { h, replace } from './dom.js';
import { t, lang, setLang } from './i18n.js';
import * as session from './session.js';
import * as api from './api.js';
import { disposeAll } from './charts.js';
import { errorBox } from './ui.js';
import * as overview from './pages/overview.js';
import * as cash from './pages/cash.js';
import * as costs from './pages/costs.js';
import * as compliance from './pages/compliance.js';
import * as data from './pages/data.js';
import * as portfolio from './pages/portfolio.js';

const PAGES = { overview, cash, costs, compliance, data, portfolio };
const NAV = ['overview', 'cash', 'costs', 'compliance', 'data', 'portfolio'];
const root = document.getElementById('app');
let generation = 0;
let loginMessage = null;

function parseHash() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path, search] = hash.split('?');
  return { page: path || 'overview', params: new URLSearchParams(search || '') };
}

/** The hash for a page, keeping the chosen merchant. */
export function link(page, merchantId) {
  return '#/' + page + (merchantId ? '?merchant=' + encodeURIComponent(merchantId) : '');
}

function languageButton() {
  return h('button', {
    type: 'button', class: 'link-button lang-switch', id: 'lang-switch', 'aria-label': t('lang.switchLabel'),
    on: { click: () => { setLang(lang() === 'zh' ? 'en' : 'zh'); render(); } },
  }, t('lang.switch'));
}

function renderLogin() {
  disposeAll();
  const username = h('input', { id: 'login-username', name: 'username', autocomplete: 'username', required: true, maxlength: 100 });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxlength: 200 });
  const message = h('p', { class: 'form-message', id: 'login-message', role: 'alert' }, loginMessage ? t(loginMessage) : '');
  const submit = h('button', { type: 'submit', id: 'login-submit', class: 'primary' }, t('login.submit'));
  const form = h('form', {
    class: 'login-form', id: 'login-form', novalidate: true,
    on: {
      submit: async (event) => {
        event.preventDefault();
        submit.disabled = true;
        replace(message, '');
        try {
          const answer = await api.request('POST', '/auth/login', {
            anonymous: true, json: { username: username.value, password: password.value },
          });
          session.start(answer.access_token);
          loginMessage = null;
          if (!parseHash().page || parseHash().page === 'login') window.location.hash = link('overview');
          render();
        } catch (error) {
          if (error.status === 401) replace(message, t('login.failed'));
          else if (error.status === 429) replace(message, t('login.throttled', { s: error.retryAfter || 60 }));
          else if (error.status === 400) replace(message, t('login.failed'));
          else replace(message, errorBox(error));
          password.value = '';
          submit.disabled = false;
        }
      },
    },
  },
  h('h1', null, t('login.title')),
  h('label', { class: 'field' }, h('span', null, t('login.username')), username),
  h('label', { class: 'field' }, h('span', null, t('login.password')), password),
  submit, message, h('p', { class: 'hint' }, t('login.hint')));
  replace(root, h('div', { class: 'login-page' },
    h('div', { class: 'login-top' }, languageButton()),
    h('div', { class: 'login-brand' }, h('div', { class: 'brand-mark' }, '¥'), h('div', null,
      h('div', { class: 'brand-title' }, t('app.title')), h('div', { class: 'brand-subtitle' }, t('app.subtitle')))),
    form));
  username.focus();
}

function renderShell(live, route) {
  const staff = session.isStaff(live);
  const merchantId = route.params.get('merchant') || (staff ? null : live.merchantId);
  const nav = h('nav', { class: 'nav', 'aria-label': t('app.title') },
    NAV.filter((page) => page !== 'portfolio' || staff).map((page) => h('a', {
      href: link(page, route.params.get('merchant')), class: page === route.page ? 'active' : null,
      'aria-current': page === route.page ? 'page' : null, id: 'nav-' + page,
    }, t('nav.' + page))));
  const signOut = h('button', {
    type: 'button', class: 'link-button', id: 'sign-out',
    on: { click: () => session.end('signedOut') },
  }, t('signOut'));
  const main = h('main', { id: 'page', class: 'page' });
  replace(root,
    h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'brand-mark small' }, '¥'), t('app.title')),
      nav,
      h('div', { class: 'user' }, h('span', { class: 'user-name', id: 'user-name' }, t('signedInAs', { user: live.user })),
        languageButton(), signOut)),
    main);
  return { main, merchantId };
}

function render() {
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
  document.title = t('app.title');
  const live = session.current();
  if (!live) {
    renderLogin();
    return;
  }
  const route = parseHash();
  if (!PAGES[route.page] || (route.page === 'portfolio' && !session.isStaff(live))) {
    window.location.replace(link('overview', route.params.get('merchant')));
    return;
  }
  disposeAll();
  const { main, merchantId } = renderShell(live, route);
  const mine = ++generation;
  const context = {
    main, session: live, merchantId, params: route.params, link,
    alive: () => mine === generation && main.isConnected,
  };
  PAGES[route.page].render(context).catch((error) => {
    if (context.alive()) replace(main, errorBox(error));
  });
}

session.onEnd((reason) => {
  loginMessage = reason === 'signedOut' ? 'login.signedOut' : 'login.expired';
  render();
});
window.addEventListener('hashchange', render);
setLang(lang());
render();
