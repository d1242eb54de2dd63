/**
 * Instant searches over a few reused InstantQuery objects. A search resets its query's items
 * (twilio-sync 2.0.1), so each query runs one search at a time; up to `size` run at once, so the
 * chunks of a long look-up need not wait for each other's round trips, each started when the
 * pacer allows.
 */
import type { InsightsClient, InstantQuery, ItemsSnapshot } from './insights-port.js';
import type { Pacer } from './pacer.js';

export class InstantSearches {
  #idle: InstantQuery[] = [];
  /** Queries opened or being opened. */
  #open = 0;
  #waiting: Array<() => void> = [];

  readonly #insights: InsightsClient;
  readonly #index: string;
  readonly #pacer: Pacer;
  readonly #size;

  constructor(
    insights: InsightsClient,
    index: string,
    pacer: Pacer,
    size = 4,
  ) {
    this.#insights = insights;
    this.#index = index;
    this.#pacer = pacer;
    this.#size = size;
  }

  async search(expression: string): Promise<ItemsSnapshot> {
    const query = await this.#take();
    try {
      await this.#pacer.turn();
      await query.search(expression);
      return query.getItems();
    } finally {
      this.#idle.push(query);
      this.#wakeOne();
    }
  }

  async #take(): Promise<InstantQuery> {
    for (;;) {
      const idle = this.#idle.pop();
      if (idle) return idle;
      if (this.#open < this.#size) {
        this.#open++;
        try {
          return await this.#insights.instantQuery(this.#index);
        } catch (error) {
          // Not remembered as broken: the next search asks for a query again.
          this.#open--;
          this.#wakeOne();
          throw error;
        }
      }
      await new Promise<void>((wake) => this.#waiting.push(wake));
    }
  }

  #wakeOne(): void {
    this.#waiting.shift()?.();
  }
}
