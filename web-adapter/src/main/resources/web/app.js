// OpenUp in the browser: a small single-page app over the JSON API, with hash routes
// (#/journey, #/reflect, …) so the server only ever serves index.html and these files.
import { onSafetyFirst, onSignedOut } from './js/api.js';
import { clear, h } from './js/dom.js';
import { loadJourney, loadSession, refreshJourney, signedOut, state } from './js/state.js';
import * as account from './js/views/account.js';
import * as auth from './js/views/auth.js';
import * as constraints from './js/views/constraints.js';
import * as home from './js/views/home.js';
import * as insights from './js/views/insights.js';
import * as invited from './js/views/invited.js';
import * as invitations from './js/views/invitations.js';
import * as moments from './js/views/moments.js';
import * as reflect from './js/views/reflect.js';
import { showSafety, wireQuickExit } from './js/views/safety.js';
import * as scenes from './js/views/scenes.js';
import * as settings from './js/views/settings.js';
import * as start from './js/views/start.js';
import * as talk from './js/views/talk.js';
import * as timeline from './js/views/timeline.js';
import * as unsubscribe from './js/views/unsubscribe.js';
import * as welcome from './js/views/welcome.js';

const POLL_MS = 10_000;
const AFTER_SIGN_IN = 'openup.afterSignIn';

/** Routes that need a journey, in the order of the navigation. */
const JOURNEY_ROUTES = {
  journey: ['Home', home.render],
  reflect: ['Ask & reframe', reflect.render],
  constraints: ['In the way', constraints.render],
  scenes: ['Scenes', scenes.render],
  invitations: ['Invitations', invitations.render],
  talk: ['Talk', talk.render],
  moments: ['Thanks', moments.render],
  insights: ['Insights', insights.render],
  timeline: ['Timeline', timeline.render],
};
/** What the navigation calls each journey page, for the pages that name other pages. */
const LABELS = Object.fromEntries(Object.entries(JOURNEY_ROUTES).map(([key, [label]]) => [key, label]));
const OPEN_ROUTES = { welcome: welcome.render, signin: auth.signIn, register: auth.register, invited: invited.render, forgot: auth.forgot, reset: auth.reset, confirm: auth.confirm, unsubscribe: unsubscribe.render };
/** Open routes that a signed-in member may follow too: a link from a mail works whoever is signed in. */
const FOR_ANYONE = new Set(['reset', 'confirm', 'unsubscribe']);
const SIGNED_IN_ROUTES = { start: start.render, join: start.render, account: account.render, settings: settings.render };

const main = document.getElementById('view');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
let current = null;
let poll = null;
let generation = 0;

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function afterSignIn() {
  await loadJourney();
  const next = sessionStorage.getItem(AFTER_SIGN_IN) || localStorage.getItem(auth.AFTER_CONFIRM);
  sessionStorage.removeItem(AFTER_SIGN_IN);
  localStorage.removeItem(auth.AFTER_CONFIRM);
  go(next || (state.journey ? '#/journey' : '#/start'));
}

/** Decides where a route may go, given who is signed in and whether they have a journey. */
function redirect(name, args) {
  if (!state.me) {
    if (OPEN_ROUTES[name]) return null;
    // the invited partner lands on a page written for them, not on the generic sign-up
    if (name === 'join' && args[0]) return `#/invited/${args.join('/')}`;
    // a first visit starts with what OpenUp is; a link deeper in asks to sign in
    return name === '' ? '#/welcome' : '#/signin';
  }
  if (name === 'invited' && args[0]) return `#/join/${args[0]}`;
  if (FOR_ANYONE.has(name)) return null;
  if (OPEN_ROUTES[name] || name === '') return state.journey ? '#/journey' : '#/start';
  if (JOURNEY_ROUTES[name] && !state.journey) return '#/start';
  if (name === 'start' && state.journey) return '#/journey';
  if (!JOURNEY_ROUTES[name] && !SIGNED_IN_ROUTES[name]) return state.journey ? '#/journey' : '#/start';
  return null;
}

async function route() {
  const [name = '', ...args] = location.hash.replace(/^#\/?/, '').split('/');
  const target = redirect(name, args);
  if (target) {
    go(target);
    return;
  }
  stop();
  const mine = ++generation;
  renderChrome(name);
  const view = JOURNEY_ROUTES[name]?.[1] || OPEN_ROUTES[name] || SIGNED_IN_ROUTES[name];
  main.setAttribute('aria-busy', 'true');
  try {
    if (JOURNEY_ROUTES[name]) {
      await refreshJourney();
      if (!state.journey) {
        go('#/start');
        return;
      }
    }
    const result = await view(main, { go, afterSignIn, labels: LABELS }, ...args);
    if (mine !== generation) {
      result?.dispose?.();
      return;
    }
    current = result || null;
    appendNextStep(name);
    main.querySelector('h1')?.focus({ preventScroll: true });
    if (current?.refresh) poll = setInterval(refresh, POLL_MS);
  } catch (error) {
    if (mine === generation && error.status !== 401) {
      clear(main, h('h1', { tabindex: -1 }, 'Something went wrong'),
        h('p', { role: 'alert' }, error.detail || 'This page could not be shown.'),
        h('p', {}, h('a', { href: '#/journey' }, 'Back to the start')));
    }
  } finally {
    main.removeAttribute('aria-busy');
  }
}

/** Each step's page ends with the natural next one (the last with what the insights show). */
function appendNextStep(name) {
  const at = home.STEPS.findIndex(([key]) => key === name);
  if (at < 0) return;
  const [key, title] = home.STEPS[at + 1] || ['insights', 'See what is working'];
  main.append(h('p', { class: 'next-step' }, h('a', { href: `#/${key}` }, `Next: ${title}`, h('span', { class: 'hint' }, ` (${LABELS[key]})`))));
}

/** Polls the current view so what the partner did shows up without a reload. */
async function refresh() {
  if (document.hidden) return; // nobody is looking; catch up when the page is seen again
  try {
    await refreshJourney();
    await current?.refresh?.();
  } catch {
    // a missed poll is fine; the next one tries again
  }
}

function stop() {
  clearInterval(poll);
  poll = null;
  current?.dispose?.();
  current = null;
}

function renderChrome(name) {
  nav.hidden = !state.journey || !state.me;
  if (!nav.hidden) {
    clear(nav, h('ul', {}, Object.entries(JOURNEY_ROUTES).map(([key, [label]]) =>
      h('li', {}, h('a', { href: `#/${key}`, 'aria-current': key === name ? 'page' : null }, label)))));
    // on a phone the row scrolls: keep the current step in sight
    nav.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }
  clear(who, state.me ? [
    h('a', { href: '#/account', class: 'who-name', 'aria-current': name === 'account' ? 'page' : null }, state.me.displayName),
    h('a', { href: '#/settings', id: 'settings-link', 'aria-current': name === 'settings' ? 'page' : null }, 'Settings'),
    h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: async () => { await account.signOut(); go('#/signin'); } }, 'Sign out'),
  ] : null);
  document.title = `${JOURNEY_ROUTES[name]?.[0] || { welcome: 'Welcome', signin: 'Sign in', register: 'Create an account', invited: 'You were invited', forgot: 'Forgot password', reset: 'New password', confirm: 'Confirm your address', unsubscribe: 'Stop mail', settings: 'Settings', start: 'Start', join: 'Join', account: 'Account' }[name] || ''} · OpenUp`;
}

onSignedOut(() => {
  if (!state.me) return;
  signedOut();
  stop();
  go('#/signin');
});

onSafetyFirst(showSafety);
wireQuickExit(document.getElementById('quick-exit'));

// the skip link moves focus without touching the hash the router listens to
document.getElementById('skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', route);
document.addEventListener('visibilitychange', () => {
  if (!document.hidden && poll) refresh();
});

(async () => {
  try {
    if (await loadSession()) await loadJourney();
  } catch {
    // the server is unreachable; the sign-in page will say so when used
  }
  route();
})();
