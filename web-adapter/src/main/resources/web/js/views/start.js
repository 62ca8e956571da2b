// No journey yet: start one, or join the partner's with their code (#/join/CODE fills it in).
import { post } from '../api.js';
import { clear, h, input, onSubmit } from '../dom.js';
import { setJourney, state } from '../state.js';

export function render(root, { go }, code) {
  const joinFirst = Boolean(code);
  const join = h('section', { class: 'panel', 'aria-labelledby': 'join-title' },
    h('h2', { id: 'join-title' }, 'Join your partner'),
    h('p', {}, 'Did your partner give you a code? Enter it here to join their journey.'),
    onSubmit(h('form', { id: 'join-form' },
      input('Code from your partner', { name: 'code', required: true, autocomplete: 'off', spellcheck: 'false', value: code ? decodeURIComponent(code) : '' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Join'))),
    async (values) => {
      await setJourney(await post('/api/v1/join', { code: values.code }));
      go('#/journey');
    }));
  const start = h('section', { class: 'panel', 'aria-labelledby': 'start-title' },
    h('h2', { id: 'start-title' }, 'Start your own'),
    h('p', {}, 'Begin on your own. Everything works alone, and you can invite your partner later, if and when you like.'),
    onSubmit(h('form', { id: 'start-form' },
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Start a journey'))),
    async () => {
      await setJourney(await post('/api/v1/journeys'));
      go('#/journey');
    }));
  clear(root,
    h('h1', { tabindex: -1 }, state.journey ? 'Join a journey' : `Welcome, ${state.me.displayName}`),
    h('p', { class: 'lead' }, 'Opening up cannot be forced. It grows when the setting feels safe and the choice stays with the person opening up.'),
    joinFirst ? [join, state.journey ? null : start] : [state.journey ? null : start, join]);
}
