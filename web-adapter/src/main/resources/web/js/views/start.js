// No journey yet: start one, or join the partner's with their code (#/join/CODE fills it in).
// With a code, joining is the one primary action; starting a journey of one's own stays a quiet
// second choice.
import { post } from '../api.js';
import { clear, h, input, onSubmit } from '../dom.js';
import { setJourney, state } from '../state.js';

export function render(root, { go }, code) {
  const joinFirst = Boolean(code);
  const joinMain = joinFirst || Boolean(state.journey); // the one primary action on the page
  const join = h('section', { class: 'panel', 'aria-labelledby': 'join-title' },
    h('h2', { id: 'join-title' }, 'Join your partner'),
    h('p', {}, joinFirst
      ? 'Your partner\'s code is filled in. Join, and you will see what they invite you to, whenever you choose to look.'
      : 'Did your partner give you a code? Enter it here to join their journey.'),
    onSubmit(h('form', { id: 'join-form' },
      input('Code from your partner', { name: 'code', required: true, autocomplete: 'off', spellcheck: 'false', value: code ? decodeURIComponent(code) : '' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: joinMain ? 'primary' : 'secondary' }, 'Join'))),
    async (values) => {
      await setJourney(await post('/api/v1/join', { code: values.code }));
      go('#/journey');
    }));
  const start = h('section', { class: joinFirst ? 'aside' : 'panel', 'aria-labelledby': 'start-title' },
    h('h2', { id: 'start-title' }, joinFirst ? 'Or start your own' : 'Start your own'),
    h('p', {}, 'Begin on your own. Everything works alone, and you can invite your partner later, if and when you like.'),
    onSubmit(h('form', { id: 'start-form' },
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: joinFirst ? 'secondary' : 'primary' }, 'Start a journey'))),
    async () => {
      await setJourney(await post('/api/v1/journeys'));
      go('#/journey');
    }));
  clear(root,
    h('h1', { tabindex: -1 }, state.journey ? 'Join a journey' : `Welcome, ${state.me.displayName}`),
    h('p', { class: 'lead' }, 'Opening up cannot be forced. It grows when the setting feels safe and the choice stays with the person opening up.'),
    joinFirst ? [join, state.journey ? null : start] : [state.journey ? null : start, join]);
}
