/** File sizes as people read them, in the chat's locale, through Intl's units. */

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

const formatters = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and options, kept: a thread formats a size for every file on every render. */
export function numberFormat(locale: string | string[] | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${String(locale ?? '')}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  return formatter;
}

/**
 * A file size as people read it: "512 bytes", "12 kB", "1.4 MB" in English, "1,4 MB" in Spanish
 * (binary multiples, one decimal below 10, in `locale`, the reader's own when none is given).
 * Bytes are spelled out: Intl's short English form, "512 byte", reads as a mistake.
 */
export function formatSize(bytes: number, locale?: string | string[]): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  let digits = unit === 0 || value >= 10 ? 0 : 1;
  // 1023.96 KB would otherwise read "1,024 kB".
  if (unit < UNITS.length - 1 && round(value, digits) >= 1024) {
    value /= 1024;
    unit++;
    digits = 1;
  }
  return numberFormat(locale, { style: 'unit', unit: UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: digits }).format(value);
}

/** A size beside its limit: exact bytes when both would read the same ("32 kB" over "32 kB"). */
export function sizeAgainst(bytes: number, limit: number, locale?: string | string[]): string {
  const size = formatSize(bytes, locale);
  return size === formatSize(limit, locale) ? numberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes) : size;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
