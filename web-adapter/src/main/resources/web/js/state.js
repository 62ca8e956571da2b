// Who is signed in and the journey they are on, shared by every view.
import { get, put, setCsrf } from './api.js';

export const state = {
  me: null, // {memberId, email, displayName}
  journey: null, // the journey as the API shows it to me
};

export function browserZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function signedIn(me) {
  state.me = { memberId: me.memberId, email: me.email, displayName: me.displayName };
  setCsrf(me.csrfToken);
}

export function signedOut() {
  state.me = null;
  state.journey = null;
  setCsrf(null);
}

/** Asks the server who is signed in (the cookie survives a reload; the CSRF token comes back with it). */
export async function loadSession() {
  try {
    signedIn(await get('/api/v1/session'));
  } catch (error) {
    if (error.status !== 401) throw error;
    signedOut();
  }
  return state.me;
}

/** The newest journey I am still in, with my time zone set from this browser. */
export async function loadJourney() {
  const { journeys } = await get('/api/v1/journeys');
  const mine = journeys.filter((j) => !member(j, j.viewerId).leftAt);
  mine.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  state.journey = mine[0] || null;
  await syncZone();
  return state.journey;
}

/** Reads my journey again: the partner may have joined or left since. */
export async function refreshJourney() {
  if (!state.journey) return;
  try {
    state.journey = await get(`/api/v1/journeys/${state.journey.journeyId}`);
  } catch (error) {
    if (error.status !== 404) throw error;
    await loadJourney();
  }
}

export async function setJourney(journey) {
  state.journey = journey;
  await syncZone();
}

async function syncZone() {
  const j = state.journey;
  const zone = browserZone();
  if (j && me().timeZone !== zone) {
    try {
      state.journey = await put(`/api/v1/journeys/${j.journeyId}/time-zone`, { zone });
    } catch {
      // an unknown zone name keeps the one the server has; times still read correctly there
    }
  }
}

function member(journey, id) {
  return journey.members.find((m) => m.memberId === id);
}

export const me = () => member(state.journey, state.journey.viewerId);

/** The partner who is in the journey now, or null (alone, or after they left). */
export function partner() {
  const p = state.journey?.members.find((m) => m.memberId !== state.journey.viewerId);
  return p && !p.leftAt ? p : null;
}

/** "Ben", or "your partner" when they are not in the app. */
export const partnerName = () => partner()?.displayName || 'your partner';

export const base = () => `/api/v1/journeys/${state.journey.journeyId}`;

/** The zone times are shown in: mine as the journey knows it, else this browser's. */
export const myZone = () => (state.journey ? me().timeZone : browserZone());
