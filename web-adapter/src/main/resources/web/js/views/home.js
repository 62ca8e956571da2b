// The journey home: what is waiting for me (polled), what is coming up, inviting the partner,
// and the four steps of the method as a way in. The partner who was invited (role "partner" in
// the journey's members) meets what waits for them and what is theirs to choose first; the
// method's steps, written for the one who asks, come second and folded away.
import { get, post } from '../api.js';
import { announce, button, clear, h, input, keyed, note, onSubmit } from '../dom.js';
import { day, time } from '../format.js';
import { base, me, partner, partnerName, setJourney, state } from '../state.js';
import { invitationCard, invitationsForMe, partnerQuestionCard, talkCard, thanksCard, upcomingTalks } from './waiting.js';

/** The method's steps, keyed by their page (and named there as the navigation names them). */
export const STEPS = [
  ['reflect', 'Ask a kinder question', 'Turn "how do I get them to open up?" into "what is keeping them from it?"'],
  ['constraints', 'Understand what is in the way', 'Name what might make opening up hard, with curiosity instead of blame.'],
  ['scenes', 'Set the scene', 'Notice which times and places make talking easier for the two of you.'],
  ['invitations', 'Invite, and let them choose', 'Suggest a talk; your partner picks the time, or says not now.'],
  ['talk', 'Keep it short and sweet', 'A few connecting minutes beat a long talk that goes off the rails.'],
  ['moments', 'Celebrate progress', 'When they open up, even a little, say thank you, specifically.'],
];

export async function render(root, nav) {
  const waiting = h('div', { class: 'stack', id: 'waiting-list' });
  const waitingStatus = h('div', { 'aria-live': 'polite', id: 'waiting-status' });
  const lead = h('p', { class: 'lead' }, leadText());
  const coming = h('div', { class: 'stack', id: 'coming-up' });
  const invite = h('div');
  const steps = h('div');
  const invited = me().role === 'partner';

  clear(root,
    h('h1', { tabindex: -1 }, `Hello, ${state.me.displayName}`),
    lead,
    h('section', { class: 'area', 'aria-labelledby': 'waiting-title', id: 'waiting' },
      h('h2', { id: 'waiting-title' }, 'Waiting for you'),
      waitingStatus, waiting),
    h('section', { class: 'area', 'aria-labelledby': 'coming-title' },
      h('h2', { id: 'coming-title' }, 'Coming up'), coming),
    invited ? yourChoices() : null,
    invite,
    h('section', { 'aria-labelledby': 'steps-title' },
      h('h2', { id: 'steps-title' }, 'The way through'),
      invited ? h('details', { id: 'steps-details' },
        h('summary', {}, 'The steps OpenUp suggests, if you would like to walk them too'), steps) : steps));

  renderSteps(steps, await get(`${base()}/way-through`), nav.labels || {});
  const { senders } = await get('/api/v1/partner-invite-senders');
  let lastPartner = partner()?.memberId;

  async function refresh() {
    const [inv, questions, thanks, lib] = await Promise.all([
      get(`${base()}/invitations`), get(`${base()}/partner-questions`),
      get(`${base()}/thanks-received`), get(`${base()}/scenes`)]);
    if (partner()?.memberId !== lastPartner) {
      lastPartner = partner()?.memberId;
      lead.textContent = leadText();
      if (partner()) waitingStatus.replaceChildren(note(`${partner().displayName} has joined you.`));
      else if (formerPartner()) {
        waitingStatus.replaceChildren(note(`${formerPartner().displayName} left this journey. Nothing of theirs is shown any more, `
          + 'and nothing of yours reaches them. What you wrote stays yours.'));
      }
    }
    renderInvite(invite, nav.go, senders);
    // the answered card goes; the focus moves to what was said, which the live region reads out
    const answered = (message) => {
      announce(waitingStatus, note(message));
      refresh();
    };
    const items = [
      ...invitationsForMe(inv.invitations).map((i) => ({ key: `inv:${i.invitationId}`, build: () => invitationCard(i, lib.scenes, answered) })),
      ...questions.partnerQuestions.filter((q) => q.forYou)
        .map((q) => ({ key: `q:${q.askId}`, build: () => partnerQuestionCard(q, answered) })),
      ...thanks.thanks.slice(-3).reverse().map((t) => ({ key: `t:${t.momentId}`, build: () => thanksCard(t) })),
    ];
    if (!items.length) items.push({ key: 'empty', build: () => h('p', { class: 'empty' }, 'Nothing is waiting for you right now. That is fine.') });
    keyed(waiting, items, (i) => i.key, (i) => i.build());

    const upcoming = upcomingTalks(inv.invitations);
    const mineOpen = inv.invitations.filter((i) => i.status === 'open' && i.askerId === state.journey.viewerId && !i.solo);
    keyed(coming, [...upcoming.map((i) => ({ key: `c:${i.invitationId}`, i })), ...mineOpen.map((i) => ({ key: `o:${i.invitationId}`, i })),
      ...(upcoming.length + mineOpen.length ? [] : [{ key: 'none' }])],
    (x) => x.key,
    (x) => (!x.i ? h('p', { class: 'empty' }, 'No talk planned yet.')
      : x.i.status === 'chosen' ? talkCard(x.i, lib.scenes)
        : h('article', { class: 'card' },
          h('p', {}, `You invited ${partnerName()} on `, time(x.i.sentAt, day), `. They choose when, in their own time.`))));
  }

  await refresh();
  return { refresh };
}

/** The steps, each marked done or not, the next one first to the eye; a step's page is named as the navigation names it. */
function renderSteps(container, progress, labels) {
  const done = Object.fromEntries(progress.steps.map((s) => [s.key, s.done]));
  const count = progress.steps.filter((s) => s.done).length;
  clear(container,
    h('p', { class: 'hint', id: 'steps-progress' }, progress.next
      ? `${count} of ${STEPS.length} steps taken. The highlighted one is a good next step; any order is fine.`
      : 'You have walked every step. Come back to any of them as often as you like.'),
    h('ol', { class: 'steps' }, STEPS.map(([key, title, text]) => h('li', {},
      h('a', { href: `#/${key}`, class: `step${done[key] ? ' done' : ''}${progress.next === key ? ' next' : ''}`,
        'aria-describedby': 'steps-progress' },
      h('span', { class: 'step-page' }, labels[key] || key,
        done[key] ? h('span', { class: 'step-state' }, ' · done') : progress.next === key ? h('span', { class: 'step-state' }, ' · next') : null),
      h('strong', {}, title), h('span', {}, text))))));
}

/** For the partner who was invited: what stays in their hands, before any of the asker's tools. */
function yourChoices() {
  return h('section', { class: 'panel soft', 'aria-labelledby': 'choices-title', id: 'your-choices' },
    h('h2', { id: 'choices-title' }, 'What is yours to choose'),
    h('ul', { class: 'plain' },
      h('li', {}, 'When and where you talk: pick a time that suits you, or say "not now". No reason is needed.'),
      h('li', {}, 'What you share: your notes, ratings and answers stay yours unless you choose to share them.'),
      h('li', {}, 'How far you go: the steps below are there if you want them. None of them is asked of you.'),
      h('li', {}, 'Leaving: you can leave, or have everything of yours forgotten, from ', h('a', { href: '#/account' }, 'your account'), '.')));
}

/** Who is on this journey, said at the top of the home; drawn again when a partner joins or leaves. */
function leadText() {
  if (partner()) return `You and ${partner().displayName} are on this together. Go at a pace that feels kind to both of you.`;
  if (formerPartner()) return `${formerPartner().displayName} left this journey. What you wrote here stays yours.`;
  return 'You can do all of this on your own, and invite your partner whenever it feels right.';
}

/** The partner who left this journey, if one did. */
function formerPartner() {
  const p = state.journey.members.find((m) => m.memberId !== state.journey.viewerId && m.leftAt);
  // a partner who was forgotten has no name left to show
  return p ? { ...p, displayName: p.displayName === '[forgotten]' ? 'Your partner' : p.displayName } : null;
}

/** Shows how to bring the partner in while there is nobody else, or, after a partner left, how to begin anew. */
function renderInvite(container, go, senders) {
  if (formerPartner()) {
    if (container.querySelector('#new-journey')) return;
    clear(container, h('section', { class: 'panel', 'aria-labelledby': 'anew-title' },
      h('h2', { id: 'anew-title' }, 'Inviting someone'),
      h('p', {}, `${formerPartner().displayName} left, and a journey is for one couple, so nobody inherits another person's story. `
        + 'To invite someone, start a new journey. This one stays here, with what you wrote.'),
      button('Start a new journey', {
        class: 'primary',
        id: 'new-journey',
        onclick: async () => {
          await setJourney(await post('/api/v1/journeys'));
          go('#/journey');
        },
      })));
    return;
  }
  if (state.journey.members.length > 1) {
    container.replaceChildren();
    return;
  }
  if (container.childElementCount) return; // keep a code that is being shown
  const result = h('div', { 'aria-live': 'polite' });
  const expires = state.journey.invitationExpiresAt;
  clear(container, h('section', { class: 'panel', 'aria-labelledby': 'invite-title' },
    h('h2', { id: 'invite-title' }, 'Invite your partner'),
    h('p', {}, 'If your partner would like to join, give them a one-time code. Only they should have it.'),
    expires ? h('p', { class: 'hint' }, 'A code is already open until ', time(expires),
      '. Codes are shown only once, so make a new one if it got lost.') : null,
    button('Make a code for my partner', {
      class: 'primary',
      id: 'make-code',
      onclick: async (event) => {
        event.target.disabled = true;
        try {
          const code = await post(`${base()}/partner-invitations`);
          // the link names who is asking, so the page it opens can greet the partner by it
          const link = `${location.origin}${location.pathname}#/join/${encodeURIComponent(code.code)}/${encodeURIComponent(state.me.displayName)}`;
          clear(result,
            h('p', {}, 'Their code:'),
            h('p', { class: 'code', id: 'partner-code' }, code.code),
            h('p', {}, 'Or send them this link: ', h('a', { href: link, id: 'join-link' }, link)),
            h('p', { class: 'hint' }, 'It works once and until ', time(code.expiresAt), '.'));
          await setJourney(await get(base()));
        } catch (error) {
          result.replaceChildren(note(error.detail, 'error'));
        } finally {
          event.target.disabled = false;
        }
      },
    }),
    result,
    senders.map((sender) => sendForm(sender))));
}

/** Sends a fresh join link through a plugin (by mail, say): the server makes the code, so the link is always OpenUp's own. */
function sendForm(sender) {
  const done = h('div', { 'aria-live': 'polite', id: `send-link-${sender.name}-status` });
  return h('div', { class: 'send-link' },
    h('h3', {}, 'Or send them the link'),
    onSubmit(h('form', { id: `send-link-${sender.name}` },
      input(sender.fieldLabel, { type: 'email', name: 'address', autocomplete: 'off', required: true },
        'The address is used for this one message and not kept.'),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, sender.label))),
    async (values, submitter) => {
      const sent = await post(`${base()}/partner-invitations/${encodeURIComponent(sender.name)}`, values);
      submitter.closest('form').reset();
      done.replaceChildren(note(sent.message));
      await setJourney(await get(base()));
    }),
    done);
}
