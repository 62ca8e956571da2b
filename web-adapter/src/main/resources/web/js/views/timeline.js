// Everything you may see, newest first, grouped by day.
import { get } from '../api.js';
import { clear, h } from '../dom.js';
import { clock, day, time } from '../format.js';
import { base, partnerName } from '../state.js';

const KIND = {
  joined: 'Journey', left: 'Journey', question: 'Question', constraint: 'What is in the way', moment: 'Moment',
  'thanks-given': 'Thanks you gave', 'thanks-received': 'Thanks you received', scene: 'Scene', invitation: 'Invitation',
  'invitation-chosen': 'Invitation', 'invitation-deferred': 'Invitation', 'invitation-declined': 'Invitation',
  talk: 'Talk', rating: 'Your rating',
};

export async function render(root) {
  const { entries } = await get(`${base()}/timeline`);
  const days = [];
  for (const e of entries) {
    const label = day(e.at);
    if (days.at(-1)?.label !== label) days.push({ label, at: e.at, entries: [] });
    days.at(-1).entries.push(e);
  }
  clear(root,
    h('h1', { tabindex: -1 }, 'Timeline'),
    h('p', { class: 'lead' }, `What has happened so far, as you may see it. Your private notes stay yours; ${partnerName()}'s stay theirs.`),
    days.length ? days.map((d) => h('section', { class: 'day', 'aria-label': d.label },
      h('h2', { class: 'day-title' }, time(d.at, day)),
      h('ol', { class: 'timeline' }, d.entries.map((e) => h('li', { class: e.mine ? 'mine' : 'theirs' },
        h('span', { class: 'kind' }, KIND[e.kind] || e.kind),
        h('span', { class: 'summary' }, e.summary),
        h('span', { class: 'hint' }, time(e.at, clock)))))))
      : h('p', { class: 'empty' }, 'Nothing yet.'),
    h('section', { class: 'panel', 'aria-label': 'Export' },
      h('h2', {}, 'Take your data with you'),
      h('p', {}, 'Everything you wrote and what was shared with you. Never your partner\'s private notes.'),
      h('p', {},
        h('a', { href: `${base()}/export?format=markdown`, download: 'openup-journey.md', id: 'export-markdown' }, 'A readable report (Markdown)'),
        ' · ',
        h('a', { href: `${base()}/export`, download: 'openup-journey.json', id: 'export-json' }, 'All data (JSON)'))));
}
