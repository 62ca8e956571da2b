// Step 4, celebrate progress: note a moment your partner opened up, then say thank you, specifically.
import { get, post } from '../api.js';
import { button, clear, h, note, onSubmit, renderIfChanged, textarea } from '../dom.js';
import { day, time } from '../format.js';
import { base, partner, partnerName } from '../state.js';
import { thanksCard } from './waiting.js';

export async function render(root) {
  const after = h('div', { 'aria-live': 'polite' });
  const noticed = h('div', { class: 'stack', id: 'moments-noticed' });
  const received = h('div', { class: 'stack', id: 'thanks-received' });

  const form = onSubmit(h('form', { class: 'panel', id: 'moment-form' },
    textarea(`What did you notice ${partnerName()} share?`, { name: 'what', required: true, rows: 3 },
      'However small: a worry mentioned in passing, a story from their day. This note is only for you.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Keep this moment'))),
  async (values) => {
    const moment = await post(`${base()}/moments`, { what: values.what });
    form.reset();
    clear(after, thankForm(moment.momentId, moment.thankPrompt, values.what));
    after.querySelector('textarea').focus();
    load();
  });

  function thankForm(momentId, prompt, what) {
    const box = h('div', { class: 'panel soft' });
    return clear(box,
      h('h2', {}, 'Say thank you'),
      what ? h('p', { class: 'hint' }, `For: ${what}`) : null,
      h('p', {}, prompt || 'Tell them what you noticed, in a sentence or two. Specific thanks means the most.'),
      onSubmit(h('form', { id: 'thanks-form' },
        textarea(partner() ? `Your thanks to ${partnerName()}` : 'Your thanks (to say in person, too)', { name: 'thanks', required: true, rows: 2 },
          partner() ? `${partnerName()} will see your thanks, but not your note about the moment.` : null),
        h('div', { class: 'actions' },
          h('button', { type: 'submit', class: 'primary' }, partner() ? 'Send my thanks' : 'Keep my thanks'),
          button('Maybe later', { class: 'secondary', onclick: () => box.remove() }))),
      async (values) => {
        await post(`${base()}/moments/${momentId}/thanks`, { thanks: values.thanks });
        clear(box, note(partner() ? 'Sent. What we notice out loud tends to grow.' : 'Kept. What we notice out loud tends to grow.'));
        load();
      }));
  }

  clear(root,
    h('h1', { tabindex: -1 }, 'Celebrate progress'),
    h('p', { class: 'lead' }, 'When your partner opens up, even briefly, notice it and say thank you, specifically. '
      + 'It is not a reward or a score; it is noticing out loud.'),
    form, after,
    h('section', { 'aria-labelledby': 'noticed-title' }, h('h2', { id: 'noticed-title' }, 'Moments you noticed'), noticed),
    h('section', { 'aria-labelledby': 'received-title' }, h('h2', { id: 'received-title' }, 'Thanks you received'), received));

  async function load() {
    const [{ moments }, { thanks }] = await Promise.all([get(`${base()}/moments`), get(`${base()}/thanks-received`)]);
    renderIfChanged(noticed, moments, () => (moments.length ? moments.slice().reverse().map((m) => h('article', { class: 'card' },
      h('p', {}, m.what),
      h('p', { class: 'hint' }, 'Noticed ', time(m.notedAt, day)),
      m.thanks ? h('p', { class: 'thanks-given' }, 'You said: ', h('q', {}, m.thanks))
        : button('Say thank you', { class: 'link', onclick: () => { clear(after, thankForm(m.momentId, null, m.what)); after.querySelector('textarea').focus(); } })))
      : h('p', { class: 'empty' }, 'Nothing yet. Small moments count.')));
    renderIfChanged(received, thanks, () => (thanks.length ? thanks.slice().reverse().map(thanksCard)
      : h('p', { class: 'empty' }, 'Nothing yet.')));
  }

  await load();
  return { refresh: load };
}
