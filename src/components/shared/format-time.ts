/** Times and durations as people read them, in the browser's locale. */

const formatters = new Map<string, Intl.DateTimeFormat>();

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

export function clockTime(date: Date, locale?: string): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** "14:05" today, "Mon" this week, "12 Mar" otherwise: for lists. */
export function shortWhen(date: Date, now = new Date(), locale?: string): string {
  const days = (startOfDay(now) - startOfDay(date)) / 86_400_000;
  if (days < 1) return clockTime(date, locale);
  if (days < 7) return dateFormat(locale, { weekday: 'short' }).format(date);
  return dateFormat(locale, { day: 'numeric', month: 'short' }).format(date);
}

/** "5 min", "2 h", "3 d": how long an agent has been in an activity. */
export function sinceDuration(since: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
