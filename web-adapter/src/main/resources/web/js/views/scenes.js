// Step 3, set the scene: describe the times and places that make talking easier; the library is shared.
import { get, post, put } from '../api.js';
import { button, clear, h, input, note, onSubmit, select, textarea } from '../dom.js';
import { day, time } from '../format.js';
import { base, partnerName, state } from '../state.js';

/** The vocabulary's attributes, in the order and words a person thinks of them. */
export const ATTRIBUTES = [
  ['timeOfDay', 'Time of day'],
  ['place', 'Where'],
  ['movement', 'Moving or still'],
  ['music', 'Sound'],
  ['foodAndDrink', 'Food or drink'],
];

export async function render(root) {
  const [vocabulary, library] = await Promise.all([get('/api/v1/scene-vocabulary'), get(`${base()}/scenes`)]);
  const list = h('div', { class: 'stack', id: 'scene-list' });
  const status = h('div', { 'aria-live': 'polite' });
  let editing = null;

  const heading = h('h2', { id: 'scene-form-title' }, 'Describe a scene');
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Add to our scenes');
  const cancel = button('Cancel', { class: 'secondary', hidden: true, onclick: () => startEditing(null) });
  const form = onSubmit(h('form', { class: 'panel', id: 'scene-form', 'aria-labelledby': 'scene-form-title' },
    heading,
    input('Give it a name', { name: 'name', required: true, maxlength: 120, placeholder: 'For example: Sunday walk' }),
    h('div', { class: 'grid' }, ATTRIBUTES.map(([key, label]) => select(label, { name: key }, vocabulary[key] || [], 'Any'))),
    textarea('Anything else that helps (optional)', { name: 'notes', rows: 2 }),
    h('div', { class: 'actions' }, submit, cancel)),
  async (values) => {
    const draft = Object.fromEntries(['name', 'notes', ...ATTRIBUTES.map(([k]) => k)].map((k) => [k, values[k] || null]));
    if (editing) await put(`${base()}/scenes/${editing.sceneId}`, draft);
    else await post(`${base()}/scenes`, draft);
    status.replaceChildren(note(editing ? 'Saved.' : 'Added. You can suggest it when you invite a talk.'));
    startEditing(null);
    await load();
  });

  function startEditing(scene) {
    editing = scene;
    form.reset();
    if (scene) {
      form.elements.name.value = scene.name;
      form.elements.notes.value = scene.notes || '';
      ATTRIBUTES.forEach(([k]) => { form.elements[k].value = scene[k] || ''; });
    }
    heading.textContent = scene ? `Change "${scene.name}"` : 'Describe a scene';
    submit.textContent = scene ? 'Save changes' : 'Add to our scenes';
    cancel.hidden = !scene;
    if (scene) form.elements.name.focus();
  }

  clear(root,
    h('h1', { tabindex: -1 }, 'Set the scene'),
    h('p', { class: 'lead' }, 'Closeness depends on context. Some people talk more easily while walking, in the car, '
      + 'over tea, or late in the evening. Notice what works for you two, and choose it on purpose.'),
    form, status,
    h('section', { 'aria-labelledby': 'lib-title' }, h('h2', { id: 'lib-title' }, 'Your scenes'), list));

  function show(scenes) {
    clear(list, scenes.length ? scenes.map((s) => h('article', { class: 'card' },
      h('h3', {}, s.name),
      h('ul', { class: 'chips', 'aria-label': 'What makes this scene' },
        ATTRIBUTES.filter(([k]) => s[k]).map(([k, label]) => h('li', {}, h('span', { class: 'visually-hidden' }, `${label}: `), s[k]))),
      s.notes ? h('p', {}, s.notes) : null,
      h('p', { class: 'hint' }, s.authorId === state.journey.viewerId ? 'Added by you, ' : `Added by ${partnerName()}, `, time(s.describedAt, day)),
      h('div', { class: 'actions quiet' }, button('Change', { class: 'link', onclick: () => startEditing(s) }))))
      : h('p', { class: 'empty' }, 'No scenes yet. Think of a moment when talking felt easy, and start there.'));
  }

  async function load() {
    show((await get(`${base()}/scenes`)).scenes);
  }

  show(library.scenes);
  return {};
}
