/**
 * The part of Flex's insights client (a twilio-sync client) the directory uses, for the
 * `tr-worker` index. Both `manager.insightsClient` and services/local's client satisfy it.
 */

/** One `tr-worker` item's value. */
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

/** Items keyed by their key (the worker sid). */
export type ItemsSnapshot = Record<string, WorkerItem>;

export interface InstantQuery {
  on(event: 'searchResult', listener: (items: ItemsSnapshot) => void): unknown;
  once(event: 'searchResult', listener: (items: ItemsSnapshot) => void): unknown;
  off(event: 'searchResult', listener: (items: ItemsSnapshot) => void): unknown;
  search(expression: string): Promise<void>;
  getItems(): ItemsSnapshot;
}

export interface LiveQuery {
  getItems(): ItemsSnapshot;
  on(event: 'itemUpdated', listener: (item: { key: string; value: WorkerItem }) => void): unknown;
  on(event: 'itemRemoved', listener: (item: { key: string }) => void): unknown;
  close(): void;
}

export interface InsightsClient {
  instantQuery(index: string): Promise<InstantQuery>;
  liveQuery(index: string, expression: string): Promise<LiveQuery>;
}
