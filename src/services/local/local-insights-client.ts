/**
 * The embedded Flex insights client: the `tr-worker` index over seeded workers, searched with
 * Flex query expressions as strictly as Twilio documents them (query-expression.ts).
 *
 * Like Flex, one result holds at most 200 workers — instant searches, `IN [..]` look-ups and
 * live queries alike — so an empty query cannot list a large center, the directory must search
 * as the user types and chunk long identity lists. Assumed, not verified: the exact cap (Flex
 * is known to cut at about 200) and which workers a cut keeps (here: the first in seed order;
 * Twilio documents no order, so callers must not rely on one).
 */
import { WORKER_INDEX, type InsightsClient, type InstantQuery, type LiveQuery, type WorkerItem } from '../directory/insights-port.js';
import { TypedEmitter } from './emitter.js';
import { compileExpression } from './query-expression.js';
import { seedWorkers } from './seed.js';
import { presenceAt } from './seeded-presence.js';

export interface LocalInsightsClientOptions {
  /** The workers of the index, in seed order (default: `seedWorkers()`). */
  workers?: WorkerItem[];
  /** How often a moving agent may change activity. */
  periodMs?: number;
  /** The clock; inject one in tests. */
  now?: () => number;
  /** How often live queries look at the clock. */
  pollMs?: number;
  /** Items in one result, at most (default 200). */
  resultLimit?: number;
}

/** A result here: well-formed workers by sid (what Flex sends is only `object`s; see insights-port.ts). */
export type WorkerSnapshot = Record<string, WorkerItem>;

export class LocalInsightsClient implements InsightsClient {
  private readonly workers: WorkerItem[];
  private readonly periodMs: number;
  private readonly now: () => number;
  private readonly pollMs: number;
  private readonly resultLimit: number;
  /** Workers gone from the index; kept out by sid so the others keep their seed places (and presence). */
  private readonly removed = new Set<string>();
  /** The workers with their presence for one presence period (see workersNow). */
  private presence?: { period: number; workers: readonly WorkerItem[] };
  private readonly live = new Set<LocalLiveQuery>();

  constructor(options: LocalInsightsClientOptions = {}) {
    this.now = options.now ?? Date.now;
    this.workers = options.workers ?? seedWorkers(undefined, this.now());
    this.periodMs = options.periodMs ?? 20_000;
    this.pollMs = options.pollMs ?? 1000;
    this.resultLimit = options.resultLimit ?? 200;
  }

  async instantQuery(index: string): Promise<LocalInstantQuery> {
    checkIndex(index);
    return new LocalInstantQuery((match) => this.snapshot(match));
  }

  /** Rejects on an unknown index or a malformed expression. */
  async liveQuery(index: string, expression: string): Promise<LocalLiveQuery> {
    checkIndex(index);
    const match = compileExpression(expression);
    const query = new LocalLiveQuery(
      () => this.snapshot(match),
      () => Math.floor(this.now() / this.periodMs),
      this.pollMs,
      () => this.live.delete(query),
    );
    this.live.add(query);
    return query;
  }

  /**
   * A worker deleted in TaskRouter, or gone from the index (Flex keeps only workers active in
   * the last 30 days): later results leave it out and open live queries send `itemRemoved` now.
   */
  removeWorker(workerSid: string): void {
    this.removed.add(workerSid);
    for (const query of this.live) query.refresh(true);
  }

  /** Every worker with its presence as of now: worked out once per presence period, not per query. */
  private workersNow(): readonly WorkerItem[] {
    const now = this.now();
    const period = Math.floor(now / this.periodMs);
    if (this.presence?.period !== period) {
      this.presence = { period, workers: this.workers.map((worker, position) => presenceAt(worker, position, now, this.periodMs)) };
    }
    return this.presence.workers;
  }

  /** The matching workers as of now, keyed by worker sid, capped at the result limit. */
  private snapshot(match: (item: unknown) => boolean): WorkerSnapshot {
    const workers = this.workersNow();
    const items: WorkerSnapshot = {};
    let count = 0;
    for (let position = 0; position < workers.length && count < this.resultLimit; position++) {
      const worker = workers[position]!;
      if (this.removed.has(worker.worker_sid) || !match(worker)) continue;
      items[worker.worker_sid] = worker;
      count++;
    }
    return items;
  }
}

function checkIndex(index: string): void {
  if (index !== WORKER_INDEX) throw new Error(`Unknown insights index "${index}"; only "${WORKER_INDEX}" exists.`);
}

export type InstantQueryEvents = { searchResult: (items: WorkerSnapshot) => void };

export class LocalInstantQuery extends TypedEmitter<InstantQueryEvents> implements InstantQuery {
  private items: WorkerSnapshot = {};

  constructor(private readonly run: (match: (item: unknown) => boolean) => WorkerSnapshot) {
    super();
  }

  /** Emits `searchResult` (asynchronously, as over the network); rejects on a malformed expression. */
  async search(expression: string): Promise<void> {
    const match = compileExpression(expression);
    await Promise.resolve();
    this.items = this.run(match);
    this.emit('searchResult', this.items);
  }

  getItems(): WorkerSnapshot {
    return this.items;
  }
}

export type LiveQueryEvents = {
  itemUpdated: (item: { key: string; value: WorkerItem }) => void;
  itemRemoved: (item: { key: string }) => void;
};

/**
 * A standing query: `getItems()` holds the matching workers from its start, then `itemUpdated`
 * when a matching worker changes or starts matching, `itemRemoved` when one stops matching or
 * leaves the index. Looks again whenever the presence period turns.
 */
export class LocalLiveQuery extends TypedEmitter<LiveQueryEvents> implements LiveQuery {
  private items: WorkerSnapshot;
  private period: number;
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly run: () => WorkerSnapshot,
    private readonly currentPeriod: () => number,
    pollMs: number,
    private readonly onClose: () => void,
  ) {
    super();
    this.items = run();
    this.period = currentPeriod();
    this.timer = setInterval(() => this.refresh(), pollMs);
  }

  getItems(): WorkerSnapshot {
    return this.items;
  }

  /** Stops the query's timer; no events after this. */
  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.onClose();
  }

  /** Looks again when the period has turned, or now when `force`d; nothing once closed. */
  refresh(force = false): void {
    const period = this.currentPeriod();
    if ((period === this.period && !force) || this.timer === undefined) return;
    this.period = period;
    const previous = this.items;
    const next = this.run();
    this.items = next;
    for (const [key, value] of Object.entries(next)) {
      if (!previous[key] || JSON.stringify(previous[key]) !== JSON.stringify(value)) this.emit('itemUpdated', { key, value });
    }
    for (const key of Object.keys(previous)) {
      if (!next[key]) this.emit('itemRemoved', { key });
    }
  }
}
