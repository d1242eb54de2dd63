/** Turns runs into rows (median, min–max, budget) and rows into the one table the bench prints. */

export const median = (values) => percentile(values, 50);

/** Nearest-rank percentile: a value that was actually measured. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One figure: its per-run values summarised; `budget` is the most it may be, in `unit`.
 * A figure is within budget when its median is.
 */
export function row(figure, unit, values, budget = null, note) {
  const m = median(values);
  return {
    figure,
    unit,
    runs: values,
    median: m,
    min: Math.min(...values),
    max: Math.max(...values),
    budget,
    within: budget === null ? null : m <= budget,
    ...(note ? { note } : {}),
  };
}

/** A figure that could not be measured, and why. */
export const missing = (figure, reason) => ({ figure, missing: reason });

/** The table as Markdown: readable in a terminal, pasteable into the README. */
export function table(rows) {
  const lines = ['| figure | median | min–max | budget | within budget? |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    if (r.missing) {
      lines.push(`| ${r.figure} | ${r.missing} | — | — | — |`);
      continue;
    }
    const range = r.runs.length > 1 ? `${format(r.min)}–${format(r.max, r.unit)}` : '(1 run)';
    const budget = r.budget === null ? '—' : `≤ ${format(r.budget, r.unit)}`;
    const within = r.within === null ? '—' : r.within ? 'yes' : `**no** (+${format(r.median - r.budget, r.unit)})`;
    lines.push(`| ${r.figure} | ${format(r.median, r.unit)} | ${range} | ${budget} | ${within} |`);
  }
  return lines.join('\n');
}

/** Enough digits to compare, no more: 3.4 ms, 87 ms, 1,234 ms; counts as integers. */
function format(value, unit = '') {
  const digits = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : 1;
  const number = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit ? `${number} ${unit}` : number;
}
