// Tiny DOM helpers. Everything a person typed goes in as text nodes, never as HTML.
import { ApiError } from './api.js';

let counter = 0;
export const uid = (prefix) => `${prefix}-${++counter}`;

/** h('p', {class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, props, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  let initial;
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'value') initial = value; // set after the children, so a select has its options
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.setAttribute('class', value);
    else if (key in el && !tag.startsWith('svg:') && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  if (initial !== undefined) el.value = initial;
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A labelled control with room for a hint and an error message under it. */
function wrap(label, control, hint) {
  const id = control.id || (control.id = uid(control.name || 'f'));
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), hintEl, control, error);
}

/**
 * What the server accepts at most in each kind of field, so the page stops at the same place: inputs
 * by their type, text areas (the longest text the API keeps), and a question put to the partner
 * (the core's PartnerQuestions keeps it shorter than other texts).
 */
export const LIMITS = { email: 254, password: 200, text: 200, textarea: 2000, partnerQuestion: 1000 };
const NAME_LIMITS = { displayName: 80 };

export function input(label, attrs = {}, hint) {
  const limit = NAME_LIMITS[attrs.name] || LIMITS[attrs.type || 'text'];
  return counted(wrap(label, h('input', { type: 'text', maxlength: limit || null, ...attrs }), hint));
}

/** A text area, at most LIMITS.textarea characters unless told: the longest text the API keeps, said before, not after, sending. */
export function textarea(label, attrs = {}, hint) {
  return counted(wrap(label, h('textarea', { rows: 3, maxlength: LIMITS.textarea, ...attrs }), hint));
}

/**
 * A length counter under a text field with a limit, shown once the text nears it (the last fifth),
 * and said to screen readers only when it first shows and when the limit is reached.
 */
function counted(field) {
  const control = field.querySelector('input, textarea');
  const max = Number(control.getAttribute('maxlength'));
  if (!max || control.type === 'password' || control.type === 'email') return field;
  const counter = h('p', { class: 'counter hint', id: `${control.id}-count`, hidden: true });
  const said = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  let near = false;
  let full = false;
  control.addEventListener('input', () => {
    const length = control.value.length;
    counter.textContent = `${length} of ${max} characters`;
    counter.hidden = length < max * 0.8;
    if (!counter.hidden !== near) {
      near = !counter.hidden;
      said.textContent = near ? `${max - length} characters left` : '';
    }
    if ((length >= max) !== full) {
      full = length >= max;
      if (full) said.textContent = `That is the most this field takes: ${max} characters.`;
    }
  });
  field.append(counter, said);
  return field;
}

/** options: [{value, label}] or strings; `empty` adds a first "nothing chosen" option. */
export function select(label, attrs, options, empty, hint) {
  const control = h('select', attrs,
    empty ? h('option', { value: '' }, empty) : null,
    options.map((o) => (typeof o === 'string' ? h('option', { value: o }, o) : h('option', { value: o.value }, o.label))));
  return wrap(label, control, hint);
}

/** A checkbox with its label beside it. */
export function checkbox(label, attrs = {}) {
  const id = attrs.id || uid(attrs.name || 'c');
  return h('div', { class: 'check' }, h('input', { type: 'checkbox', id, ...attrs }), h('label', { for: id }, label));
}

/** A group of radio buttons in a fieldset with a legend. */
export function radios(legend, name, options, hint) {
  return h('fieldset', { class: 'radios' }, h('legend', {}, legend), hint ? h('p', { class: 'hint' }, hint) : null,
    h('div', { class: 'radio-row' }, options.map((o) => {
      const id = uid(name);
      return h('span', { class: 'radio' }, h('input', { type: 'radio', id, name, value: o.value, required: true }),
        h('label', { for: id }, o.label));
    })),
    h('p', { class: 'field-error', hidden: true, 'data-for': name }));
}

export function button(text, attrs = {}) {
  return h('button', { type: 'button', ...attrs }, text);
}

/**
 * Puts a result in its place and moves the focus to it (to a field in it, when it holds one to
 * copy), so keyboard and screen-reader users land on what just happened.
 */
export function announce(container, ...nodes) {
  container.replaceChildren(...nodes);
  const target = container.querySelector('input') || container.firstElementChild;
  if (!target) return;
  if (!target.matches('input, button, a')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** A status line that screen readers announce politely. */
export function note(text, kind = 'info') {
  return h('p', { class: `note note-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function clearProblems(form) {
  form.querySelectorAll('.field-error').forEach((e) => { e.hidden = true; e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => {
    e.removeAttribute('aria-invalid');
    const hint = document.getElementById(`${e.id}-hint`);
    if (hint) e.setAttribute('aria-describedby', hint.id); else e.removeAttribute('aria-describedby');
  });
  form.querySelector('.form-error')?.remove();
}

/** Shows a problem's detail next to the field it names, or at the top of the form. */
export function showProblem(form, error) {
  const detail = error instanceof ApiError ? error.detail : 'Something went wrong. Please try again.';
  const control = error.field && form.querySelector(`[name="${CSS.escape(error.field)}"]`);
  const slot = control && (control.type === 'radio'
    ? form.querySelector(`.field-error[data-for="${CSS.escape(error.field)}"]`)
    : document.getElementById(`${control.id}-error`));
  if (slot) {
    slot.textContent = detail;
    slot.hidden = false;
    if (control.type !== 'radio') {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [slot.id, control.getAttribute('aria-describedby')].filter(Boolean).join(' '));
    }
    control.focus();
  } else {
    form.prepend(h('p', { class: 'form-error', role: 'alert' }, detail));
  }
}

/**
 * Wires a form: the handler gets the form's values; while it runs the submit button is busy;
 * an ApiError lands next to its field. Returns the form.
 */
export function onSubmit(form, handler) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.dataset.busy) return;
    clearProblems(form);
    form.dataset.busy = '1';
    const buttons = form.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await handler(values(form), event.submitter);
    } catch (error) {
      // what signals danger was not kept, so it does not stay on the screen either; the note shows instead
      if (error.safety) form.reset();
      else showProblem(form, error);
    } finally {
      delete form.dataset.busy;
      buttons.forEach((b) => { b.disabled = false; });
    }
  });
  return form;
}

/** The form's values: trimmed strings, empty ones left out, checkboxes as booleans. */
export function values(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'checkbox') {
      if (el.dataset.list) { if (el.checked) (out[el.name] ||= []).push(el.value); } else out[el.name] = el.checked;
    } else if (el.type === 'radio') {
      if (el.checked) out[el.name] = el.value;
    } else if (el.value.trim() !== '') {
      out[el.name] = el.value.trim();
    }
  }
  return out;
}

/**
 * Renders a list keyed by id, keeping the nodes whose key did not change, so a poll never
 * wipes out what someone is typing in one of the items.
 */
export function keyed(container, items, keyOf, build) {
  const old = new Map([...container.children].filter((c) => c.dataset.key).map((c) => [c.dataset.key, c]));
  const next = items.map((item) => {
    const key = keyOf(item);
    const node = old.get(key) || build(item);
    node.dataset.key = key;
    return node;
  });
  if (next.length === container.children.length && next.every((n, i) => container.children[i] === n)) return;
  container.replaceChildren(...next);
}

const shown = new WeakMap();

/** Re-renders a container only when its data changed, so polling never moves focus needlessly. */
export function renderIfChanged(container, data, build) {
  const signature = JSON.stringify(data);
  if (shown.get(container) === signature) return;
  shown.set(container, signature);
  clear(container, build(data));
}
