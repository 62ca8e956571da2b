// What you can learn, from what you may see: the ladder, talks per week (an inline SVG chart),
// which scenes help, gratitude, and milestones. Ratings behind it are your own only.
import { get, post } from '../api.js';
import { clear, h } from '../dom.js';
import { day, minutes, time, weekLabel } from '../format.js';
import { base } from '../state.js';
import { ATTRIBUTES } from './scenes.js';

export async function render(root) {
  const data = await get(`${base()}/insights`);
  const { ladder, scenes, progress, gratitude, milestones, constraintMap } = data;
  const named = constraintMap.filter((c) => c.mine || c.sharedByPartner);
  const resume = async () => {
    await post(`${base()}/ladder/resume`);
    await render(root);
    document.getElementById('ladder-title').focus();
  };

  clear(root,
    h('h1', { tabindex: -1 }, 'What you are learning'),
    h('p', { class: 'lead' }, 'Built from your own ratings and what you may see. It is here to help you notice what works, not to keep score.'),
    h('section', { class: 'panel', 'aria-labelledby': 'ladder-title', id: 'ladder' },
      h('h2', { id: 'ladder-title', tabindex: -1 }, 'Your next talk'),
      ladder.reason === 'PAUSED_FOR_SAFETY'
        ? [h('p', {}, ladder.why), h('button', { type: 'button', id: 'resume-ladder', onclick: resume }, 'I feel ready to go on')]
        : [h('p', { class: 'big-number' }, minutes(ladder.minutes)), h('p', {}, ladder.why)],
      h('p', { class: 'hint' }, ladder.deeperTopicsOpen ? 'Deeper topics are welcome now.' : ladder.deeperTopics)),
    h('section', { class: 'panel', 'aria-labelledby': 'progress-title', id: 'progress' },
      h('h2', { id: 'progress-title' }, 'Talks per week'),
      progress.length ? [chart(progress), progressTable(progress, data.weeklyOpenness)] : h('p', { class: 'empty' }, 'Your weeks will show here once you record a talk.'),
      data.weeklyOpenness ? null : h('p', { class: 'hint', id: 'openness-off' }, 'How open your talks felt, week by week, is not shown: '
        + 'a number can read like a grade. ', h('a', { href: '#/settings' }, 'Turn it on in Settings'), ' if you would find it useful.')),
    h('section', { class: 'panel', 'aria-labelledby': 'scenes-title', id: 'scene-insights' },
      h('h2', { id: 'scenes-title' }, 'What helps'),
      scenes.note ? h('p', { class: 'hint' }, scenes.note) : null,
      scenes.named.length ? h('ul', { class: 'plain', id: 'named-scenes' }, scenes.named.map((n) =>
        h('li', {}, h('strong', {}, n.name), ': ', n.words))) : null,
      scenes.inTheWay.length ? h('p', { id: 'in-the-way-themes' }, 'What keeps getting in the way, in your own notes: ',
        scenes.inTheWay.map((t) => `${t.word} (${t.talks} talks)`).join(', '), '.') : null,
      scenes.ranking.length ? h('details', {}, h('summary', {}, 'By setting'), sceneTable(scenes.ranking)) : null),
    h('section', { class: 'panel', 'aria-labelledby': 'gratitude-title' },
      h('h2', { id: 'gratitude-title' }, 'Gratitude'),
      h('dl', { class: 'numbers' },
        number(gratitude.momentsNoticed, 'moments you noticed'),
        number(gratitude.momentsThanked, 'you said thank you for'),
        number(gratitude.thanksReceived, 'thanks you received'))),
    h('section', { class: 'panel', 'aria-labelledby': 'milestones-title' },
      h('h2', { id: 'milestones-title' }, 'Milestones'),
      milestones.length ? h('ul', { class: 'milestones' }, milestones.map((m) =>
        h('li', {}, h('span', {}, m.text), h('span', { class: 'hint' }, time(m.reachedAt, day)))))
        : h('p', { class: 'empty' }, 'They come on their own, one small step at a time.')),
    named.length ? h('section', { class: 'panel', 'aria-labelledby': 'map-title' },
      h('h2', { id: 'map-title' }, 'What is in the way, as named so far'),
      h('ul', { class: 'plain', id: 'constraint-map' }, named.map((c) => h('li', {}, c.title,
        h('span', { class: 'hint' }, [c.mine ? ` noted by you` : '', c.sharedByPartner ? ` shared with you` : ''].filter(Boolean).join(', ')))))) : null);
}

function number(value, label) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, String(value)));
}

/**
 * Bars of talks per week; the darker part is the talks you rated as connecting. Drawn by hand, no
 * library. The week labels sit under the drawing as text of the page, not inside it: the drawing
 * shrinks with a phone's width, and labels in it shrank to about 8 pixels.
 */
function chart(progress) {
  const weeks = progress.slice(-12);
  const max = Math.max(1, ...weeks.map((w) => w.talks));
  const W = 320;
  const H = 140;
  const top = 18;
  const bottom = 4;
  const slot = W / weeks.length;
  const bar = Math.min(36, slot * 0.6);
  const scale = (n) => (n / max) * (H - top - bottom);
  const svg = h('svg:svg', {
    viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img',
    'aria-label': `Talks per week over the last ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}. The table below has the numbers.`,
  },
  h('svg:line', { x1: '0', x2: String(W), y1: String(H - bottom), y2: String(H - bottom), class: 'axis' }),
  weeks.map((w, i) => {
    const x = i * slot + (slot - bar) / 2;
    const connected = w.rated ? Math.round(w.rated * w.connectingShare) : 0;
    const all = scale(w.talks);
    const good = scale(connected);
    return h('svg:g', {},
      h('svg:rect', { x: String(x), y: String(H - bottom - all), width: String(bar), height: String(all), rx: '4', class: 'bar' }),
      good ? h('svg:rect', { x: String(x), y: String(H - bottom - good), width: String(bar), height: String(good), rx: '4', class: 'bar-good' }) : null,
      h('svg:text', { x: String(x + bar / 2), y: String(H - bottom - all - 5), 'text-anchor': 'middle', class: 'bar-value' }, String(w.talks)));
  }));
  // one label under each bar (equal columns, as the bars' slots are); with many weeks a phone shows every other one
  const labels = h('ol', { class: `chart-labels${weeks.length > 6 ? ' many' : ''}`, 'aria-hidden': 'true' },
    weeks.map((w) => h('li', { class: 'bar-label' }, weekLabel(w.weekOf))));
  return h('figure', { class: 'chart-figure' }, svg, labels,
    h('figcaption', { class: 'hint' }, h('span', { class: 'key key-all', 'aria-hidden': 'true' }), ' talks  ',
      h('span', { class: 'key key-good', 'aria-hidden': 'true' }), ' felt connecting to you'));
}

function progressTable(progress, openness) {
  const columns = ['Week of', 'Talks', 'Rated', 'Connecting', ...(openness ? ['Felt open'] : [])];
  return h('details', {}, h('summary', {}, 'Show as a table'), h('div', { class: 'table-wrap' },
    h('table', {},
      h('thead', {}, h('tr', {}, columns.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, progress.map((w) => h('tr', {},
        h('th', { scope: 'row' }, weekLabel(w.weekOf)), h('td', {}, String(w.talks)), h('td', {}, String(w.rated)),
        h('td', {}, w.rated ? `${Math.round(w.connectingShare * 100)}%` : 'not rated yet'),
        openness ? h('td', {}, w.rated ? `${w.averageFeltOpen.toFixed(1)} of 5` : 'not rated yet') : null))))));
}

function sceneTable(ranking) {
  const label = Object.fromEntries(ATTRIBUTES);
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { class: 'visually-hidden' }, 'How often talks in each setting felt connecting'),
    h('thead', {}, h('tr', {}, ['Setting', 'Value', 'Talks', 'Connecting'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ranking.map((r) => h('tr', {},
      h('td', {}, label[r.attribute] || r.attribute), h('th', { scope: 'row' }, r.value),
      h('td', {}, String(r.talks)),
      h('td', {}, `${Math.round(r.rate * 100)}%`, r.enoughData ? '' : h('span', { class: 'hint' }, r.talks === 1 ? ' (one talk: a hint)' : ' (early)')))))));
}
