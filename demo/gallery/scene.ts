/**
 * A gallery state's backend: the real ChatStore over real embedded clients, in an IndexedDB
 * database of the state's own (re-seeded on every visit), so states never bleed into each other.
 *
 * Failures are driven through the backend, not faked in the store: `goOffline()` drops the local
 * client's connection, and `Line` stands where the network would between the store and a client,
 * so a state can show a service that never answers or one that is unreachable.
 */
import { clear, createStore } from 'idb-keyval';
import { ChatStore } from '../../src/services/chat-store.js';
import type { ChatState } from '../../src/services/chat-state.js';
import { CHAT_FRIENDLY_NAME, GROUP_NAME_PREFIX, directChatAttributes, directChatName, groupChatAttributes } from '../../src/services/conversations/direct-chat.js';
import { groupChatId, type ChatId } from '../../src/services/chat/chat-id.js';
import { InsightsDirectory } from '../../src/services/directory/insights-directory.js';
import type { InsightsClient, WorkerItem } from '../../src/services/directory/insights-port.js';
import {
  LocalConversationsClient,
  LocalInsightsClient,
  seedWorkers,
  type LocalConversation,
} from '../../src/services/local/index.js';
import { memoryStorage, openUserStorage, type UserStorage } from '../../src/services/storage/user-storage.js';
import type { GroupLine, ScriptLine } from './fixtures.js';

/** How a line to a service behaves: answers, never answers, or fails as a dropped connection does. */
export type LineMode = 'answering' | 'stalled' | 'unreachable';

/**
 * Stands between the store and a client, as the network does. While not answering, the named
 * calls hang or reject with "disconnected" (what the SDKs reject with when their socket drops).
 */
export class Line<T extends object> {
  mode: LineMode = 'answering';
  readonly client: T;

  constructor(target: T, calls: ReadonlyArray<keyof T & string>) {
    const cut = new Set<PropertyKey>(calls);
    this.client = new Proxy(target, {
      get: (object, property) => {
        const value = Reflect.get(object, property, object);
        if (typeof value !== 'function') return value;
        if (this.mode !== 'answering' && cut.has(property)) {
          return () => (this.mode === 'stalled' ? new Promise(() => {}) : Promise.reject(new Error('disconnected')));
        }
        return value.bind(object);
      },
    });
  }
}

export interface SceneOptions {
  /** Who is signed in (a seeded identity). */
  me?: string;
  /** The directory's workers (default: the first 24 seeded ones; plenty to scroll, quick to check). */
  workers?: WorkerItem[];
  /** 'memory' stands for a browser where IndexedDB is unavailable. */
  storage?: 'indexeddb' | 'memory';
  /** Pinned agents, stored before start as the store keeps them. */
  pins?: string[];
}

const HOUR_MS = 3_600_000;

export class Scene {
  readonly me: string;
  readonly database: string;
  readonly workers: WorkerItem[];
  /** My raw client: seed through it, and drop or restore its connection. */
  client!: LocalConversationsClient;
  /** Between the store and my client. */
  conversationsLine!: Line<LocalConversationsClient>;
  /** Between the store and the directory's insights client. */
  readonly insightsLine: Line<InsightsClient>;
  store!: ChatStore;
  readonly #peers = new Map<string, Promise<LocalConversationsClient>>();
  #storage!: UserStorage;

  private constructor(id: string, options: SceneOptions) {
    this.me = options.me ?? 'alice';
    this.database = `iac-gallery:${id}`;
    this.workers = options.workers ?? seedWorkers(24);
    this.insightsLine = new Line<InsightsClient>(new LocalInsightsClient({ workers: this.workers }), ['instantQuery', 'liveQuery']);
  }

  /**
   * A fresh backend for the state `id`: its database emptied, my client connected. Seed it,
   * then `start()` the store. With `connect: false` the client is created but left to connect
   * while the caller arranges what happens meanwhile (e.g. going offline at sign-in).
   */
  static async open(id: string, options: SceneOptions = {}, connect = true): Promise<Scene> {
    const scene = new Scene(id, options);
    await deleteDatabase(scene.database);
    scene.#storage = options.storage === 'memory' ? memoryStorage() : await freshUserStorage(scene.me, `${scene.database}:user`);
    if (options.pins) await scene.#storage.set('pins', options.pins);
    const clientOptions = { database: scene.database, friendlyName: scene.nameOf(scene.me) };
    scene.client = connect
      ? await LocalConversationsClient.create(scene.me, clientOptions)
      : new LocalConversationsClient(scene.me, clientOptions);
    scene.conversationsLine = new Line(scene.client, [
      'getSubscribedConversations',
      'getConversationByUniqueName',
      'getConversationBySid',
      'createConversation',
      'getUser',
    ]);
    return scene;
  }

  /** The seeded full name of an identity. */
  nameOf(identity: string): string {
    const worker = this.workers.find((w) => w.attributes.contact_uri === `client:${identity}`);
    return (worker?.attributes.full_name as string | undefined) ?? identity;
  }

  /** Another agent's client on the same database, for messages, media, typing and reads of theirs. */
  peer(identity: string): Promise<LocalConversationsClient> {
    let client = this.#peers.get(identity);
    if (!client) {
      // Typing lasts an hour, so a "typing" state holds while a designer looks at it.
      client = LocalConversationsClient.create(identity, { database: this.database, friendlyName: this.nameOf(identity), typingTimeoutMs: HOUR_MS });
      this.#peers.set(identity, client);
    }
    return client;
  }

  /**
   * Creates the direct chat with `peer` the way the store does (same name, tag and members) and
   * imports `script` into it in one go. `readUpTo` is how many messages I have read (default: all).
   */
  async chat(peer: string, script: readonly ScriptLine[], options: { readUpTo?: number; peerRead?: boolean } = {}): Promise<LocalConversation> {
    const conversation = await this.client.createConversation({
      uniqueName: await directChatName(this.me, peer),
      friendlyName: CHAT_FRIENDLY_NAME,
      attributes: directChatAttributes(this.me, peer),
    });
    await conversation.add(peer);
    const now = Date.now();
    if (script.length) {
      await conversation.importMessages(
        script.map((line) => ({
          body: line.body,
          author: line.from === 'me' ? this.me : peer,
          dateCreated: new Date(now - line.minutesAgo * 60_000),
        })),
      );
    }
    const read = options.readUpTo ?? script.length;
    if (read > 0) await conversation.advanceLastReadMessageIndex(read - 1);
    if (options.peerRead) await (await this.peersConversation(peer)).setAllMessagesRead();
    return conversation;
  }

  /**
   * Creates a group named `name` with `members` the way the store does, and imports `script`
   * into it in one go (each line by its author's identity); everything in it read by me.
   */
  async group(name: string, members: readonly string[], script: readonly GroupLine[]): Promise<ChatId> {
    const conversation = await this.client.createConversation({ uniqueName: `${GROUP_NAME_PREFIX}${name}`, friendlyName: name, attributes: groupChatAttributes() });
    for (const member of members) await conversation.add(member);
    const now = Date.now();
    if (script.length) {
      await conversation.importMessages(
        script.map((line) => ({ body: line.body, author: line.from, attributes: line.attributes, dateCreated: new Date(now - line.minutesAgo * 60_000) })),
      );
      await conversation.advanceLastReadMessageIndex(script.length - 1);
    }
    return groupChatId(conversation.sid);
  }

  /** Sends a message with attachments from `from` (me or the peer) in the chat with `peer`. */
  async sendMedia(from: string, peer: string, body: string, files: readonly File[]): Promise<void> {
    const conversation = from === this.me ? await this.#myConversation(peer) : await this.peersConversation(peer);
    const builder = conversation.prepareMessage();
    if (body) builder.setBody(body);
    for (const file of files) builder.addMedia({ contentType: file.type, filename: file.name, media: file });
    await builder.build().send();
    if (from === this.me) await conversation.setAllMessagesRead();
  }

  /** Sends a text message from `from` (me or the peer) in the chat with `peer`. */
  async say(from: string, peer: string, body: string): Promise<void> {
    const conversation = from === this.me ? await this.#myConversation(peer) : await this.peersConversation(peer);
    await conversation.sendMessage(body);
    if (from === this.me) await conversation.setAllMessagesRead();
  }

  /** Marks everything in the chat with `peer` read by me (a chat I have caught up on). */
  async readAll(peer: string): Promise<void> {
    await (await this.#myConversation(peer)).setAllMessagesRead();
  }

  /** The chat with `peer` as the peer's client holds it. */
  async peersConversation(peer: string): Promise<LocalConversation> {
    const client = await this.peer(peer);
    return client.getConversationByUniqueName(await directChatName(this.me, peer));
  }

  async #myConversation(peer: string): Promise<LocalConversation> {
    return this.client.getConversationByUniqueName(await directChatName(this.me, peer));
  }

  /** Builds the store over the lines and starts it; resolves once start has settled (or at once with `wait: false`). */
  async start(options: { wait?: boolean } = {}): Promise<ChatStore> {
    this.store = new ChatStore({
      client: this.conversationsLine.client,
      directory: new InsightsDirectory(this.insightsLine.client),
      storage: this.#storage,
    });
    const started = this.store.start();
    if (options.wait !== false) {
      await started;
      // The directory's first answer and the chats' previews arrive after start.
      if (this.insightsLine.mode === 'answering' && this.store.state.startup === 'ready') {
        await this.until((s) => !s.directory.searching);
      }
      await this.quiet();
    }
    return this.store;
  }

  /** Resolves once the store has announced no change for `ms` (at most `timeoutMs` from now). */
  quiet(ms = 80, timeoutMs = 3000): Promise<void> {
    return new Promise((resolve) => {
      let timer = setTimeout(done, ms);
      const limit = setTimeout(done, timeoutMs);
      const unsubscribe = this.store.subscribe(() => {
        clearTimeout(timer);
        timer = setTimeout(done, ms);
      });
      function done() {
        clearTimeout(timer);
        clearTimeout(limit);
        unsubscribe();
        resolve();
      }
    });
  }

  /** Resolves once everyone the directory has for `text` is known to the store (a search of the caller's own has merged). */
  async found(text: string): Promise<void> {
    const matches = await new InsightsDirectory(this.insightsLine.client).search(text);
    await this.until((s) => matches.every((agent) => s.agents.has(agent.identity)));
  }

  /** Resolves once `check` holds for the store's state (re-checked on every change). */
  until(check: (state: ChatState) => unknown, timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      let unsubscribe = () => {};
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`The gallery's seeded store did not reach: ${check.toString()}`));
      }, timeoutMs);
      const test = () => {
        if (!check(this.store.state)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      unsubscribe = this.store.subscribe(test);
      test();
    });
  }

  async dispose(): Promise<void> {
    this.store?.dispose();
    const peers = await Promise.all([...this.#peers.values()].map((p) => p.catch(() => null)));
    await Promise.all([this.client, ...peers].map((client) => client?.shutdown()));
  }
}

/** Deletes a database; a connection another tab keeps open must not hold the gallery up for long. */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    const timer = setTimeout(resolve, 1000);
    request.onsuccess = request.onerror = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}

/** The per-user storage the demo uses, emptied: pins, drafts and the outbox of an earlier visit go. */
async function freshUserStorage(identity: string, database: string): Promise<UserStorage> {
  await clear(createStore(database, 'user-data')).catch(() => {});
  return openUserStorage(identity, database);
}
