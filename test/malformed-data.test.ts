/**
 * Data another client wrote badly reaches the widget as well-formed values: dates that are not
 * dates, or not valid ones, bodies that are not text, attributes of any shape, attachments
 * without names or sizes, indexes that are no message's. The chat shows what it can and never
 * throws while rendering. Fed the way other clients could write it: straight into the embedded
 * backend's IndexedDB (another tab, an older version), and through the REST API on the strict
 * SDK double (a back-office import), read back as the SDK parses it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ChatStore } from '../src/services/chat-store.js';
import { InsightsDirectory } from '../src/services/directory/insights-directory.js';
import { LocalConversationsClient, LocalInsightsClient } from '../src/services/local/index.js';
import { memoryStorage } from '../src/services/storage/user-storage.js';
import type { InternalAgentChat } from '../src/components/internal-agent-chat/internal-agent-chat.js';
import '../src/components/internal-agent-chat/internal-agent-chat.js';
import { ConversationsServiceDouble, conversationsSdkDouble, type StrictClient } from './sdk-double/index.js';
import { whenInitialized } from '../src/services/conversations/initialized.js';
import { settled } from './helpers/fixture-with-store.js';
import { localChat, testDatabase } from './helpers/local-chat.js';
import { until } from './helpers/until.js';

const TAG = { internalAgentChat: { kind: 'direct', agents: ['alice', 'bob'] } };

/** Errors the page did not catch (a throw while rendering ends up here). */
function pageErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Rewrites records in the embedded backend's database as another tab could. */
async function rewrite(
  database: string,
  store: 'messages' | 'conversations',
  change: (record: Record<string, unknown>) => unknown,
  /** Where a record the change answers 'move' for goes: under this index instead. */
  movedIndex?: number,
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(database);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const cursor = tx.objectStore(store).openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      const changed = change(at.value as Record<string, unknown>);
      if (changed === 'move') {
        at.delete();
        tx.objectStore(store).add({ ...(at.value as object), index: movedIndex });
      } else if (changed) at.update(changed);
      at.continue();
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** What the open thread shows: each message's text and each time's datetime. */
async function shownThread(chat: InternalAgentChat): Promise<{ bodies: string[]; times: string[]; files: string[] }> {
  await settled(chat);
  const thread = chat.shadowRoot!.querySelector('iac-chat-thread')!;
  await settled(thread);
  const root = thread.shadowRoot!;
  return {
    bodies: [...root.querySelectorAll('.message')].map((m) => m.querySelector('.body')?.textContent?.trim() ?? ''),
    times: [...root.querySelectorAll('time')].map((t) => t.getAttribute('datetime') ?? ''),
    files: [...root.querySelectorAll('iac-attachment')].map((a) => a.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  };
}

describe('data that came malformed', () => {
  let watch: ReturnType<typeof pageErrors>;
  beforeEach(() => (watch = pageErrors()));
  afterEach(() => watch.stop());

  it('on the embedded backend: records another tab rewrote show as text, with times, and nothing throws', async () => {
    const database = testDatabase();
    const bob = await localChat('bob', database, { start: false });
    const conversation = await bob.client.createConversation({ uniqueName: 'pair', attributes: TAG });
    await conversation.add('alice');
    for (const body of ['a string date', 'an invalid date', 'a number body', 'no index']) await conversation.sendMessage(body);
    await conversation.prepareMessage().setBody('a file').addMedia({ contentType: 'text/plain', filename: 'notes.txt', media: new Blob(['hi']) }).build().send();
    await bob.stop();

    await rewrite(database, 'messages', (message) => {
      switch (message.body) {
        case 'a string date':
          return { ...message, dateCreated: 'last Tuesday', dateUpdated: 42, attributes: 'not json' };
        case 'an invalid date':
          return { ...message, dateCreated: new Date(Number.NaN), dateUpdated: new Date(Number.NaN), attributes: null };
        case 'a number body':
          return { ...message, body: 42, author: null, attributes: [1, 2] };
        case 'a file':
          return {
            ...message,
            attributes: { mentions: [7, 'alice', null, 'alice', { identity: 'bob' }] },
            media: (message.media as Array<Record<string, unknown>>).map((m) => ({ ...m, filename: 7, contentType: null, size: 'big' })),
          };
        default:
          return undefined;
      }
    });
    // A message under an index no service message has (not a whole number): left out.
    await rewrite(database, 'messages', (message) => (message.body === 'no index' ? 'move' : undefined), 3.5);
    await rewrite(database, 'conversations', (record) => ({ ...record, dateUpdated: 'soon', lastMessage: { index: 'four', dateCreated: 'never' } }));

    const client = new LocalConversationsClient('alice', { database });
    const store = new ChatStore({ client, directory: new InsightsDirectory(new LocalInsightsClient()), storage: memoryStorage() });
    await store.start();
    const chat = await fixture<InternalAgentChat>(html`<internal-agent-chat style="height: 600px" .store=${store}></internal-agent-chat>`);
    try {
      await until(store, (s) => s.chats.has('bob'));
      const summary = store.state.chats.get('bob')!;
      expect(Number.isInteger(summary.unread), `unread ${summary.unread}`).to.equal(true);
      expect(summary.lastActivity === null || !Number.isNaN(summary.lastActivity.getTime())).to.equal(true);
      await store.openChat('bob');
      await until(store, (s) => s.threads.get('bob')?.status === 'ready');
      for (const message of store.state.threads.get('bob')!.messages) {
        expect(Number.isNaN(message.sentAt.getTime()), `${message.body}: sentAt`).to.equal(false);
        expect(typeof message.body).to.equal('string');
        expect(Number.isInteger(message.index)).to.equal(true);
        expect(message.mentions, `${message.body}: mentions`).to.deep.equal(message.body === 'a file' ? ['alice'] : []);
      }
      const shown = await shownThread(chat);
      expect(shown.bodies).to.include.members(['a string date', 'an invalid date', 'a file']);
      expect(shown.bodies).not.to.include('no index');
      for (const time of shown.times) expect(Number.isNaN(Date.parse(time)), time).to.equal(false);
      expect(shown.files.join(' ')).to.contain('attachment');
      expect(watch.errors).to.deep.equal([]);
      await expect(chat).to.be.accessible();
    } finally {
      store.dispose();
      await client.shutdown();
    }
  });

  it('on the strict double: messages a REST import wrote with dates and attributes the SDK cannot parse, live and on opening', async () => {
    const service = new ConversationsServiceDouble({ latencyMs: 5 });
    const { Client } = conversationsSdkDouble(service);
    const clients: StrictClient[] = [];
    const signIn = (identity: string) => {
      const client = new Client(service.issueToken(identity), { throwErrorsAlways: true });
      clients.push(client);
      return client;
    };
    const bob = signIn('bob');
    await whenInitialized(bob);
    const conversation = await bob.createConversation({ uniqueName: 'pair', attributes: TAG });
    await conversation.add('alice');
    service.restCreateMessage(conversation.sid, { author: 'bob', body: 'imported on 31/02', dateCreated: '31/02/2024 25:61', attributes: '{not json' });

    const alice = signIn('alice');
    const store = new ChatStore({ client: alice, directory: new InsightsDirectory(new LocalInsightsClient()), storage: memoryStorage() });
    await store.start();
    const chat = await fixture<InternalAgentChat>(html`<internal-agent-chat style="height: 600px" .store=${store}></internal-agent-chat>`);
    try {
      await until(store, (s) => s.chats.has('bob'));
      await store.openChat('bob');
      await until(store, (s) => s.threads.get('bob')?.status === 'ready');
      // While the chat is open: another import arrives as a live message.
      service.restCreateMessage(conversation.sid, { author: 'bob', body: 'imported later', dateCreated: 'not a date', attributes: '42' });
      await until(store, (s) => s.threads.get('bob')!.messages.length === 2);
      const summary = store.state.chats.get('bob')!;
      expect(summary.lastActivity === null || !Number.isNaN(summary.lastActivity.getTime()), 'last activity').to.equal(true);
      for (const message of store.state.threads.get('bob')!.messages) expect(Number.isNaN(message.sentAt.getTime()), message.body).to.equal(false);
      const shown = await shownThread(chat);
      expect(shown.bodies).to.deep.equal(['imported on 31/02', 'imported later']);
      for (const time of shown.times) expect(Number.isNaN(Date.parse(time)), time).to.equal(false);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      store.dispose();
      await Promise.all(clients.map((client) => client.shutdown()));
    }
  });
});
