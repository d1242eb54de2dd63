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

export function registerPortalStoreFactory(create: StoreFactory): void {
  factory = create;
}

/** A started store for an element with a token source and a directory, when the portal entry is loaded. */
export function portalStoreFor(settings: PortalSettings): ChatStore | undefined {
  const token = settings.tokenCallback ?? settings.tokenUrl;
  if (!factory || !token || !settings.directory) return undefined;
  const store = factory({ token, directory: settings.directory, loadSdk: settings.loadSdk });
  void store.start();
  return store;
}
