import { ChatStore } from '../services/chat-store.js';
import { openUserStorage } from '../services/storage/user-storage.js';
import { deferredStorage } from './deferred-storage.js';
import { toAgentDirectory, type DirectorySource } from './directory-source.js';
import { PortalClient } from './portal-client.js';
import type { SdkLoader } from './sdk-loader.js';
import type { TokenSource } from './token-source.js';

export interface PortalChatOptions {
  /** The portal's token endpoint (fetched with the page's credentials) or a function returning a token. */
  token: TokenSource;
  /** Who can be chatted with: an AgentDirectory, a list of agents, or a search function. */
  directory: DirectorySource;
  /** Loads the SDK; by default `import('@twilio/conversations')`, on first use. */
  loadSdk?: SdkLoader;
}

/**
 * A store for a portal, returned at once: it connects in the background, and pins and drafts are
 * kept under the identity the token carries. Call `start()` (the element does when it makes one).
 */
export function createPortalStore(options: PortalChatOptions): ChatStore {
  const client = new PortalClient({ token: options.token, loadSdk: options.loadSdk });
  return new ChatStore({
    client,
    directory: toAgentDirectory(options.directory),
    storage: deferredStorage(client.identity().then((identity) => openUserStorage(identity))),
  });
}
