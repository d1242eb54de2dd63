/**
 * Per-user persistence (pins now; drafts and the outbox later) in IndexedDB through idb-keyval.
 * Every key includes the user's identity, so two agents sharing a browser never see each
 * other's pins or drafts. Without IndexedDB (blocked, private mode) it keeps data in memory
 * and says so through `persistent`.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';

export interface UserStorage {
  /** False when data lives in memory only and will not survive a reload. */
  readonly persistent: boolean;
  get<T>(name: string): Promise<T | undefined>;
  set<T>(name: string, value: T): Promise<void>;
}

const DATABASE = 'internal-agent-chat';

export async function openUserStorage(identity: string, database = DATABASE): Promise<UserStorage> {
  const key = (name: string) => `${name}:${identity}`;
  try {
    const store: UseStore = createStore(database, 'user-data');
    await get('probe', store);
    return {
      persistent: true,
      get: (name) => get(key(name), store),
      set: (name, value) => set(key(name), value, store),
    };
  } catch {
    return memoryStorage();
  }
}

export function memoryStorage(): UserStorage {
  const values = new Map<string, unknown>();
  return {
    persistent: false,
    get: async <T>(name: string) => values.get(name) as T | undefined,
    set: async (name, value) => void values.set(name, value),
  };
}
