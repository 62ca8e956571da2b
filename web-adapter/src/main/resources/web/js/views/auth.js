// Sign in, register and the way back in. Each that signs in answers with the member and the CSRF
// token, and sets the cookie.
import { post } from '../api.js';
import { announce, clear, h, input, note, onSubmit } from '../dom.js';
import { signedIn } from '../state.js';

export function signIn(root, { afterSignIn }) {
  clear(root,
    h('h1', { tabindex: -1 }, 'Welcome back'),
    h('p', { class: 'lead' }, 'A quiet place to make room for the talks that matter.'),
    onSubmit(h('form', { class: 'panel narrow', id: 'signin-form' },
      input('Email', { type: 'email', name: 'email', autocomplete: 'email', required: true }),
      input('Password', { type: 'password', name: 'password', autocomplete: 'current-password', required: true }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Sign in'))),
    async (values) => {
      signedIn(await post('/api/v1/session', values));
      await afterSignIn();
    }),
    h('p', { class: 'switch' }, h('a', { href: '#/forgot' }, 'Forgot your password?')),
    h('p', { class: 'switch' }, 'New here? ', h('a', { href: '#/welcome' }, 'What OpenUp is'), ' · ',
      h('a', { href: '#/register' }, 'Create an account')));
}

/** Asks for a reset link. The answer reads the same whether the address has an account or not. */
export function forgot(root) {
  const answer = h('div', { 'aria-live': 'polite' });
  clear(root,
    h('h1', { tabindex: -1 }, 'Set a new password'),
    h('p', { class: 'lead' }, 'Give the address you sign in with. Everything you wrote stays as it is; only the password changes.'),
    onSubmit(h('form', { class: 'panel narrow', id: 'forgot-form' },
      input('Email', { type: 'email', name: 'email', autocomplete: 'email', required: true }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Get a link'))),
    async (values) => {
      const sent = await post('/api/v1/account/recovery', values);
      announce(answer, note(sent.message));
    }),
    answer,
    h('p', { class: 'switch' }, h('a', { href: '#/signin' }, 'Back to signing in')));
}

/** The page a confirmation link opens: one click (a mail scanner that opens links does not click), then signed in. */
export function confirm(root, { afterSignIn }, token) {
  clear(root,
    h('h1', { tabindex: -1 }, 'Confirm your address'),
    h('p', { class: 'lead' }, 'One step left: confirm that the address is yours, and your account is ready.'),
    onSubmit(h('form', { class: 'panel narrow', id: 'confirm-form' },
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Confirm my address'))),
    async () => {
      signedIn(await post('/api/v1/account/confirm', { token }));
      history.replaceState(null, '', '#/');
      await afterSignIn();
    }),
    h('p', { class: 'switch' }, 'Link expired? ', h('a', { href: '#/forgot' }, 'Ask for a new one')));
}

/** The page a reset link opens: a new password, then signed in (every other session has ended). */
export function reset(root, { afterSignIn }, token) {
  clear(root,
    h('h1', { tabindex: -1 }, 'Choose a new password'),
    h('p', { class: 'lead' }, 'Once it is set, you are signed out everywhere else: anyone who knew the old password is out.'),
    onSubmit(h('form', { class: 'panel narrow', id: 'reset-form' },
      input('New password', { type: 'password', name: 'newPassword', autocomplete: 'new-password', required: true },
        'At least 10 characters. A few unrelated words in a row work well.'),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Set password and sign in'))),
    async (values) => {
      signedIn(await post('/api/v1/account/password-reset', { token, newPassword: values.newPassword }));
      // the used link leaves the address bar and the history
      history.replaceState(null, '', '#/');
      await afterSignIn();
    }),
    h('p', { class: 'switch' }, 'Link expired? ', h('a', { href: '#/forgot' }, 'Ask for a new one')));
}

/** Name, email and password for a new account: the same fields wherever an account is made. */
export function accountFields() {
  return [
    input('What should we call you?', { name: 'displayName', autocomplete: 'nickname', required: true }),
    input('Email', { type: 'email', name: 'email', autocomplete: 'email', required: true }),
    input('Password', { type: 'password', name: 'password', autocomplete: 'new-password', required: true },
      'At least 10 characters. A few unrelated words in a row work well.'),
  ];
}

/** Where a page stored what should happen once a new address is confirmed (joining a partner, say). */
export const AFTER_CONFIRM = 'openup.afterConfirm';

/**
 * Where OpenUp sends mail, making an account answers "look in your mailbox" for every address:
 * the form gives way to that message. Returns whether it did.
 */
export function awaitingMail(form, answer) {
  if (!answer?.checkMail) return false;
  const place = h('div');
  form.replaceWith(place);
  announce(place, note(answer.message));
  return true;
}

export function register(root, { afterSignIn }) {
  clear(root,
    h('h1', { tabindex: -1 }, 'Create your account'),
    h('p', { class: 'lead' }, 'OpenUp helps you make it easier for your partner to open up: not by pushing, but by changing what is yours to change.'),
    onSubmit(h('form', { class: 'panel narrow', id: 'register-form' },
      accountFields(),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Create account'))),
    async (values, submitter) => {
      const answer = await post('/api/v1/account', values);
      if (awaitingMail(submitter.closest('form'), answer)) return;
      signedIn(answer);
      await afterSignIn();
    }),
    h('p', { class: 'switch' }, 'Already have an account? ', h('a', { href: '#/signin' }, 'Sign in')));
}
