/**
 * Keeps the directory's window (list-window.ts) in step with the DOM: it measures the rows and
 * headings after layout (ResizeObserver on the scroller and its first row, for a zoom, another
 * font or a resized list), follows the scroll, and renders the host again only when the rows in
 * the DOM no longer cover the view. The host renders `windows(counts)` and calls `scrolled()`
 * from its scroller's scroll event; inside the scroller, each section is a `<section>` with an
 * `<h2>` and rows `li.row`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ESTIMATED_METRICS, rowOffset, sectionWindows, type ListMetrics, type SectionWindow } from './list-window.js';

/** A host renders again when the heights differ by more than this from what it assumed, in CSS px. */
const MEASURE_TOLERANCE_PX = 0.5;

export class ListWindowController implements ReactiveController {
  #metrics: ListMetrics = ESTIMATED_METRICS;
  #scrollTop = 0;
  #viewportHeight = globalThis.innerHeight || 800;
  /** The section sizes and windows of the last render. */
  #counts: readonly number[] = [];
  #windows: SectionWindow[] = [];
  /** So a corrected window renders within the same frame as the change that needs it. */
  readonly #resized = new ResizeObserver(() => this.#measure());
  #observedScroller: Element | null = null;
  #measuredRow: Element | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #scroller: () => HTMLElement | null;

  constructor(
    host: ReactiveControllerHost,
    scroller: () => HTMLElement | null,
    /** Rows rendered beyond each edge of the viewport, in CSS px. */
    private readonly margin: number,
  ) {
    this.#host = host;
    this.#scroller = scroller;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observe();
  }

  hostUpdated(): void {
    this.#observe();
    const row = this.#scroller()?.querySelector('li.row') ?? null;
    if (row === this.#measuredRow) return;
    if (this.#measuredRow) this.#resized.unobserve(this.#measuredRow);
    if (row) this.#resized.observe(row);
    this.#measuredRow = row;
  }

  hostDisconnected(): void {
    this.#resized.disconnect();
    this.#observedScroller = null;
    this.#measuredRow = null;
  }

  /** The window of each section of these sizes, for the view as it is now. Call it from render. */
  windows(counts: readonly number[]): SectionWindow[] {
    this.#counts = counts;
    this.#windows = sectionWindows(counts, this.#metrics, this.#scrollTop, this.#viewportHeight, this.margin);
    return this.#windows;
  }

  /** A scroll renders again only once it has used up half the margin rendered beyond the view. */
  scrolled(): void {
    const scroller = this.#scroller();
    if (!scroller) return;
    this.#scrollTop = scroller.scrollTop;
    const needed = sectionWindows(this.#counts, this.#metrics, this.#scrollTop, this.#viewportHeight, this.margin / 2);
    const rendered = this.#windows;
    if (needed.some((w, s) => !rendered[s] || w.start < rendered[s].start || w.end > rendered[s].end)) this.#host.requestUpdate();
  }

  /**
   * Scrolls row `index` of section `section` to the nearest edge of the view, as focus would, and
   * renders the host so that the row is in the DOM once `updateComplete` resolves.
   */
  scrollToRow(section: number, index: number): void {
    const scroller = this.#scroller();
    if (!scroller) return;
    const top = rowOffset(this.#counts, this.#metrics, section, index);
    scroller.scrollTop = top < scroller.scrollTop ? top : top + this.#metrics.rowHeight - scroller.clientHeight;
    this.#scrollTop = scroller.scrollTop;
    this.#host.requestUpdate();
  }

  #observe(): void {
    const scroller = this.#scroller();
    if (!scroller || scroller === this.#observedScroller) return;
    this.#resized.observe(scroller);
    this.#observedScroller = scroller;
  }

  /** Reads the heights the window is computed from; renders again when they differ from what the last render assumed. */
  #measure(): void {
    const scroller = this.#scroller();
    if (!scroller) return;
    const row = scroller.querySelector('li.row')?.getBoundingClientRect().height;
    const header = scroller.querySelector('h2')?.getBoundingClientRect().height;
    const section = scroller.querySelector('section')?.getBoundingClientRect().top;
    const metrics: ListMetrics = {
      rowHeight: row || this.#metrics.rowHeight,
      headerHeight: header || this.#metrics.headerHeight,
      sectionsTop: section === undefined ? this.#metrics.sectionsTop : section - scroller.getBoundingClientRect().top + scroller.scrollTop,
    };
    const viewportHeight = scroller.clientHeight;
    const changed = (a: number, b: number) => Math.abs(a - b) > MEASURE_TOLERANCE_PX;
    if (
      changed(metrics.rowHeight, this.#metrics.rowHeight) ||
      changed(metrics.headerHeight, this.#metrics.headerHeight) ||
      changed(metrics.sectionsTop, this.#metrics.sectionsTop) ||
      changed(viewportHeight, this.#viewportHeight)
    ) {
      this.#metrics = metrics;
      this.#viewportHeight = viewportHeight;
      this.#host.requestUpdate();
    }
  }
}
