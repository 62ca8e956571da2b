// Step 3, go meta: invite the partner to a talk and let them choose when and where.
// One open invitation at a time; after "not now" there is a pause. Polled, so answers show up.
// Where the server would refuse to send (an open invitation, a pause, a ladder paused for
// safety) the form is hidden and the page says why.
import { get, post } from '../api.js';
import { announce, button, checkbox, clear, h, input, keyed, note, onSubmit } from '../dom.js';
import { day, minutes, time } from '../format.js';
import { base, myZone, partner, partnerName, state } from '../state.js';
import { invitationCard, invitationsForMe, sceneName, talkCard, upcomingTalks } from './waiting.js';

const STATUS = { open: 'Waiting for an answer', chosen: 'A time was chosen', deferred: 'Not now', declined: 'Declined', withdrawn: 'Withdrawn', expired: 'Expired unanswered' };

export async function render(root) {
  const status = h('div', { 'aria-live': 'polite', id: 'invitation-status' });
  const forMe = h('div', { class: 'stack' });
  const current = h('div', { id: 'current-invitation', 'aria-live': 'polite' });
  const sceneBox = h('div', { class: 'scene-choices' });
  const history = h('div', { class: 'stack', id: 'earlier-invitations' });
  const coming = h('div', { class: 'stack', id: 'coming-up' });
  const comingUp = h('section', { 'aria-labelledby': 'coming-title', hidden: true }, h('h2', { id: 'coming-title' }, 'Coming up'), coming);
  const minutesHint = h('span');
  const paused = h('section', { class: 'panel soft', id: 'invite-paused', 'aria-labelledby': 'paused-title', hidden: true });
  // alone or together is read again on every poll: the form's words follow a partner who joins or leaves
  const formTitle = h('h2', { id: 'invite-form-title' });
  const formHint = h('p', { class: 'hint' });
  const submit = h('button', { type: 'submit', class: 'primary' });
  let solo = null;
  const word = () => {
    if (solo === !partner()) return;
    solo = !partner();
    formTitle.textContent = solo ? 'Record that you asked' : `Invite ${partnerName()} to talk`;
    formHint.textContent = solo
      ? 'Ask in person when they could give a talk their full attention. Note it here, then what they chose.'
      : `You suggest; ${partnerName()} decides. They pick the time and the place, or say not now.`;
    submit.textContent = solo ? 'Note that I asked' : 'Send the invitation';
  };

  const form = onSubmit(h('form', { class: 'panel', id: 'invite-form', 'aria-labelledby': 'invite-form-title' },
    formTitle, formHint,
    input('What would you like to talk about? (optional)', { name: 'topicHint', maxlength: 200 },
      'A word or two is enough. Light and open works best.'),
    input('How many minutes? (optional)', { name: 'minutes', type: 'number', min: 1, max: 600, inputmode: 'numeric' }, minutesHint),
    sceneBox,
    h('div', { class: 'actions' }, submit)),
  async (values) => {
    try {
      await post(`${base()}/invitations`, {
        topicHint: values.topicHint,
        minutes: values.minutes ? Number(values.minutes) : undefined,
        sceneIds: values.sceneIds || [],
      });
    } catch (error) {
      // refused (the ladder paused meanwhile, say) or a safety note: read the page again, so the form hides and says why
      if (error.safety || error.status === 409) {
        ladderMinutes = null;
        await refresh().catch(() => {});
      }
      throw error;
    }
    form.reset();
    await say(solo ? 'Noted.' : `Sent. ${partnerName()} will see it when they next look. No reminders will nag them.`);
  });

  clear(root,
    h('h1', { tabindex: -1 }, 'Invite, and let them choose'),
    h('p', { class: 'lead' }, 'Being asked "when could you give this your full attention?" gives a sense of control to '
      + 'someone for whom opening up can feel out of control. Nothing is sprung on anyone.'),
    status,
    h('section', { 'aria-labelledby': 'for-me-title', class: 'for-me' }, h('h2', { id: 'for-me-title', class: 'visually-hidden' }, 'Waiting for you'), forMe),
    current, comingUp, paused, form,
    h('section', { 'aria-labelledby': 'hist-title' }, h('h2', { id: 'hist-title' }, 'Earlier invitations'), history));

  // a status line speaks of the invitations as they stood when it was written; once one changes, it goes
  let seen = '';
  let shownFor = null;
  async function say(message) {
    try {
      await refresh();
    } catch {
      // the next poll catches up; the message still says what just happened
    }
    // what was pressed may be gone (a card answered, the form hidden): the focus moves to the result, read out politely
    announce(status, note(message));
    shownFor = seen;
  }

  let lastScenes = '';
  let ladderMinutes = null;
  let longerNote = '';
  let pausedWhy = null; // while the ladder is paused for safety, the insights are read on every poll, to see it resumed
  const suggestedHint = () => `Leave it empty for the suggested ${minutes(ladderMinutes)}. Short is good.`;
  // a gentle word as soon as the asked length goes past the ladder's, before anything is sent
  form.querySelector('[name=minutes]').addEventListener('input', (event) => {
    if (ladderMinutes) {
      minutesHint.textContent = Number(event.target.value) > ladderMinutes ? longerNote : suggestedHint();
    }
  });

  async function refresh() {
    const [{ invitations }, { scenes }, insights] = await Promise.all([
      get(`${base()}/invitations`), get(`${base()}/scenes`), ladderMinutes === null || pausedWhy ? get(`${base()}/insights`) : null]);
    if (insights) {
      ladderMinutes = insights.ladder.minutes;
      longerNote = insights.ladder.longerNote;
      minutesHint.textContent = suggestedHint();
      const why = insights.ladder.reason === 'PAUSED_FOR_SAFETY' ? insights.ladder.why : null;
      if (why !== pausedWhy) {
        pausedWhy = why;
        paused.hidden = !why;
        clear(paused, why ? [
          h('h2', { id: 'paused-title' }, 'Invitations rest for now'),
          h('p', {}, why),
          h('p', {}, 'Nothing is sent while it is paused. When you feel ready, you can resume it on the ',
            h('a', { href: '#/insights' }, 'Insights'), ' page.')] : null);
      }
    }
    word();
    seen = invitations.map((i) => `${i.invitationId}:${i.status}`).join('|');
    if (shownFor !== null && shownFor !== seen) {
      status.replaceChildren();
      shownFor = null;
    }
    const me = state.journey.viewerId;
    const answered = say;
    keyed(forMe, invitationsForMe(invitations).map((i) => ({ i })), ({ i }) => i.invitationId,
      ({ i }) => invitationCard(i, scenes, answered));

    // the scene checkboxes change only when the library does, so a half-filled form survives a poll
    const sig = scenes.map((s) => s.sceneId + s.name).join('|');
    if (sig !== lastScenes) {
      lastScenes = sig;
      clear(sceneBox, scenes.length ? h('fieldset', { class: 'checks' },
        h('legend', {}, 'Settings you could suggest (optional)'),
        scenes.map((s) => checkbox(s.name, { name: 'sceneIds', value: s.sceneId, 'data-list': '1' })))
        : h('p', { class: 'hint' }, 'Tip: describe a scene first, and you can suggest it here.'));
    }

    const mine = invitations.filter((i) => i.askerId === me).reverse();
    const latest = mine[0];
    // only an invitation of my own waits in my way; my partner's, or a note I made alone, never does
    const open = invitations.find((i) => i.status === 'open' && i.askerId === me);
    const waitUntil = latest?.askAgainFrom && Date.parse(latest.askAgainFrom) > Date.now() ? latest.askAgainFrom : null;
    form.hidden = Boolean(open) || Boolean(waitUntil) || Boolean(pausedWhy);
    keyed(current, latest ? [latest] : [], (i) => `${i.invitationId}:${i.status}:${waitUntil || ''}`, (i) => currentCard(i, scenes, waitUntil, answered));
    // a talk still ahead is coming up, as on the home, not earlier (my latest says so above already)
    const upcoming = upcomingTalks(invitations).filter((i) => i !== latest);
    comingUp.hidden = !upcoming.length;
    keyed(coming, upcoming, (i) => i.invitationId, (i) => talkCard(i, scenes));
    const older = invitations.slice().reverse().filter((i) => i !== latest && !upcoming.includes(i) && !invitationsForMe([i]).length);
    keyed(history, older.length ? older : [null], (i) => (i ? `${i.invitationId}:${i.status}` : 'none'),
      (i) => (i ? historyCard(i, scenes) : h('p', { class: 'empty' }, 'None yet.')));
  }

  await refresh();
  return { refresh };
}

/** The invitation I sent most recently, as it stands. */
function currentCard(i, scenes, waitUntil, answered) {
  const other = partnerName();
  const withdraw = button('Withdraw it', {
    class: 'secondary',
    id: 'withdraw-invitation',
    onclick: async () => {
      try {
        await post(`${base()}/invitations/${i.invitationId}/withdraw`);
        answered('Withdrawn. You can invite again whenever it feels right.');
      } catch (error) {
        answered(error.detail);
      }
    },
  });
  const body = {
    open: () => (i.solo ? [h('p', {}, 'Noted that you asked. When they have chosen, record it above.'), i.withdrawable ? withdraw : null]
      : [h('p', {}, 'Sent ', time(i.sentAt, day), `. Waiting for ${other} to choose, in their own time.`), i.withdrawable ? withdraw : null]),
    withdrawn: () => h('p', {}, 'You withdrew it. You can invite again whenever it feels right.'),
    expired: () => h('p', {}, 'It waited two weeks without an answer, and that is an answer too. You can invite again, lightly.'),
    chosen: () => [h('p', { class: 'chosen' }, i.solo ? 'They chose ' : `${other} chose `, time(i.talkAt), '.'),
      sceneName(scenes, i.talkSceneId) ? h('p', {}, `Setting: ${sceneName(scenes, i.talkSceneId)}.`) : null,
      i.talkZone && i.talkZone !== myZone()
        ? h('p', { class: 'hint' }, `Shown in your time zone; they chose it in ${i.talkZone}.`) : null,
      h('p', {}, h('a', { href: '#/talk' }, 'Open the talk timer when it is time'))],
    deferred: () => h('p', {}, `${i.solo ? 'They' : other} said not now. That is a complete answer.`),
    declined: () => h('p', {}, `${i.solo ? 'They' : other} declined this one. That is all right.`),
  }[i.status];
  return h('article', { class: 'panel soft' },
    h('h2', {}, i.status === 'chosen' ? 'Your next talk' : 'Your invitation'),
    i.topicHint ? h('p', { class: 'hint' }, `About ${i.topicHint}, about ${minutes(i.suggestedMinutes)}.`)
      : h('p', { class: 'hint' }, `About ${minutes(i.suggestedMinutes)}.`),
    body(),
    waitUntil ? h('p', { class: 'ask-again' }, 'You can ask again from ', time(waitUntil), '. The pause keeps anyone from feeling pushed.') : null);
}

function historyCard(i, scenes) {
  return h('article', { class: 'card' },
    h('p', {}, h('strong', {}, STATUS[i.status] || i.status), i.talkAt ? [': ', time(i.talkAt)] : null),
    h('p', { class: 'hint' }, i.askerId === state.journey.viewerId ? 'You asked ' : `${partnerName()} asked `,
      time(i.sentAt, day), i.topicHint ? `, about ${i.topicHint}` : '',
      sceneName(scenes, i.talkSceneId) ? `, ${sceneName(scenes, i.talkSceneId)}` : ''));
}
