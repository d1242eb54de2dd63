/** Test helper: a real store for one agent over the embedded backend, isolated per test by database name. */
import { ChatStore } from '../../src/services/chat-store.js';
import { InsightsDirectory } from '../../src/services/directory/insights-directory.js';
import { openUserStorage } from '../../src/services/storage/user-storage.js';
import { LocalConversationsClient, LocalInsightsClient, seedWorkers } from '../../src/services/local/index.js';

export interface LocalChat {
  store: ChatStore;
  client: LocalConversationsClient;
  stop(): Promise<void>;
}

export interface LocalChatOptions {
  /** Start the store (default true). */
  start?: boolean;
  /** How many seeded agents the directory holds (default: the seed's 60). */
  directorySize?: number;
}

export async function localChat(identity: string, database: string, options: LocalChatOptions = {}): Promise<LocalChat> {
  const client = new LocalConversationsClient(identity, { database, typingTimeoutMs: 300 });
  const store = new ChatStore({
    client,
    directory: new InsightsDirectory(new LocalInsightsClient({ workers: seedWorkers(options.directorySize) })),
    storage: await openUserStorage(identity, `${database}-user`),
  });
  if (options.start !== false) await store.start();
  return {
    store,
    client,
    async stop() {
      store.dispose();
      await client.shutdown();
    },
  };
}

export const testDatabase = () => `iac-test-${crypto.randomUUID()}`;
