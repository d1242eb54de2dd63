/** Times and durations as people read them, in the browser's locale. */

export function clockTime(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** "14:05" today, "Mon" this week, "12 Mar" otherwise: for lists. */
export function shortWhen(date: Date, now = new Date(), locale?: string): string {
  const days = (startOfDay(now) - startOfDay(date)) / 86_400_000;
  if (days < 1) return clockTime(date, locale);
  if (days < 7) return new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(date);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(date);
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
