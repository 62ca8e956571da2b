// "Waiting for you": invitations I am asked to answer, partner questions, thanks received; and
// "Coming up": talks whose time was chosen. Shared by the journey home and the invitations screen;
// each card keeps its own form.
import { post } from '../api.js';
import { button, checkbox, h, input, note, onSubmit, select, textarea } from '../dom.js';
import { localInputValue, minutes, time } from '../format.js';
import { base, partnerName, state } from '../state.js';

/** Open invitations this member answers: the invitee's, or (alone) the asker recording what was said. */
export function invitationsForMe(invitations) {
  return invitations.filter((i) => i.forYou); // the core's rule, the one the CLI's ids follow too
}

export const sceneName = (scenes, id) => scenes.find((s) => s.sceneId === id)?.name;

/** Talks whose chosen time is still ahead (or began less than three hours ago), soonest first: what "Coming up" lists. */
export function upcomingTalks(invitations) {
  return invitations.filter((i) => i.status === 'chosen' && Date.parse(i.talkAt) > Date.now() - 3 * 3600e3)
    .sort((a, b) => Date.parse(a.talkAt) - Date.parse(b.talkAt));
}

/** A talk under "Coming up": when, what about, how long, where, and the way to the timer. */
export function talkCard(invitation, scenes) {
  const scene = sceneName(scenes, invitation.talkSceneId);
  return h('article', { class: 'card upcoming-talk' },
    h('h3', {}, 'A talk, ', time(invitation.talkAt)),
    h('p', {}, [invitation.topicHint && `About ${invitation.topicHint}. `, `About ${minutes(invitation.suggestedMinutes)}.`,
      scene && ` Setting: ${scene}.`].filter(Boolean).join('')),
    h('a', { href: '#/talk' }, 'Open the talk timer'));
}

/** The card where the invitee chooses a time and a scene, or says not now, or declines. */
export function invitationCard(invitation, scenes, onAnswered) {
  const solo = invitation.solo;
  const suggested = invitation.sceneIds.map((id) => sceneName(scenes, id)).filter(Boolean);
  // scenes the asker suggested come first; the rest of the library is there too
  const ordered = [...scenes].sort((a, b) => invitation.sceneIds.includes(b.sceneId) - invitation.sceneIds.includes(a.sceneId));
  const status = h('div', { class: 'card-status' });

  const at = input(solo ? 'When did they choose?' : 'When suits you?', {
    type: 'datetime-local', name: 'at', required: true, min: solo ? null : localInputValue(new Date()),
  });
  const form = onSubmit(h('form', { class: 'choose-time' },
    at,
    select(solo ? 'Where or how (optional)' : 'Where or how? (optional)', { name: 'sceneId' },
      ordered.map((s) => ({ value: s.sceneId, label: s.name })), 'No particular scene'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, solo ? 'Save their choice' : 'Choose this time'))),
  async (values) => {
    // the time is read in my zone, which the app keeps in step with this browser
    await post(`${base()}/invitations/${invitation.invitationId}/choice`, values);
    onAnswered(solo ? 'Saved. Enjoy the talk when it comes.' : 'Thank you. The time is yours, and it is set.');
  });

  const answer = (path, message) => async (event) => {
    event.target.disabled = true;
    try {
      await post(`${base()}/invitations/${invitation.invitationId}/${path}`);
      onAnswered(message);
    } catch (error) {
      status.replaceChildren(note(error.detail || 'That did not work. Please try again.', 'error'));
      event.target.disabled = false;
    }
  };

  return h('article', { class: 'card waiting-invitation' },
    h('h3', {}, solo ? 'You asked in person' : `${askerName(invitation)} would like to talk`),
    h('ul', { class: 'facts' },
      invitation.topicHint ? h('li', {}, 'About: ', h('strong', {}, invitation.topicHint)) : null,
      h('li', {}, `About ${minutes(invitation.suggestedMinutes)}`),
      h('li', {}, 'Asked ', time(invitation.sentAt)),
      suggested.length ? h('li', {}, 'Ideas for the setting: ', suggested.join(', ')) : null),
    h('p', { class: 'hint' }, solo
      ? `Write down what ${partnerName()} chose, or that they said not now.`
      : 'You choose when and where. "Not now" is a whole answer; no reason is needed.'),
    form,
    h('div', { class: 'actions quiet' },
      button(solo ? 'They said not now' : 'Not now', { class: 'secondary', onclick: answer('not-now', 'Noted. There is no rush.') }),
      button(solo ? 'They declined' : 'Decline', { class: 'secondary', onclick: answer('decline', 'Noted. Thank you for saying so.') })),
    status);
}

function askerName(invitation) {
  const asker = state.journey.members.find((m) => m.memberId === invitation.askerId);
  return asker ? asker.displayName : 'Your partner';
}

/** A constraint question the partner asked me: answer (shared or kept), or not now. */
export function partnerQuestionCard(question, onAnswered) {
  const status = h('div', { class: 'card-status' });
  const form = onSubmit(h('form', {},
    textarea('Your answer', { name: 'answer', required: true, rows: 3 }),
    checkbox(`Let ${partnerName()} read my answer`, { name: 'share' }),
    h('p', { class: 'hint' }, 'If you leave this unticked, the answer stays with you. Writing it down can help on its own.'),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Save my answer'),
      button('Not now', {
        class: 'secondary',
        onclick: async () => {
          try {
            await post(`${base()}/partner-questions/${question.askId}/not-now`);
            onAnswered('That is a full answer. Nothing more is needed.');
          } catch (error) {
            status.replaceChildren(note(error.detail, 'error'));
          }
        },
      }))),
  async (values) => {
    await post(`${base()}/partner-questions/${question.askId}/answer`, { answer: values.answer, share: values.share });
    onAnswered('Thank you for answering.');
  });
  return h('article', { class: 'card' },
    h('h3', {}, `${partnerName()} asked you, gently`),
    h('blockquote', {}, question.question),
    form, status);
}

export function thanksCard(thanks) {
  return h('article', { class: 'card thanks' },
    h('p', { class: 'thanks-text' }, thanks.thanks),
    h('p', { class: 'hint' }, `From ${partnerName()}, `, time(thanks.thankedAt)));
}
