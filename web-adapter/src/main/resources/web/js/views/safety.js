// Safety before coaching, wherever a member writes: the note with where to turn, at the top of
// the page, in place of any answer; and a way to leave the app at once.
import { clear, h } from '../dom.js';

const NEUTRAL_PAGE = 'https://www.wikipedia.org/';

/** Plainly: this method is for safe relationships, what happened to the text, and where to turn. */
export function showSafety(safety) {
  const main = document.getElementById('view');
  document.getElementById('safety-note')?.remove();
  const panel = h('section', { class: 'panel safety', id: 'safety-note', 'aria-labelledby': 'safety-title', role: 'alert' },
    h('h2', { id: 'safety-title', tabindex: -1 }, 'Your safety comes first'),
    h('p', {}, safety.note),
    h('ul', { class: 'resources' }, safety.resources.map((r) =>
      h('li', {}, h('strong', {}, r.name), h('span', { class: 'contact' }, r.contact), h('span', { class: 'hint' }, r.description)))),
    h('p', { class: 'hint' }, 'The "Leave quickly" button at the top of every page takes you to another website at once. '
      + 'When you feel ready, you can resume your talk ladder on the Insights page.'));
  main.prepend(panel);
  panel.querySelector('h2').focus();
}

/** Leaves for a neutral page without a history entry to come back to; Escape twice does the same. */
export function wireQuickExit(button) {
  const leave = () => {
    clear(document.getElementById('view'));
    location.replace(NEUTRAL_PAGE);
  };
  button.addEventListener('click', leave);
  let lastEscape = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    if (now - lastEscape < 800) leave();
    lastEscape = now;
  });
}
