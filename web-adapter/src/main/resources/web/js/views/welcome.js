// The first page a newcomer sees: what OpenUp is, what it promises about privacy, that it works
// alone or together; then making an account or signing in.
import { clear, h } from '../dom.js';

export function render(root) {
  clear(root,
    h('h1', { tabindex: -1 }, 'Make it easier for your partner to open up'),
    h('p', { class: 'lead' }, 'OpenUp is a private companion for one thing: helping someone you love feel safe enough to talk. '
      + 'Not by pushing, but by changing what is yours to change.'),
    h('section', { class: 'panel', 'aria-labelledby': 'how-title' },
      h('h2', { id: 'how-title' }, 'How it works'),
      h('ol', { class: 'plain-steps' },
        h('li', {}, 'Turn "how do I get them to open up?" into "what is keeping them from it?"'),
        h('li', {}, 'Look at what might be in the way, with curiosity instead of blame.'),
        h('li', {}, 'Set the scene, invite a talk, and let your partner choose the time, or say not now.'),
        h('li', {}, 'Keep talks short and kind, and say thank you when they open up, even a little.'))),
    h('section', { class: 'panel', 'aria-labelledby': 'privacy-title' },
      h('h2', { id: 'privacy-title' }, 'Yours, and private'),
      h('p', {}, 'What you write is sealed under a key of your own. Your partner sees only what you choose to share, '
        + 'and nobody else sees anything. OpenUp never nags your partner for you and never reports on them.'),
      h('p', {}, 'You can export everything, and ask to be forgotten at any time.')),
    h('section', { class: 'panel', 'aria-labelledby': 'alone-title' },
      h('h2', { id: 'alone-title' }, 'On your own or together'),
      h('p', {}, 'Everything works alone. If and when it feels right, invite your partner with a one-time code; '
        + 'they get a page of their own that puts their choices first.')),
    h('div', { class: 'actions' },
      h('a', { href: '#/register', class: 'button primary', id: 'welcome-register' }, 'Create an account'),
      h('a', { href: '#/signin', class: 'button secondary', id: 'welcome-signin' }, 'I have an account')));
}
