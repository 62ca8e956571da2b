// Step 2: what might be in the way, from the catalogue or in your own words, with a
// compassionate question to sit with. Private until its author shares it.
import { get, post, put } from '../api.js';
import { button, checkbox, clear, h, input, note, onSubmit, select, textarea } from '../dom.js';
import { day, time } from '../format.js';
import { base, partner, partnerName } from '../state.js';

const OWN = 'own';

export async function render(root) {
  const { constraints: catalogue } = await get('/api/v1/constraint-catalogue');
  const about = h('div', { class: 'kind-about', 'aria-live': 'polite' });
  const result = h('div', { 'aria-live': 'polite' });
  const mineList = h('div', { class: 'stack', id: 'my-constraints' });
  const sharedList = h('div', { class: 'stack', id: 'shared-constraints' });

  const title = input('A short name for it', { name: 'title', maxlength: 120 });
  const kind = select('What might be in the way?', { name: 'kind', required: true },
    [...catalogue.map((c) => ({ value: c.key, label: c.title })), { value: OWN, label: 'Something else, in my own words' }], 'Choose one');
  const showKind = () => {
    const chosen = catalogue.find((c) => c.key === kind.querySelector('select').value);
    const own = kind.querySelector('select').value === OWN;
    title.hidden = !own;
    title.querySelector('input').required = own;
    clear(about, chosen ? [h('p', {}, chosen.description), h('p', { class: 'prompt' }, chosen.prompt)] : null);
  };
  kind.querySelector('select').addEventListener('change', showKind);
  showKind();

  const form = onSubmit(h('form', { class: 'panel', id: 'constraint-form' },
    kind, about, title,
    textarea('Your thoughts', { name: 'note', rows: 3 }, 'Only you can see this unless you choose to share it.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Keep this'))),
  async (values) => {
    const body = values.kind === OWN ? { title: values.title, note: values.note } : { kind: values.kind, note: values.note };
    const answer = await post(`${base()}/constraints`, body);
    clear(result, h('div', { class: 'panel soft' }, note('Kept, just for you.'),
      h('p', {}, 'A question to sit with:'), h('p', { class: 'prompt' }, answer.prompt)));
    form.reset();
    showKind();
    await load();
  });

  clear(root,
    h('h1', { tabindex: -1 }, 'Understand what is in the way'),
    h('p', { class: 'lead' }, 'Most people who find opening up hard learned it somewhere. Naming what might be in the way '
      + `is not an excuse for ${partnerName()}; it is a way to meet them with curiosity and patience, while still wanting closeness.`),
    form, result,
    h('section', { 'aria-labelledby': 'mine-title' }, h('h2', { id: 'mine-title' }, 'What you noted'), mineList),
    partner() ? h('section', { 'aria-labelledby': 'shared-title' }, h('h2', { id: 'shared-title' }, `What ${partnerName()} shared with you`), sharedList) : null);

  async function load() {
    const { constraints } = await get(`${base()}/constraints`);
    const mine = constraints.filter((c) => c.mine).reverse();
    const theirs = constraints.filter((c) => !c.mine).reverse();
    clear(mineList, mine.length ? mine.map(ownCard) : h('p', { class: 'empty' }, 'Nothing yet.'));
    clear(sharedList, theirs.length ? theirs.map((c) => h('article', { class: 'card' },
      h('h3', {}, c.title), c.note ? h('p', {}, c.note) : null,
      h('p', { class: 'hint' }, `Shared with you on `, time(c.notedAt, day), '. Something to hold with care.')))
      : h('p', { class: 'empty' }, `Nothing shared yet. ${partnerName()} shares only what they choose to.`));
  }

  function ownCard(c) {
    const status = h('div', { 'aria-live': 'polite' });
    const share = checkbox(partner() ? `Share with ${partnerName()}` : 'Share with my partner when they join', { name: 'shared', checked: c.shared });
    share.querySelector('input').addEventListener('change', async (event) => {
      try {
        await put(`${base()}/constraints/${c.constraintId}/sharing`, { shared: event.target.checked });
        // alone, nobody can read it yet: say what will happen, not what has not
        const shared = partner() ? `Shared. ${partnerName()} can read it now.`
          : 'Marked to share. If your partner joins you in OpenUp, they will be able to read it.';
        status.replaceChildren(note(event.target.checked ? shared : 'Private again.'));
      } catch (error) {
        event.target.checked = !event.target.checked;
        status.replaceChildren(note(error.detail, 'error'));
      }
    });
    const edit = onSubmit(h('form', { hidden: true },
      textarea('Your thoughts', { name: 'note', rows: 3, value: c.note || '' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save'))),
    async (values) => {
      await put(`${base()}/constraints/${c.constraintId}/note`, { note: values.note || '' });
      await load();
    });
    return h('article', { class: 'card' },
      h('h3', {}, c.title),
      c.note ? h('p', {}, c.note) : null,
      c.prompt ? h('p', { class: 'prompt' }, c.prompt) : null,
      share, status,
      h('div', { class: 'actions quiet' }, button('Edit my thoughts', {
        class: 'link', onclick: (event) => { edit.hidden = false; event.target.hidden = true; edit.querySelector('textarea').focus(); },
      })),
      edit);
  }

  await load();
  return {};
}
