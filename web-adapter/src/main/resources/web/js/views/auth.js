// Sign in, register and the way back in. Each that signs in answers with the member and the CSRF
// token, and sets the cookie.
import { post } from '../api.js';
import { clear, h, input, note, onSubmit } from '../dom.js';
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
      clear(answer, note(sent.message));
      answer.firstChild.setAttribute('tabindex', '-1');
      answer.firstChild.focus();
    }),
    answer,
    h('p', { class: 'switch' }, h('a', { href: '#/signin' }, 'Back to signing in')));
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

export function register(root, { afterSignIn }) {
  clear(root,
    h('h1', { tabindex: -1 }, 'Create your account'),
    h('p', { class: 'lead' }, 'OpenUp helps you make it easier for your partner to open up: not by pushing, but by changing what is yours to change.'),
    onSubmit(h('form', { class: 'panel narrow', id: 'register-form' },
      accountFields(),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Create account'))),
    async (values) => {
      signedIn(await post('/api/v1/account', values));
      await afterSignIn();
    }),
    h('p', { class: 'switch' }, 'Already have an account? ', h('a', { href: '#/signin' }, 'Sign in')));
}
