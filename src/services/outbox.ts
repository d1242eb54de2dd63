/**
 * Messages the service has not accepted yet, per user, in the order they were sent. Kept in
 * storage (files included: IndexedDB stores Blobs), so a reload or a dropped connection loses
 * none of them.
 */
import type { UserStorage } from './storage/user-storage.js';
import type { ChatId } from './chat/chat-id.js';
import { mentionsIn } from './conversations/message-view.js';

export interface OutboxEntry {
  /** Also carried in the message's attributes, so a retry can tell whether it already arrived. */
  readonly clientId: string;
  readonly chat: ChatId;
  readonly text: string;
  readonly files: readonly File[];
  /** Identities the text mentions. */
  readonly mentions?: readonly string[];
  readonly createdAt: number;
  /** A send was started: it may have reached the service even if no answer came back. */
  readonly attempted: boolean;
}

const KEY = 'outbox';

export class Outbox {
  #entries: OutboxEntry[] = [];
  #writing: Promise<unknown> = Promise.resolve();

  readonly #storage: UserStorage;

  constructor(storage: UserStorage) {
    this.#storage = storage;
  }

  /** Reads what a previous session left unsent; malformed entries are dropped, not fatal. */
  async load(): Promise<readonly OutboxEntry[]> {
    const stored = await this.#storage.get<unknown>(KEY).catch(() => undefined);
    this.#entries = Array.isArray(stored) ? stored.flatMap((value) => entryOf(value) ?? []) : [];
    return this.#entries;
  }

  get entries(): readonly OutboxEntry[] {
    return this.#entries;
  }

  get(clientId: string): OutboxEntry | undefined {
    return this.#entries.find((entry) => entry.clientId === clientId);
  }

  /** The chat's entries, oldest first. */
  forChat(chat: ChatId): OutboxEntry[] {
    return this.#entries.filter((entry) => entry.chat === chat);
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
    const write = this.#writing.then(() => this.#storage.set(KEY, this.#entries));
    this.#writing = write.catch(() => {});
    return write;
  }
}

/**
 * A stored entry, checked. Older versions named its chat `peer` (the other agent's identity,
 * which is that agent's direct chat id): it is read under its new name.
 */
function entryOf(value: unknown): OutboxEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { peer, ...entry } = value as Record<string, unknown>;
  const chat = entry.chat ?? peer;
  const valid =
    typeof chat === 'string' &&
    chat !== '' &&
    typeof entry.clientId === 'string' &&
    typeof entry.text === 'string' &&
    Array.isArray(entry.files) &&
    entry.files.every((file) => file instanceof Blob) &&
    typeof entry.createdAt === 'number';
  if (!valid) return undefined;
  return { ...entry, chat, ...(entry.mentions === undefined ? {} : { mentions: mentionsIn(entry.mentions) }) } as unknown as OutboxEntry;
}
