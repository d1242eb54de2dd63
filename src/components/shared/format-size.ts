const units = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * A file size as people read it: "512 B", "12 KB", "1.4 MB" (binary multiples, one decimal below 10,
 * numbers in the reader's locale unless one is given).
 */
export function formatSize(bytes: number, locale?: string | string[]): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  let digits = unit === 0 || value >= 10 ? 0 : 1;
  // 1023.96 KB would otherwise read "1,024 KB".
  if (unit < units.length - 1 && round(value, digits) >= 1024) {
    value /= 1024;
    unit++;
    digits = 1;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return `${number} ${units[unit]}`;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
