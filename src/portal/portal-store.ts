import { ChatStore } from '../services/chat-store.js';
import { openUserStorage } from '../services/storage/user-storage.js';
import { deferredStorage } from './deferred-storage.js';
import type { DirectorySource } from './directory-source.js';
import { onDirectoryChange } from './element-hook.js';
import { PortalClient } from './portal-client.js';
import type { SdkLoader } from './sdk-loader.js';
import { SwitchableDirectory } from './switchable-directory.js';
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
  const directory = new SwitchableDirectory(options.directory);
  const store = new ChatStore({
    client,
    directory,
    storage: deferredStorage(client.identity().then((identity) => openUserStorage(identity))),
  });
  // The element's `directory` set again: searched from then on, the box's text asked again.
  onDirectoryChange(store, (source) => directory.use(source) && void store.search(store.state.directory.query));
  return store;
}
