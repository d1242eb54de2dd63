/**
 * The part of Flex's insights client (`manager.insightsClient`, a twilio-sync 2.0.1 `SyncClient`)
 * the directory uses, for the `tr-worker` index. insights-port.check.ts proves the real client
 * satisfies it; services/local's client does too.
 *
 * Verified in twilio-sync 2.0.1 (lib/livequery.d.ts, lib/livequery.js, lib/client.js):
 * - `ItemsSnapshot` is `{ [key: string]: object }`: values are whatever the index holds, so here
 *   they are `unknown` and read only through agentFromWorker, which checks every field.
 * - `InstantQuery` and `LiveQuery` are Node-style EventEmitters.
 * - `search()` resolves after it has emitted `searchResult`, so `getItems()` then holds that
 *   result; a search resets the query's items, so one InstantQuery runs one search at a time.
 * - `liveQuery()` resolves with the items at subscription in `getItems()`; then `itemUpdated`
 *   `{ key, value }` and `itemRemoved` `{ key }` (also sent when the service resends a whole
 *   result without a key). `close()` stops them.
 * - Both send the expression in a POST body (no URL length limit applies).
 */

/** A `tr-worker` item's value as Flex fills it in; what arrives is not checked to be one. */
export interface WorkerItem {
  worker_sid: string;
  friendly_name: string;
  activity_name: string;
  /** ISO 8601 timestamp. */
  date_activity_changed?: string;
  attributes: {
    full_name?: string;
    email?: string;
    image_url?: string;
    /** "client:<identity>". */
    contact_uri?: string;
    [key: string]: unknown;
  };
}

/** Items keyed by their key (the worker sid); the values are untrusted. */
export type ItemsSnapshot = { readonly [key: string]: unknown };

export interface InstantQuery {
  /** Resolves once the result is in `getItems()`. */
  search(expression: string): Promise<void>;
  getItems(): ItemsSnapshot;
}

export interface LiveQuery {
  /** The matching items: at subscription, then as updated. */
  getItems(): ItemsSnapshot;
  on(event: 'itemUpdated', listener: (item: { key: string; value: unknown }) => void): unknown;
  on(event: 'itemRemoved', listener: (item: { key: string }) => void): unknown;
  close(): void;
}

export interface InsightsClient {
  instantQuery(index: string): Promise<InstantQuery>;
  liveQuery(index: string, expression: string): Promise<LiveQuery>;
}

/** Flex's index of TaskRouter workers. */
export const WORKER_INDEX = 'tr-worker';
