// Dates and times in the member's own time zone, in the browser's language.
import { h } from './dom.js';
import { myZone } from './state.js';

function formatter(options) {
  try {
    return new Intl.DateTimeFormat(navigator.language || 'en', { timeZone: myZone(), ...options });
  } catch {
    return new Intl.DateTimeFormat('en', options);
  }
}

export const when = (iso) => formatter({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
export const clock = (iso) => formatter({ hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
export const day = (iso) => formatter({ day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));

/** A <time> element: machine-readable instant, human-readable text in my zone. */
export const time = (iso, style = when) => h('time', { datetime: iso }, style(iso));

/** A calendar date "2026-11-23" (no zone: it is already a day). */
export function weekLabel(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(navigator.language || 'en', { day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** The value a datetime-local input expects for an instant, in my zone. */
export function localInputValue(date) {
  const parts = Object.fromEntries(formatter({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export const minutes = (n) => (n === 1 ? '1 minute' : `${n} minutes`);
