/**
 * Which rows of the directory's sections are in the DOM: those within the scroller's viewport
 * plus a margin. Rows and headings each have one height (rows are one line of name and one of
 * detail, cut with an ellipsis), measured from the DOM, so every row's place is arithmetic and
 * the rows outside the window are stood in for by padding. Pure: numbers in, ranges out.
 */

export interface ListMetrics {
  /** Height of one row, in CSS px. */
  readonly rowHeight: number;
  /** Height of a section's heading. */
  readonly headerHeight: number;
  /** Where the first section starts inside the scroller's content. */
  readonly sectionsTop: number;
}

/** The rows of one section to render: [start, end). */
export interface SectionWindow {
  readonly start: number;
  readonly end: number;
  /** Padding before and after the rendered rows, for the rows that aren't. */
  readonly before: number;
  readonly after: number;
}

/** Until the DOM has been measured: the rows and headings of the default theme. */
export const ESTIMATED_METRICS: ListMetrics = { rowHeight: 50, headerHeight: 36, sectionsTop: 0 };

/**
 * The window of each section, for a scroller at `scrollTop` showing `viewportHeight` px, with
 * `margin` px rendered beyond each edge (so a fast scroll or a focus move finds rows there).
 */
export function sectionWindows(
  counts: readonly number[],
  metrics: ListMetrics,
  scrollTop: number,
  viewportHeight: number,
  margin: number,
): SectionWindow[] {
  const { rowHeight, headerHeight } = metrics;
  const from = scrollTop - margin;
  const to = scrollTop + viewportHeight + margin;
  let top = metrics.sectionsTop;
  return counts.map((count) => {
    const rowsTop = top + headerHeight;
    top = rowsTop + count * rowHeight;
    const start = clamp(Math.floor((from - rowsTop) / rowHeight), 0, count);
    const end = clamp(Math.ceil((to - rowsTop) / rowHeight), start, count);
    return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
  });
}

/** Where row `index` of section `section` starts inside the scroller's content. */
export function rowOffset(counts: readonly number[], metrics: ListMetrics, section: number, index: number): number {
  let top = metrics.sectionsTop;
  for (let s = 0; s < section; s++) top += metrics.headerHeight + counts[s]! * metrics.rowHeight;
  return top + metrics.headerHeight + index * metrics.rowHeight;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
