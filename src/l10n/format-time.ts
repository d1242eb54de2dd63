/** Times, days and durations as people read them, in the chat's locale, through Intl. */
import { numberFormat } from './format-size.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
const relative = new Map<string, Intl.RelativeTimeFormat>();

/**
 * One formatter per locale and options, kept: building an Intl.DateTimeFormat costs far more
 * than using one, and a thread formats a time for every group on every render.
 */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter;
}

function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  let formatter = relative.get(locale ?? '');
  if (!formatter) relative.set(locale ?? '', (formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return formatter;
}

export function clockTime(date: Date, locale?: string): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** "Today", "Yesterday" (in the locale's words), else the date: for the separators of a thread. */
export function dayLabel(day: Date, now = new Date(), locale?: string): string {
  const days = Math.round((startOfDay(now) - startOfDay(day)) / 86_400_000);
  if (days === 0 || days === 1) return capitalize(relativeFormat(locale).format(-days, 'day'), locale);
  const sameYear = day.getFullYear() === now.getFullYear();
  return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: sameYear ? undefined : 'numeric' }).format(day);
}

/** "now", "5 min", "2 hr", "3 days": how long an agent has been in an activity. */
export function sinceDuration(since: Date, now = new Date(), locale?: string): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 1) return relativeFormat(locale).format(0, 'second');
  const hours = Math.floor(minutes / 60);
  const [value, unit] = minutes < 60 ? [minutes, 'minute'] : hours < 24 ? [hours, 'hour'] : [Math.floor(hours / 24), 'day'];
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** A day label starts a line: "Today", "Ayer" (scripts without case stay as they are). */
function capitalize(words: string, locale: string | undefined): string {
  return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
