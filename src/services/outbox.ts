/**
 * Messages the service has not accepted yet, per user, in the order they were sent. Kept in
 * storage (files included: IndexedDB stores Blobs), so a reload or a dropped connection loses
 * none of them.
 */
import type { UserStorage } from './storage/user-storage.js';

export interface OutboxEntry {
  /** Also carried in the message's attributes, so a retry can tell whether it already arrived. */
  readonly clientId: string;
  readonly peer: string;
  readonly text: string;
  readonly files: readonly File[];
  readonly createdAt: number;
  /** A send was started: it may have reached the service even if no answer came back. */
  readonly attempted: boolean;
}

const KEY = 'outbox';

export class Outbox {
  #entries: OutboxEntry[] = [];
  #writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly storage: UserStorage) {}

  /** Reads what a previous session left unsent; malformed entries are dropped, not fatal. */
  async load(): Promise<readonly OutboxEntry[]> {
    const stored = await this.storage.get<unknown>(KEY).catch(() => undefined);
    this.#entries = Array.isArray(stored) ? stored.filter(isEntry) : [];
    return this.#entries;
  }

  get entries(): readonly OutboxEntry[] {
    return this.#entries;
  }

  get(clientId: string): OutboxEntry | undefined {
    return this.#entries.find((entry) => entry.clientId === clientId);
  }

  /** The chat's entries, oldest first. */
  forPeer(peer: string): OutboxEntry[] {
    return this.#entries.filter((entry) => entry.peer === peer);
  }

  add(entry: OutboxEntry): Promise<void> {
    this.#entries = [...this.#entries, entry];
    return this.#persist();
  }

  markAttempted(clientId: string): Promise<void> {
    this.#entries = this.#entries.map((entry) => (entry.clientId === clientId ? { ...entry, attempted: true } : entry));
    return this.#persist();
  }

  remove(clientId: string): Promise<void> {
    if (!this.get(clientId)) return this.#writing.then(() => {});
    this.#entries = this.#entries.filter((entry) => entry.clientId !== clientId);
    return this.#persist();
  }

  /** Writes one after another, each the latest list, so an older list never lands last. */
  #persist(): Promise<void> {
    const write = this.#writing.then(() => this.storage.set(KEY, this.#entries));
    this.#writing = write.catch(() => {});
    return write;
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.clientId === 'string' &&
    typeof entry.peer === 'string' &&
    typeof entry.text === 'string' &&
    Array.isArray(entry.files) &&
    entry.files.every((file) => file instanceof Blob) &&
    typeof entry.createdAt === 'number'
  );
}
