// Sign in and register. Both answer with the member and the CSRF token, and set the cookie.
import { post } from '../api.js';
import { clear, h, input, onSubmit } from '../dom.js';
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
    h('p', { class: 'switch' }, 'New here? ', h('a', { href: '#/register' }, 'Create an account')));
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
