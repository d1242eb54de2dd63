/**
 * The embedded backend's "server": every operation is one IndexedDB transaction that checks,
 * changes and appends to the change log together. IndexedDB runs overlapping readwrite
 * transactions one at a time, across tabs too, so checks cannot race their writes. What a
 * transaction appended is handed to `onCommit` once it has committed, so the tabs can be told it
 * without each reading it back.
 */
import type { JSONValue } from '@twilio/conversations';
import { STORES, collect, openDatabase, request, transact } from './idb.js';
import {
  conversationNotFound,
  conversationsLimitReached,
  messageNotFound,
  notAuthorized,
  participantExists,
  uniqueNameExists,
} from './local-errors.js';
import { newSid } from './records.js';
import type {
  ConversationRecord,
  LogChange,
  LogEntry,
  MediaRecord,
  MessageRecord,
  ParticipantRecord,
  UserRecord,
} from './records.js';

export const BODY_LIMIT_BYTES = 32 * 1024;
export const MESSAGE_ATTRIBUTES_LIMIT_BYTES = 4 * 1024;
export const CONVERSATION_ATTRIBUTES_LIMIT_BYTES = 16 * 1024;
export const NAME_LIMIT_CHARS = 256;
/** Log entries older than this are pruned; a client offline longer misses them. */
const LOG_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface MessageDraft {
  body: string | null;
  attributes: JSONValue;
  media: Array<{ blob: Blob; filename: string | null; contentType: string }>;
}

export interface MessagesPage {
  records: MessageRecord[];
  hasPrevPage: boolean;
  hasNextPage: boolean;
}

/** Log entries in order, with the records of the messages they add or change, by messageKey. */
export interface LogSlice {
  entries: LogEntry[];
  messages: Map<string, MessageRecord>;
}

export interface ConversationSnapshot {
  conversation: ConversationRecord;
  participants: ParticipantRecord[];
}

const { conversations: C, participants: P, messages: M, log: L, users: U } = STORES;

const participantsOf = (sid: string) => IDBKeyRange.bound([sid], [sid, []]);
const messagesOf = (sid: string, lower = -Infinity, upper = Infinity, lowerOpen = false, upperOpen = false) =>
  IDBKeyRange.bound([sid, lower], [sid, upper], lowerOpen, upperOpen);
/** Key of a message in a LogSlice's map. */
export const messageKey = (sid: string, index: number) => `${sid}:${index}`;

export class ConversationsDatabase {
  private constructor(
    private readonly db: IDBDatabase,
    /** Conversations one identity may take part in (the service's 1000). */
    private readonly conversationLimit: number,
    /** Called with what each change appended to the log, once it has committed. */
    private readonly onCommit: (appended: LogSlice) => void,
  ) {}

  static async open(name: string, conversationLimit: number, onCommit: (appended: LogSlice) => void = () => {}): Promise<ConversationsDatabase> {
    return new ConversationsDatabase(await openDatabase(name), conversationLimit, onCommit);
  }

  close(): void {
    this.db.close();
  }

  /** Everything `identity` takes part in, and the log position that state corresponds to. */
  loadFor(identity: string): Promise<{ cursor: number; conversations: ConversationSnapshot[] }> {
    return transact(this.db, [C, P, L], 'readonly', async (tx) => {
      const participants = tx.objectStore(P);
      const mine = await request(participants.index('identity').getAll(IDBKeyRange.only(identity)));
      const last = request(tx.objectStore(L).openKeyCursor(null, 'prev'));
      const loaded = await Promise.all(
        (mine as ParticipantRecord[]).map(async ({ conversationSid }) => ({
          conversation: (await request(tx.objectStore(C).get(conversationSid))) as ConversationRecord,
          participants: (await request(participants.getAll(participantsOf(conversationSid)))) as ParticipantRecord[],
        })),
      );
      const cursor = (await last)?.key;
      return { cursor: typeof cursor === 'number' ? cursor : 0, conversations: loaded.filter((c) => c.conversation) };
    });
  }

  /** Log entries after `cursor`, with the current records of the messages they add or change. */
  readLog(cursor: number): Promise<LogSlice> {
    return transact(this.db, [L, M], 'readonly', async (tx) => {
      const entries = (await request(tx.objectStore(L).getAll(IDBKeyRange.lowerBound(cursor, true)))) as LogEntry[];
      const messages = new Map<string, MessageRecord>();
      const store = tx.objectStore(M);
      await Promise.all(
        entries.map(async (entry) => {
          const sid = entry.conversation.sid;
          let found: MessageRecord[] = [];
          if (entry.kind === 'messagesAdded') {
            found = (await request(store.getAll(messagesOf(sid, entry.from, entry.to)))) as MessageRecord[];
          } else if (entry.kind === 'messageUpdated') {
            const record = (await request(store.get([sid, entry.index]))) as MessageRecord | undefined;
            if (record) found = [record];
          }
          for (const record of found) messages.set(messageKey(sid, record.index), record);
        }),
      );
      return { entries, messages };
    });
  }

  async createConversation(
    identity: string,
    options: { uniqueName?: string; friendlyName?: string; attributes?: JSONValue },
  ): Promise<string> {
    const { uniqueName, friendlyName, attributes = {} } = options;
    checkName('friendlyName', friendlyName);
    checkAttributes(attributes, CONVERSATION_ATTRIBUTES_LIMIT_BYTES, 'Conversation');
    if (uniqueName !== undefined && (typeof uniqueName !== 'string' || uniqueName === '')) {
      throw new RangeError('uniqueName must be a non-empty string.');
    }
    return this.change([C, P, L], async (tx) => {
      if (uniqueName !== undefined) {
        const existing = await request(tx.objectStore(C).index('uniqueName').getKey(uniqueName));
        if (existing !== undefined) throw uniqueNameExists();
      }
      await this.checkConversationLimit(tx, identity);
      const now = new Date();
      const conversation: ConversationRecord = {
        sid: newSid('CH'),
        ...(uniqueName !== undefined ? { uniqueName } : {}),
        friendlyName: friendlyName ?? null,
        attributes,
        createdBy: identity,
        dateCreated: now,
        dateUpdated: now,
        nextMessageIndex: 0,
      };
      tx.objectStore(C).add(conversation);
      const participant = newParticipant(conversation.sid, identity, {});
      tx.objectStore(P).add(participant);
      append(tx, conversation, { kind: 'participantJoined', participant, participants: [participant] });
      return conversation.sid;
    });
  }

  async addParticipant(sid: string, by: string, identity: string, attributes: JSONValue = {}): Promise<ParticipantRecord> {
    if (typeof identity !== 'string' || identity === '') throw new RangeError('identity must be a non-empty string.');
    checkName('identity', identity);
    return this.change([C, P, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      // join() is an add of oneself and needs no prior membership.
      if (by !== identity) await requireParticipant(tx, sid, by);
      if ((await request(tx.objectStore(P).getKey([sid, identity]))) !== undefined) throw participantExists();
      await this.checkConversationLimit(tx, identity);
      const participant = newParticipant(sid, identity, attributes);
      tx.objectStore(P).add(participant);
      const participants = (await request(tx.objectStore(P).getAll(participantsOf(sid)))) as ParticipantRecord[];
      append(tx, conversation, { kind: 'participantJoined', participant, participants });
      return participant;
    });
  }

  removeParticipant(sid: string, by: string, identity: string): Promise<void> {
    return this.change([C, P, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      await requireParticipant(tx, sid, by);
      const participant = await requireParticipant(tx, sid, identity);
      tx.objectStore(P).delete([sid, identity]);
      append(tx, conversation, { kind: 'participantLeft', participant });
    });
  }

  deleteConversation(sid: string, by: string): Promise<void> {
    return this.change([C, P, M, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      await requireParticipant(tx, sid, by);
      tx.objectStore(C).delete(sid);
      tx.objectStore(P).delete(participantsOf(sid));
      tx.objectStore(M).delete(messagesOf(sid));
      append(tx, conversation, { kind: 'conversationRemoved' });
    });
  }

  async updateConversationAttributes(sid: string, by: string, attributes: JSONValue): Promise<void> {
    checkAttributes(attributes, CONVERSATION_ATTRIBUTES_LIMIT_BYTES, 'Conversation');
    return this.change([C, P, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      await requireParticipant(tx, sid, by);
      const updated: ConversationRecord = { ...conversation, attributes, dateUpdated: new Date() };
      tx.objectStore(C).put(updated);
      append(tx, updated, { kind: 'conversationUpdated', reasons: ['attributes', 'dateUpdated'] });
    });
  }

  /** Renames a conversation as people see it; only a participant may. */
  async updateConversationFriendlyName(sid: string, by: string, friendlyName: string): Promise<void> {
    checkName('friendlyName', friendlyName);
    return this.change([C, P, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      await requireParticipant(tx, sid, by);
      const updated: ConversationRecord = { ...conversation, friendlyName, dateUpdated: new Date() };
      tx.objectStore(C).put(updated);
      append(tx, updated, { kind: 'conversationUpdated', reasons: ['friendlyName', 'dateUpdated'] });
    });
  }

  /** Renames a conversation, or frees its name with null; a name taken by another conversation is refused (50353). */
  async updateConversationUniqueName(sid: string, by: string, uniqueName: string | null): Promise<void> {
    if (uniqueName !== null && (typeof uniqueName !== 'string' || uniqueName === '')) {
      throw new RangeError('uniqueName must be a non-empty string, or null to clear it.');
    }
    return this.change([C, P, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      await requireParticipant(tx, sid, by);
      if (uniqueName !== null) {
        const existing = await request(tx.objectStore(C).index('uniqueName').getKey(uniqueName));
        if (existing !== undefined && existing !== sid) throw uniqueNameExists();
      }
      // A record without the property is left out of the uniqueName index: the name is free.
      const { uniqueName: _previous, ...rest } = conversation;
      const updated: ConversationRecord = { ...rest, ...(uniqueName !== null ? { uniqueName } : {}), dateUpdated: new Date() };
      tx.objectStore(C).put(updated);
      append(tx, updated, { kind: 'conversationUpdated', reasons: ['uniqueName', 'dateUpdated'] });
    });
  }

  /** Stores a message under the next index, allocated in the same transaction. */
  async appendMessage(sid: string, author: string, draft: MessageDraft): Promise<number> {
    checkBody(draft.body, draft.media.length > 0);
    checkAttributes(draft.attributes, MESSAGE_ATTRIBUTES_LIMIT_BYTES, 'Message');
    return this.change([C, P, M, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      await requireParticipant(tx, sid, author);
      const now = new Date();
      const index = conversation.nextMessageIndex;
      const media: MediaRecord[] = draft.media.map(({ blob, filename, contentType }) => ({
        sid: newSid('ME'),
        filename,
        contentType,
        size: blob.size,
        blob,
      }));
      const message: MessageRecord = {
        sid: newSid('IM'),
        conversationSid: sid,
        index,
        author,
        body: draft.body,
        attributes: draft.attributes,
        dateCreated: now,
        dateUpdated: now,
        media: media.length ? media : null,
      };
      const updated: ConversationRecord = {
        ...conversation,
        nextMessageIndex: index + 1,
        lastMessage: { index, dateCreated: now },
        dateUpdated: now,
      };
      tx.objectStore(M).add(message);
      tx.objectStore(C).put(updated);
      append(tx, updated, { kind: 'messagesAdded', from: index, to: index }, [message]);
      return index;
    });
  }

  /**
   * Seeds many text messages in one transaction (benchmarks, gallery): far faster than one
   * send each. Every author must be a participant.
   */
  async importMessages(
    sid: string,
    by: string,
    messages: ReadonlyArray<{ body: string; author?: string; attributes?: JSONValue; dateCreated?: Date }>,
  ): Promise<number[]> {
    for (const { body, attributes = {} } of messages) {
      checkBody(body, false);
      checkAttributes(attributes, MESSAGE_ATTRIBUTES_LIMIT_BYTES, 'Message');
    }
    return this.change([C, P, M, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      const authors = new Set(messages.map((m) => m.author ?? by));
      for (const author of authors.add(by)) await requireParticipant(tx, sid, author);
      const from = conversation.nextMessageIndex;
      let last = conversation.lastMessage;
      const records: MessageRecord[] = [];
      const indexes = messages.map(({ body, author = by, attributes = {}, dateCreated = new Date() }, i) => {
        const index = from + i;
        const record: MessageRecord = {
          sid: newSid('IM'),
          conversationSid: sid,
          index,
          author,
          body,
          attributes,
          dateCreated,
          dateUpdated: dateCreated,
          media: null,
        };
        tx.objectStore(M).add(record);
        records.push(record);
        last = { index, dateCreated };
        return index;
      });
      if (!indexes.length) return indexes;
      const updated: ConversationRecord = { ...conversation, nextMessageIndex: from + indexes.length, lastMessage: last, dateUpdated: new Date() };
      tx.objectStore(C).put(updated);
      // One log entry for the whole range keeps a 10,000-message import to one write more.
      append(tx, updated, { kind: 'messagesAdded', from, to: from + indexes.length - 1 }, records);
      return indexes;
    });
  }

  /** Only the author may edit a message. */
  async updateMessage(sid: string, by: string, index: number, change: { body?: string; attributes?: JSONValue }): Promise<void> {
    if (change.body !== undefined) checkBody(change.body, false);
    if (change.attributes !== undefined) checkAttributes(change.attributes, MESSAGE_ATTRIBUTES_LIMIT_BYTES, 'Message');
    return this.change([C, P, M, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      const message = await getOwnMessage(tx, sid, by, index);
      const updated: MessageRecord = { ...message, ...change, dateUpdated: new Date() };
      tx.objectStore(M).put(updated);
      const reasons = [
        ...(change.body !== undefined ? (['body'] as const) : []),
        ...(change.attributes !== undefined ? (['attributes'] as const) : []),
        'dateUpdated' as const,
      ];
      append(tx, conversation, { kind: 'messageUpdated', index, reasons }, [updated]);
    });
  }

  removeMessage(sid: string, by: string, index: number): Promise<void> {
    return this.change([C, P, M, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      const message = await getOwnMessage(tx, sid, by, index);
      tx.objectStore(M).delete([sid, index]);
      const media = message.media?.map(({ sid, filename, contentType, size }) => ({ sid, filename, contentType, size })) ?? null;
      append(tx, conversation, { kind: 'messageRemoved', message: { ...message, media } });
    });
  }

  /**
   * One page of messages by key range, never the whole conversation. Backwards: the newest
   * `pageSize` with index ≤ anchor; forward: the oldest with index ≥ anchor. Items ascend.
   */
  async messagesPage(
    sid: string,
    by: string,
    pageSize: number,
    anchor: number | undefined,
    direction: 'backwards' | 'forward',
  ): Promise<MessagesPage> {
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError('pageSize must be a positive integer.');
    return transact(this.db, [C, P, M], 'readonly', async (tx) => {
      await getConversation(tx, sid);
      await requireParticipant(tx, sid, by);
      const store = tx.objectStore(M);
      const exists = async (range: IDBKeyRange) => (await request(store.getKey(range))) !== undefined;
      if (direction === 'backwards') {
        const found = await collect<MessageRecord>(store, messagesOf(sid, -Infinity, anchor ?? Infinity), 'prev', pageSize + 1);
        const records = found.slice(0, pageSize).reverse();
        const hasNextPage = anchor !== undefined && (await exists(messagesOf(sid, anchor, Infinity, true)));
        return { records, hasPrevPage: found.length > pageSize, hasNextPage };
      }
      const found = (await request(store.getAll(messagesOf(sid, anchor ?? -Infinity), pageSize + 1))) as MessageRecord[];
      const hasPrevPage = anchor !== undefined && (await exists(messagesOf(sid, -Infinity, anchor, false, true)));
      return { records: found.slice(0, pageSize), hasPrevPage, hasNextPage: found.length > pageSize };
    });
  }

  countMessages(sid: string, by: string): Promise<number> {
    return transact(this.db, [C, P, M], 'readonly', async (tx) => {
      await getConversation(tx, sid);
      await requireParticipant(tx, sid, by);
      return request(tx.objectStore(M).count(messagesOf(sid)));
    });
  }

  /** Messages after `identity`'s read horizon; null while there is no horizon (SDK quirk). */
  unreadCount(sid: string, identity: string): Promise<number | null> {
    return transact(this.db, [C, P, M], 'readonly', async (tx) => {
      await getConversation(tx, sid);
      const { lastReadMessageIndex } = await requireParticipant(tx, sid, identity);
      if (lastReadMessageIndex === null) return null;
      return request(tx.objectStore(M).count(messagesOf(sid, lastReadMessageIndex, Infinity, true)));
    });
  }

  /**
   * Moves `identity`'s read horizon forward to `target` (or to the last message); never back.
   * Resolves to the unread count after the move.
   */
  async advanceReadHorizon(sid: string, identity: string, target: number | 'last'): Promise<number> {
    if (target !== 'last' && (!Number.isInteger(target) || target < 0)) {
      throw new RangeError('A message index is a non-negative integer.');
    }
    return this.change([C, P, M, L], async (tx) => {
      const conversation = await getConversation(tx, sid);
      const participant = await requireParticipant(tx, sid, identity);
      const index = target === 'last' ? conversation.lastMessage?.index : target;
      const current = participant.lastReadMessageIndex;
      const moves = index !== undefined && (current === null || index > current);
      if (moves) {
        const now = new Date();
        const updated: ParticipantRecord = { ...participant, lastReadMessageIndex: index, lastReadTimestamp: now, dateUpdated: now };
        tx.objectStore(P).put(updated);
        append(tx, conversation, {
          kind: 'participantUpdated',
          participant: updated,
          reasons: ['lastReadMessageIndex', 'lastReadTimestamp'],
        });
      }
      const horizon = moves ? index : current;
      if (horizon === null) return 0;
      return request(tx.objectStore(M).count(messagesOf(sid, horizon, Infinity, true)));
    });
  }

  putUser(user: UserRecord): Promise<void> {
    return transact(this.db, [U], 'readwrite', async (tx) => {
      tx.objectStore(U).put(user);
    });
  }

  getUser(identity: string): Promise<UserRecord | undefined> {
    return transact(this.db, [U], 'readonly', async (tx) => request(tx.objectStore(U).get(identity)));
  }

  /** Drops log entries older than the retention window; best effort, at start-up. */
  pruneLog(now = Date.now()): Promise<void> {
    return transact(this.db, [L], 'readwrite', (tx) => {
      return new Promise<void>((resolve, reject) => {
        const req = tx.objectStore(L).openCursor();
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor || (cursor.value as LogEntry).at >= now - LOG_RETENTION_MS) return resolve();
          cursor.delete();
          cursor.continue();
        };
        req.onerror = () => reject(req.error);
      });
    });
  }

  /** A readwrite transaction whose log entries go to `onCommit` once it has committed. */
  private async change<T>(stores: readonly string[], body: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    let transaction: IDBTransaction | undefined;
    const result = await transact(this.db, stores, 'readwrite', (tx) => body((transaction = tx)));
    const slice = transaction && appended.get(transaction);
    if (slice?.entries.length) this.onCommit(slice);
    return result;
  }

  private async checkConversationLimit(tx: IDBTransaction, identity: string): Promise<void> {
    const count = await request(tx.objectStore(P).index('identity').count(IDBKeyRange.only(identity)));
    if (count >= this.conversationLimit) throw conversationsLimitReached(identity, this.conversationLimit);
  }
}

function newParticipant(conversationSid: string, identity: string, attributes: JSONValue): ParticipantRecord {
  const now = new Date();
  return {
    sid: newSid('MB'),
    conversationSid,
    identity,
    attributes,
    dateCreated: now,
    dateUpdated: now,
    lastReadMessageIndex: null,
    lastReadTimestamp: null,
  };
}

/** What each change's transaction has appended so far: its entries as their writes succeed. */
const appended = new WeakMap<IDBTransaction, LogSlice>();

/** Appends a change to the log; `messages` are the records it adds or changes, as they now are. */
function append(tx: IDBTransaction, conversation: ConversationRecord, change: LogChange, messages: readonly MessageRecord[] = []): void {
  const entry = { ...change, conversation, at: Date.now() };
  let slice = appended.get(tx);
  if (!slice) appended.set(tx, (slice = { entries: [], messages: new Map() }));
  for (const record of messages) slice.messages.set(messageKey(record.conversationSid, record.index), record);
  const add = tx.objectStore(L).add(entry);
  add.onsuccess = () => slice.entries.push({ ...entry, seq: add.result as number } as LogEntry);
}

async function getConversation(tx: IDBTransaction, sid: string): Promise<ConversationRecord> {
  const conversation = (await request(tx.objectStore(C).get(sid))) as ConversationRecord | undefined;
  if (!conversation) throw conversationNotFound();
  return conversation;
}

async function requireParticipant(tx: IDBTransaction, sid: string, identity: string): Promise<ParticipantRecord> {
  const participant = (await request(tx.objectStore(P).get([sid, identity]))) as ParticipantRecord | undefined;
  if (!participant) throw notAuthorized();
  return participant;
}

async function getOwnMessage(tx: IDBTransaction, sid: string, by: string, index: number): Promise<MessageRecord> {
  await requireParticipant(tx, sid, by);
  const message = (await request(tx.objectStore(M).get([sid, index]))) as MessageRecord | undefined;
  if (!message) throw messageNotFound();
  if (message.author !== by) throw notAuthorized();
  return message;
}

const encoder = new TextEncoder();
const utf8Bytes = (text: string) => encoder.encode(text).length;

function checkBody(body: string | null, hasMedia: boolean): void {
  if (body === null || body === '') {
    if (!hasMedia) throw new RangeError('A message needs a body or an attachment.');
    return;
  }
  if (typeof body !== 'string') throw new TypeError('A message body is a string.');
  const bytes = utf8Bytes(body);
  if (bytes > BODY_LIMIT_BYTES) {
    throw new RangeError(`Message body is ${bytes} bytes; the limit is ${BODY_LIMIT_BYTES} bytes (32 KB).`);
  }
}

function checkAttributes(attributes: JSONValue, limit: number, what: string): void {
  let json: string | undefined;
  try {
    json = JSON.stringify(attributes);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw new TypeError(`${what} attributes must be JSON.`);
  const bytes = utf8Bytes(json);
  if (bytes > limit) throw new RangeError(`${what} attributes are ${bytes} bytes; the limit is ${limit} bytes.`);
}

function checkName(what: string, name: string | undefined): void {
  if (name !== undefined && name.length > NAME_LIMIT_CHARS) {
    throw new RangeError(`${what} is ${name.length} characters; the limit is ${NAME_LIMIT_CHARS}.`);
  }
}
