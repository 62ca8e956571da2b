// Step 3, short and sweet: a gentle timer at the ladder's length, then record the talk and rate
// it privately. The timer lives outside the view, so looking elsewhere does not stop it.
import { get, post } from '../api.js';
import { button, checkbox, clear, h, input, note, onSubmit, radios, select, textarea } from '../dom.js';
import { day, localInputValue, minutes, time } from '../format.js';
import { base, partner, partnerName } from '../state.js';

const timer = { plannedMs: 0, startedAt: 0, before: 0, running: false, ended: false, minuteNoted: false };
const elapsed = () => timer.before + (timer.running ? Date.now() - timer.startedAt : 0);

const OUTCOMES = [
  { value: 'connected', label: 'We connected' },
  { value: 'neutral', label: 'Neutral' },
  { value: 'off-the-rails', label: 'It went off the rails' },
];
const FELT = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

export async function render(root) {
  const [insights, { talks }, { invitations }, { scenes }] = await Promise.all([
    get(`${base()}/insights`), get(`${base()}/talks`), get(`${base()}/invitations`), get(`${base()}/scenes`)]);
  const ladder = insights.ladder;
  if (!timer.running && !timer.before) timer.plannedMs = ladder.minutes * 60_000;

  const display = h('p', { class: 'timer-text', role: 'timer', 'aria-live': 'off', id: 'timer-left' });
  const ring = h('svg:circle', { class: 'ring-progress', cx: '60', cy: '60', r: '52', pathLength: '100' });
  const message = h('p', { class: 'timer-message', 'aria-live': 'polite', id: 'timer-message' });
  const controls = h('div', { class: 'actions center' });
  const recordBox = h('div', { id: 'record' });
  const list = h('div', { class: 'stack', id: 'talk-list' });

  clear(root,
    h('h1', { tabindex: -1 }, 'A short talk'),
    h('p', { class: 'lead' }, `Suggested length: ${minutes(ladder.minutes)}. ${ladder.why}`),
    h('section', { class: 'panel timer', 'aria-labelledby': 'timer-title' },
      h('h2', { id: 'timer-title', class: 'visually-hidden' }, 'Conversation timer'),
      h('div', { class: 'ring-wrap' },
        h('svg:svg', { viewBox: '0 0 120 120', class: 'ring', 'aria-hidden': 'true', focusable: 'false' },
          h('svg:circle', { class: 'ring-track', cx: '60', cy: '60', r: '52' }), ring),
        display),
      message, controls,
      h('p', { class: 'hint center' }, 'Short and connecting beats long and strained. Stopping while it still feels good is a success.')),
    recordBox,
    h('section', { 'aria-labelledby': 'talks-title' }, h('h2', { id: 'talks-title' }, 'Your talks'), list),
    deeperTopics(ladder));

  function paint() {
    const left = Math.max(0, timer.plannedMs - elapsed());
    const secs = Math.ceil(left / 1000);
    display.textContent = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
    ring.setAttribute('stroke-dasharray', `${timer.plannedMs ? (left / timer.plannedMs) * 100 : 100} 100`);
    if (timer.running && left <= 60_000 && !timer.minuteNoted && timer.plannedMs > 60_000) {
      timer.minuteNoted = true;
      message.textContent = 'About a minute left. No hurry to finish a sentence.';
    }
    if (timer.running && left === 0) finish(true);
  }

  function setControls() {
    const started = timer.running || timer.before > 0;
    clear(controls,
      timer.ended ? button('Start again', { class: 'secondary', onclick: reset })
        : timer.running ? button('Pause', { class: 'secondary', onclick: pause })
          : button(started ? 'Carry on' : 'Start the timer', { class: 'primary', id: 'start-timer', onclick: start }),
      started && !timer.ended ? button('We are done', { class: 'secondary', id: 'end-timer', onclick: () => finish(false) }) : null);
  }

  function start() {
    timer.running = true;
    timer.startedAt = Date.now();
    message.textContent = 'Take your time. The timer will end quietly.';
    setControls();
  }

  function pause() {
    timer.before = elapsed();
    timer.running = false;
    message.textContent = 'Paused.';
    setControls();
  }

  function reset() {
    Object.assign(timer, { plannedMs: ladder.minutes * 60_000, before: 0, running: false, ended: false, minuteNoted: false });
    message.textContent = '';
    setControls();
    paint();
  }

  /** The end is a soft message, never an alarm: no sound, no flashing. */
  function finish(timeIsUp) {
    timer.before = elapsed();
    timer.running = false;
    timer.ended = true;
    root.querySelector('.timer')?.classList.add('ended');
    message.textContent = timeIsUp
      ? 'Time is up. This is a good place to pause, while it still feels good. Thank each other for the moment.'
      : 'Well done for making the time. Every short talk counts.';
    setControls();
    showRecord(Math.max(1, Math.round(timer.before / 60_000)));
  }

  function showRecord(talkMinutes) {
    const chosen = invitations.filter((i) => i.status === 'chosen').reverse();
    clear(recordBox, onSubmit(h('form', { class: 'panel', id: 'record-form', 'aria-labelledby': 'record-title' },
      h('h2', { id: 'record-title' }, 'Record this talk'),
      h('p', { class: 'hint' }, 'Only that it happened and how long. What was said stays between you.'),
      input('How many minutes?', { name: 'minutes', type: 'number', min: 1, max: 600, required: true, value: String(talkMinutes) }),
      input('When (leave empty for just now)', { name: 'heldAt', type: 'datetime-local', max: localInputValue(new Date()) }),
      chosen.length ? select('Was it for an invitation?', { name: 'invitationId' },
        chosen.map((i) => ({ value: i.invitationId, label: `${i.topicHint || 'A talk'}, planned for ${day(i.talkAt)}` })), 'No') : null,
      scenes.length ? select('Where or how?', { name: 'sceneId' }, scenes.map((s) => ({ value: s.sceneId, label: s.name })), 'Not one of our scenes') : null,
      checkbox(`${partner() ? partnerName() : 'My partner'} started this talk`, { name: 'startedByPartner' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Record it'))),
    async (values) => {
      const talk = await post(`${base()}/talks`, { ...values, minutes: Number(values.minutes) });
      showRating(talk);
      load();
    }));
    recordBox.querySelector('h2').setAttribute('tabindex', '-1');
  }

  function showRating(talk) {
    const gotInTheWay = textarea('What got in the way? (optional)', { name: 'gotInTheWay', rows: 2 },
      'A talk that went off the rails is not a failure. It tells you something about what makes this hard.');
    clear(recordBox, onSubmit(h('form', { class: 'panel', id: 'rating-form', 'aria-labelledby': 'rating-title' },
      h('h2', { id: 'rating-title', tabindex: -1 }, 'How was it, for you?'),
      h('p', { class: 'hint' }, `Your rating is private. ${partner() ? `${partnerName()} never sees it.` : ''}`),
      radios('How open did it feel?', 'feltOpen', FELT, '1 is closed, 5 is very open.'),
      radios('How did it go?', 'outcome', OUTCOMES),
      gotInTheWay,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save my rating'))),
    async (values) => {
      await post(`${base()}/talks/${talk.talkId}/rating`, { ...values, feltOpen: Number(values.feltOpen) });
      clear(recordBox, h('div', { class: 'panel soft' }, note('Saved. Thank you for trying; every talk teaches you something.')));
      if (timer.ended) reset();
      root.querySelector('.timer')?.classList.remove('ended');
      load();
    }));
    recordBox.querySelector('h2').focus();
  }

  async function load(initial) {
    const fresh = (initial || (await get(`${base()}/talks`)).talks).slice().reverse();
    clear(list, fresh.length ? fresh.map((t) => h('article', { class: 'card' },
      h('p', {}, h('strong', {}, minutes(t.minutes)), ', ', time(t.heldAt)),
      t.myRating
        ? h('p', { class: 'hint' }, `You felt it was ${t.myRating.outcome.toLowerCase().replaceAll('_', ' ')}, open ${t.myRating.feltOpen} of 5.`,
          t.myRating.gotInTheWay ? ` In the way: ${t.myRating.gotInTheWay}` : '')
        : button('Rate this talk', { class: 'link', 'data-test': 'rate-talk', onclick: () => showRating(t) })))
      : h('p', { class: 'empty' }, 'No talks recorded yet. The first one can be very short.'));
  }

  const tick = setInterval(paint, 250);
  setControls();
  paint();
  if (timer.ended) showRecord(Math.max(1, Math.round(timer.before / 60_000)));
  else clear(recordBox, h('p', { class: 'hint' }, 'Talked without the timer? ',
    button('Record a talk', { class: 'link', onclick: () => showRecord(ladder.minutes) })));
  load(talks);
  return { dispose: () => clearInterval(tick) };
}

/** Deeper topics open only when the quieter partner says so; nobody can say it for them. */
function deeperTopics(ladder) {
  const status = h('div', { 'aria-live': 'polite' });
  return h('section', { class: 'panel soft', 'aria-labelledby': 'deeper-title' },
    h('h2', { id: 'deeper-title' }, 'Deeper topics'),
    h('p', {}, ladder.deeperTopicsOpen ? 'Deeper topics are welcome now. Go gently all the same.' : ladder.deeperTopics),
    ladder.deeperTopicsOpen ? null : [
      h('p', { class: 'hint' }, 'If you are the one being invited and you feel ready for deeper topics, you can say so here. Only say it when it is true for you.'),
      button('I am ready for deeper topics', {
        class: 'secondary',
        onclick: async (event) => {
          try {
            await post(`${base()}/deeper-topics/ready`);
            status.replaceChildren(note('Thank you for saying so.'));
            event.target.remove();
          } catch (error) {
            status.replaceChildren(note(error.detail, 'error'));
          }
        },
      }), status]);
}
