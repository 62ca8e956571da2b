// Step 1: ask the question on your mind and get a constraint question back, then accept, edit
// or reject it. A question that signals fear or harm gets the safety note instead (js/views/safety.js).
import { get, post } from '../api.js';
import { LIMITS, announce, button, clear, h, note, onSubmit, renderIfChanged, textarea } from '../dom.js';
import { day, time } from '../format.js';
import { base, partner, partnerName } from '../state.js';

const DECIDED = { ACCEPTED: 'kept', EDITED: 'in your words', REJECTED: 'set aside' };

export async function render(root) {
  const result = h('div', { id: 'reframe-result', 'aria-live': 'polite' });
  const history = h('div', { class: 'stack' });
  const asked = h('div', { class: 'stack' });

  const form = onSubmit(h('form', { class: 'panel', id: 'ask-form' },
    textarea('What is the question on your mind?', { name: 'question', required: true, rows: 3, placeholder: 'For example: how do I get him to talk to me?' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Look at it another way'))),
  async (values) => {
    const answer = await post(`${base()}/questions`, { question: values.question });
    showProposal(result, answer.reframed, () => { form.reset(); load(); });
  });

  clear(root,
    h('h1', { tabindex: -1 }, 'Ask a kinder question'),
    h('p', { class: 'lead' }, 'Nobody can make another person open up. What you can change is the setting and the invitation. '
      + 'A good place to start is wondering what is in the way.'),
    form, result,
    h('section', { 'aria-labelledby': 'q-title' }, h('h2', { id: 'q-title' }, 'Your questions'), history),
    partner() ? h('section', { 'aria-labelledby': 'pq-title' }, h('h2', { id: 'pq-title' }, `Questions you asked ${partnerName()}`), asked) : null);

  async function load() {
    const [{ questions }, { partnerQuestions }] = await Promise.all([get(`${base()}/questions`), get(`${base()}/partner-questions`)]);
    const settled = questions.filter((q) => q.decision).reverse();
    renderIfChanged(history, settled, () => (settled.length ? settled.map((q) => h('article', { class: 'card' },
      h('p', { class: 'question' }, q.finalText || q.original),
      h('p', { class: 'hint' }, `From "${q.original}", ${DECIDED[q.decision]}, `, time(q.askedAt, day)))) : h('p', { class: 'empty' }, 'Nothing here yet. Only you can see these.')));
    const mine = partnerQuestions.filter((q) => q.askedByMe).reverse();
    renderIfChanged(asked, mine, () => (mine.length ? mine.map((q) => h('article', { class: 'card' },
      h('p', { class: 'question' }, q.question),
      h('p', { class: 'hint' }, asker(q)),
      q.answer ? h('blockquote', {}, q.answer) : null)) : h('p', { class: 'empty' }, 'None yet. That is fine: it is extra, not a must.')));
    return questions;
  }

  // a proposal left undecided (there is at most one) waits here after a reload, not lost
  const pending = (await load()).filter((q) => !q.decision).pop();
  if (pending) showProposal(result, pending, () => { form.reset(); load(); });
  return { refresh: load };
}

function asker(q) {
  if (q.status === 'answered') return q.answer ? `${partnerName()} answered and shared it with you.` : `${partnerName()} answered and kept the answer for now.`;
  if (q.status === 'not-now') return `${partnerName()} said not now. That is a full answer.`;
  return `Asked. ${partnerName()} can answer whenever they like, or not.`;
}

function showProposal(container, reframed, done) {
  const status = h('div');
  const decide = async (decision, text) => {
    const settled = await post(`${base()}/questions/${reframed.questionId}/decision`, text ? { decision, text } : { decision });
    afterDecision(container, settled);
    done();
  };
  const guard = (fn) => async () => {
    try {
      await fn();
    } catch (error) {
      status.replaceChildren(note(error.detail, 'error'));
    }
  };
  const edit = onSubmit(h('form', { hidden: true },
    textarea('Your version', { name: 'text', required: true, rows: 2, value: reframed.proposal }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Keep my version'))),
  (values) => decide('edited', values.text));
  clear(container, h('article', { class: 'panel proposal' },
    h('h2', { id: 'proposal-title', tabindex: -1 }, 'Another way to ask it'),
    // the guidance honours the wish first and leads into the question (it ends with a colon)
    reframed.guidance ? h('p', { class: 'hint' }, reframed.guidance) : null,
    h('p', { class: 'proposal-text', id: 'proposal' }, reframed.proposal),
    h('div', { class: 'actions' },
      button('Accept', { class: 'primary', id: 'accept-proposal', onclick: guard(() => decide('accepted')) }),
      button('Edit', { class: 'secondary', onclick: () => { edit.hidden = false; edit.querySelector('textarea').focus(); } }),
      button('Reject', { class: 'secondary', onclick: guard(() => decide('rejected')) })),
    edit, status));
  // the focus moves to the proposal, and the live region it is in reads it out
  container.querySelector('h2').focus();
}

function afterDecision(container, settled) {
  const askPartner = partner() && settled.decision !== 'REJECTED';
  const result = h('div', { 'aria-live': 'polite' });
  // the result takes the focus (the buttons that were pressed are gone) and the live region reads it out
  announce(container, h('article', { class: 'panel', id: 'decision' },
    settled.decision === 'REJECTED'
      ? note('Set aside. Your question stays as you wrote it, and you can try again any time.')
      : [note('Kept.'), h('p', { class: 'proposal-text' }, settled.finalText),
        h('p', {}, 'Carry it with you for a while. Notice what comes up when you wonder about it.')],
    askPartner ? [
      h('p', { class: 'hint' }, `If it feels right, you can also ask ${partnerName()} this question, gently. They can answer, keep their answer to themselves, or say not now.`),
      button(`Ask ${partnerName()} this question`, {
        class: 'secondary',
        id: 'ask-partner',
        onclick: async (event) => {
          // the question turned to them ("…keeping you from…"), for the asker to read and change before it goes
          const { draft } = await get(`${base()}/questions/${settled.questionId}/for-partner`);
          const form = onSubmit(h('form', { id: 'partner-question-form' },
            textarea(`Your question for ${partnerName()}, in your words`,
              { name: 'question', required: true, rows: 2, value: draft, maxlength: LIMITS.partnerQuestion },
              'Read it as they will. Change anything that does not sound like you.'),
            h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, `Send to ${partnerName()}`))),
          async (values) => {
            await post(`${base()}/partner-questions`, { question: values.question });
            announce(result, note(`Asked. ${partnerName()} will find it when they next look, with no pressure to answer.`));
          });
          event.target.remove();
          result.replaceChildren(form);
          const area = form.querySelector('textarea');
          // a draft from a long question may start near or past the limit: the counter says so at once
          area.dispatchEvent(new Event('input'));
          area.focus();
        },
      }), result] : null));
}
