// The "stop all mail" link of a mail a plugin sent (#/unsubscribe/PLUGIN/TOKEN): works without
// signing in, and only ever turns mail off.
import { post } from '../api.js';
import { announce, clear, h, note } from '../dom.js';

export async function render(root, _nav, plugin, token) {
  clear(root,
    h('h1', { tabindex: -1 }, 'Stop mail from OpenUp'),
    h('p', { class: 'lead' }, 'One click, and OpenUp sends you no more of the mails you turned on. You can turn them back on in Settings.'),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', id: 'stop-mail', onclick: async (event) => {
      event.target.disabled = true;
      const result = root.querySelector('#stop-result');
      try {
        const done = await post(`/plugins/${encodeURIComponent(plugin)}/unsubscribe`, { token });
        announce(result, note(done.message));
      } catch (error) {
        announce(result, note(error.detail || 'That did not work. Please try again.', 'error'));
        event.target.disabled = false;
      }
    } }, 'Stop all mail')),
    h('div', { id: 'stop-result' }));
}
