// Settings: the time zone times are shown in, then one panel per plugin that offers any (email,
// calendar, webhooks…), drawn from what the server lists, so a new plugin's panel appears without
// a change here: switches, what the member made there (to remove), and actions with at most one value.
import { del, get, post, put } from '../api.js';
import { announce, button, clear, h, input, note, onSubmit } from '../dom.js';
import { myZone } from '../state.js';

export async function render(root) {
  const [{ panels }, openness] = await Promise.all([get('/api/v1/settings'), get('/api/v1/me/weekly-openness')]);
  const opennessStatus = h('div', { 'aria-live': 'polite', id: 'settings-insights-status' });
  clear(root,
    h('h1', { tabindex: -1 }, 'Settings'),
    h('p', { class: 'lead' }, 'What reaches you outside OpenUp, and how. Nothing is on until you turn it on.'),
    h('section', { class: 'panel', 'aria-labelledby': 'zone-title' },
      h('h2', { id: 'zone-title' }, 'Time zone'),
      h('p', {}, `Times are shown in ${myZone().replace(/_/g, ' ')} time, taken from this device. `
        + 'When you travel, OpenUp follows the device you use.')),
    h('section', { class: 'panel', 'aria-labelledby': 'insights-title', id: 'settings-insights' },
      h('h2', { id: 'insights-title' }, 'Insights'),
      switchField('setting-weekly-openness', 'Show how open my talks felt, week by week', 'An average of your own ratings, 1 to 5. '
        + 'Off until you turn it on: a number can start to feel like a grade of your partner, and the method is about the setting, '
        + 'not a score.', openness.on, async (on) => ((await put('/api/v1/me/weekly-openness', { on })).on
        ? 'On: Insights shows how open your talks felt, each week.' : 'Off: Insights no longer shows it.'), opennessStatus),
      opennessStatus),
    panels.map((p) => panelSection(p)));
}

function panelSection(p) {
  const section = h('section', { class: 'panel', id: `settings-${p.plugin}`, 'aria-labelledby': `settings-${p.plugin}-title` });
  const status = h('div', { 'aria-live': 'polite', id: `settings-${p.plugin}-status` });
  fill(section, p, status);
  return section;
}

/** (Re)draws a panel; the status line survives, so what an action said stays readable. */
function fill(section, p, status) {
  const redraw = (panel) => fill(section, panel, status);
  clear(section,
    h('h2', { id: `settings-${p.plugin}-title` }, p.title),
    h('p', {}, p.description),
    p.switches.length ? h('fieldset', { class: 'switches' },
      h('legend', {}, `${p.title}: what to send me`),
      p.switches.map((s) => switchField(`setting-${p.plugin}-${s.key}`, s.label, s.hint, s.on, async (on) => {
        await post(`/api/v1/settings/${encodeURIComponent(p.plugin)}`, { key: s.key, on });
        return `${on ? 'On' : 'Off'}: ${s.label.toLowerCase()}.`;
      }, status))) : null,
    p.items.length ? h('ul', { class: 'items' }, p.items.map((item) => h('li', { class: 'card' },
      h('p', { class: 'item-label' }, item.label),
      h('p', { class: 'hint' }, item.detail),
      button('Remove', {
        class: 'secondary',
        'aria-label': `Remove ${item.label}`,
        onclick: async () => {
          const panel = await del(`/api/v1/settings/${encodeURIComponent(p.plugin)}/items/${encodeURIComponent(item.id)}`);
          status.replaceChildren(note(`Removed: ${item.label}.`));
          redraw(panel);
        },
      })))) : null,
    p.actions.map((action) => actionForm(p, action, status, redraw)),
    status);
}

function actionForm(p, action, status, redraw) {
  return onSubmit(h('form', { class: 'action', id: `settings-${p.plugin}-${action.key}` },
    action.fieldLabel ? input(action.fieldLabel, { name: 'value', required: true, autocomplete: 'off', maxlength: 2000 }) : null,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, action.label))),
  async (values) => {
    const { done, panel } = await post(`/api/v1/settings/${encodeURIComponent(p.plugin)}/actions/${encodeURIComponent(action.key)}`,
      action.fieldLabel ? { value: values.value } : {});
    redraw(panel);
    announce(status, note(done.message), done.secret ? secretBox(done.secret) : '');
  });
}

/** A value shown once, ready to copy. */
function secretBox(secret) {
  const field = h('input', { type: 'text', readonly: true, value: secret, class: 'secret', 'aria-label': 'Shown once: copy it now' });
  return h('div', { class: 'secret-box' }, field,
    button('Copy', {
      class: 'secondary',
      onclick: async (event) => {
        field.select();
        try {
          await navigator.clipboard.writeText(secret);
          event.target.textContent = 'Copied';
        } catch {
          event.target.textContent = 'Selected: copy it now';
        }
      },
    }));
}

/** A checkbox that saves itself: {@code save(on)} answers what to say; a failure puts the box back. */
function switchField(id, label, hint, on, save, status) {
  const box = h('input', { type: 'checkbox', id, checked: on || null, 'aria-describedby': hint ? `${id}-hint` : null });
  box.addEventListener('change', async () => {
    box.disabled = true;
    try {
      status.replaceChildren(note(await save(box.checked)));
    } catch (error) {
      box.checked = !box.checked;
      status.replaceChildren(note(error.detail || 'That could not be saved. Please try again.', 'error'));
    } finally {
      box.disabled = false;
    }
  });
  return h('div', {}, h('div', { class: 'check' }, box, h('label', { for: id }, label)),
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null);
}
