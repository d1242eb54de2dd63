/**
 * How `<internal-agent-chat>` builds its own store in a portal without depending on the portal
 * code: the portal entry (src/index.ts) registers a factory here; the Flex plugin imports the
 * element alone, registers nothing, and so never carries the portal's lazy SDK import.
 */
import type { ChatStore } from '../services/chat-store.js';
import type { DirectorySource } from './directory-source.js';
import type { SdkLoader } from './sdk-loader.js';
import type { TokenSource } from './token-source.js';

/** What the element knows about its portal: set as properties (`token-url` also as an attribute). */
export interface PortalSettings {
  tokenUrl?: string;
  tokenCallback?: () => Promise<string> | string;
  directory?: DirectorySource;
  loadSdk?: SdkLoader;
}

type StoreFactory = (options: { token: TokenSource; directory: DirectorySource; loadSdk?: SdkLoader }) => ChatStore;

let factory: StoreFactory | undefined;
/** How each store a factory made takes a directory set after it started. */
const directorySwitches = new WeakMap<ChatStore, (source: DirectorySource) => void>();

/** Called by a factory: `use` hands the store a directory the element is given later. */
export function onDirectoryChange(store: ChatStore, use: (source: DirectorySource) => void): void {
  directorySwitches.set(store, use);
}

export function registerPortalStoreFactory(create: StoreFactory): void {
  factory = create;
}

/**
 * A started store for an element with a token source and a directory, when the portal entry is
 * loaded; once made (`store`), the same store, given the element's directory if it has changed.
 */
export function portalStoreFor(settings: PortalSettings, store?: ChatStore): ChatStore | undefined {
  if (store) return settings.directory && directorySwitches.get(store)?.(settings.directory), store;
  const token = settings.tokenCallback ?? settings.tokenUrl;
  if (!factory || !token || !settings.directory) return undefined;
  store = factory({ token, directory: settings.directory, loadSdk: settings.loadSdk });
  void store.start();
  return store;
}
