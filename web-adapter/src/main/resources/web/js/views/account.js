// The account: who is signed in, the name shown, a new password, signing out, leaving the journey, and being forgotten.
import { del, post, put } from '../api.js';
import { button, clear, h, input, note, onSubmit } from '../dom.js';
import { base, partner, partnerName, refreshJourney, signedOut, state } from '../state.js';

export function render(root, { go }) {
  const leaveBox = h('div');
  const signedInAs = h('p', { class: 'lead' }, `Signed in as ${state.me.displayName} (${state.me.email}).`);
  const nameStatus = h('div', { 'aria-live': 'polite', id: 'name-status' });
  clear(root,
    h('h1', { tabindex: -1 }, 'Your account'),
    signedInAs,
    h('section', { class: 'panel', 'aria-labelledby': 'name-title' },
      h('h2', { id: 'name-title' }, 'Your name'),
      onSubmit(h('form', { id: 'name-form' },
        input('The name you are shown by', { name: 'displayName', required: true, autocomplete: 'nickname', value: state.me.displayName },
          partner() ? `${partnerName()} sees it too.` : 'Your partner will see it if they join you.'),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save name')),
        nameStatus),
      async (values) => {
        const { displayName } = await put('/api/v1/account/name', { displayName: values.displayName });
        state.me.displayName = displayName;
        await refreshJourney();
        signedInAs.textContent = `Signed in as ${displayName} (${state.me.email}).`;
        document.querySelectorAll('a.who-name').forEach((link) => { link.textContent = displayName; });
        nameStatus.replaceChildren(note(`Saved. You are shown as ${displayName} now.`));
      })),
    h('section', { class: 'panel', 'aria-labelledby': 'pw-title' },
      h('h2', { id: 'pw-title' }, 'Change your password'),
      onSubmit(h('form', {},
        // lets password managers know whose password this is; no name, so it is never sent
        h('input', { type: 'email', autocomplete: 'username', value: state.me.email, hidden: true, tabindex: -1, 'aria-hidden': 'true' }),
        input('Current password', { type: 'password', name: 'currentPassword', autocomplete: 'current-password', required: true }),
        input('New password', { type: 'password', name: 'newPassword', autocomplete: 'new-password', required: true },
          'At least 10 characters. Other devices will be signed out.'),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Change password'))),
      async (values, submitter) => {
        await put('/api/v1/account/password', values);
        submitter.closest('form').reset();
        submitter.closest('form').append(note('Changed. Other devices are signed out now.'));
      })),
    h('section', { class: 'panel', 'aria-labelledby': 'out-title' },
      h('h2', { id: 'out-title' }, 'Sign out'),
      button('Sign out', { class: 'secondary', onclick: async () => { await signOut(); go('#/signin'); } })),
    state.journey ? h('section', { class: 'panel soft', 'aria-labelledby': 'leave-title' },
      h('h2', { id: 'leave-title' }, 'Leave the journey'),
      h('p', {}, partner()
        ? `If you leave, you and ${partnerName()} stop seeing each other's shared entries. You keep what you wrote, but cannot add more here.`
        : 'If you leave, you keep what you wrote, but cannot add more here.'),
      leaveBox,
      button('Leave this journey', {
        class: 'secondary',
        onclick: (event) => {
          event.target.hidden = true;
          clear(leaveBox, h('p', {}, 'Are you sure?'), h('div', { class: 'actions' },
            button('Yes, leave', { class: 'danger', onclick: async () => {
              try {
                await post(`${base()}/leave`);
                state.journey = null;
                go('#/start');
              } catch (error) {
                leaveBox.append(note(error.detail, 'error'));
              }
            } }),
            button('No, stay', { class: 'secondary', onclick: () => { leaveBox.replaceChildren(); event.target.hidden = false; } })));
        },
      })) : null,
    h('section', { class: 'panel soft', 'aria-labelledby': 'forget-title' },
      h('h2', { id: 'forget-title' }, 'Forget me'),
      h('p', {}, 'This deletes your account and destroys the key that protects everything you wrote, so nobody can read it again, '
        + 'not even whoever runs this server. Dates and counts stay, so your partner\'s own notes still make sense; '
        + 'where your words were, they will see "[forgotten]". This cannot be undone: download your data first if you want to keep it.'),
      onSubmit(h('form', { id: 'forget-form' },
        h('input', { type: 'email', autocomplete: 'username', value: state.me.email, hidden: true, tabindex: -1, 'aria-hidden': 'true' }),
        input('Your password, to confirm', { type: 'password', name: 'password', autocomplete: 'current-password', required: true }),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger' }, 'Forget me for good'))),
      async (values) => {
        await post('/api/v1/account/forget', values);
        signedOut();
        go('#/signin');
      })));
}

export async function signOut() {
  try {
    await del('/api/v1/session');
  } finally {
    signedOut();
  }
}
