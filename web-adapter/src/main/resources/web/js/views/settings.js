// Settings: one panel per plugin that offers any (email, say), drawn from what the server lists,
// so a new plugin's panel appears without a change here.
import { get, post } from '../api.js';
import { clear, h, note } from '../dom.js';

export async function render(root) {
  const { panels } = await get('/api/v1/settings');
  clear(root,
    h('h1', { tabindex: -1 }, 'Settings'),
    h('p', { class: 'lead' }, 'What reaches you outside OpenUp, and how. Nothing is on until you turn it on.'),
    panels.length ? panels.map(panel) : h('p', { class: 'empty' }, 'This OpenUp offers no settings yet.'));
}

function panel(p) {
  const status = h('div', { 'aria-live': 'polite' });
  const titleId = `settings-${p.plugin}-title`;
  return h('section', { class: 'panel', id: `settings-${p.plugin}`, 'aria-labelledby': titleId },
    h('h2', { id: titleId }, p.title),
    h('p', {}, p.description),
    p.switches.length ? h('fieldset', { class: 'switches' },
      h('legend', {}, `${p.title}: what to send me`),
      p.switches.map((s) => toggle(p, s, status))) : null,
    status);
}

function toggle(p, s, status) {
  const id = `setting-${p.plugin}-${s.key}`;
  const box = h('input', { type: 'checkbox', id, name: s.key, checked: s.on || null,
    'aria-describedby': s.hint ? `${id}-hint` : null });
  box.addEventListener('change', async () => {
    box.disabled = true;
    try {
      await post(`/api/v1/settings/${encodeURIComponent(p.plugin)}`, { key: s.key, on: box.checked });
      status.replaceChildren(note(`${box.checked ? 'On' : 'Off'}: ${s.label.toLowerCase()}.`));
    } catch (error) {
      box.checked = !box.checked;
      status.replaceChildren(note(error.detail || 'That could not be saved. Please try again.', 'error'));
    } finally {
      box.disabled = false;
    }
  });
  return h('div', {}, h('div', { class: 'check' }, box, h('label', { for: id }, s.label)),
    s.hint ? h('p', { class: 'hint', id: `${id}-hint` }, s.hint) : null);
}
