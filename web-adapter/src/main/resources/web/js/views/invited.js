// The invitation link's page, for the partner who was invited: who asked them, what OpenUp is,
// what stays in their hands, and one form that makes their account and joins the journey.
import { post } from '../api.js';
import { clear, h, onSubmit } from '../dom.js';
import { setJourney, signedIn } from '../state.js';
import { AFTER_CONFIRM, accountFields, awaitingMail } from './auth.js';

const AFTER_SIGN_IN = 'openup.afterSignIn';

export function render(root, { go }, code, from) {
  const who = from ? decodeURIComponent(from).slice(0, 60) : null;
  const joinCode = decodeURIComponent(code || '');
  clear(root,
    h('h1', { tabindex: -1 }, who ? `${who} invited you to OpenUp` : 'You were invited to OpenUp'),
    h('p', { class: 'lead' }, `${who || 'Your partner'} would like the two of you to talk a little more easily. `
      + 'OpenUp is a quiet place for that, and nothing in it is meant to push you.'),
    h('section', { class: 'panel soft', 'aria-labelledby': 'yours-title' },
      h('h2', { id: 'yours-title' }, 'What stays in your hands'),
      h('ul', {},
        h('li', {}, 'When and where you talk: you choose the time and the place, or say "not now". No reason is needed.'),
        h('li', {}, 'How long: talks start short, a few minutes, and grow only if they feel good.'),
        h('li', {}, 'What you share: your notes, ratings and answers are yours alone unless you choose to share them.'),
        h('li', {}, 'Leaving: you can leave, or have everything of yours forgotten, at any time.'))),
    onSubmit(h('form', { class: 'panel narrow', id: 'invited-form' },
      h('h2', {}, 'Join with a new account'),
      accountFields(),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Create my account and join'))),
    async (values, submitter) => {
      const answer = await post('/api/v1/account', values);
      // with mail, joining waits for the address to be confirmed, in this browser or by following the invitation again
      if (awaitingMail(submitter.closest('form'), answer)) {
        localStorage.setItem(AFTER_CONFIRM, `#/join/${encodeURIComponent(joinCode)}`);
        return;
      }
      signedIn(answer);
      await setJourney(await post('/api/v1/join', { code: joinCode }));
      go('#/journey');
    }),
    h('p', { class: 'switch' }, 'Already have an account? ',
      h('a', { href: '#/signin', onclick: () => sessionStorage.setItem(AFTER_SIGN_IN, `#/join/${encodeURIComponent(joinCode)}`) },
        'Sign in, and you will join right after')));
}
