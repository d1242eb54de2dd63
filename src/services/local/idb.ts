/** Minimal promise helpers over IndexedDB, and the embedded backend's schema. */

export const STORES = {
  conversations: 'conversations',
  participants: 'participants',
  messages: 'messages',
  log: 'log',
  users: 'users',
} as const;

const SCHEMA_VERSION = 1;

export function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available in this browser.'));
      return;
    }
    const open = indexedDB.open(name, SCHEMA_VERSION);
    open.onupgradeneeded = () => createSchema(open.result);
    open.onsuccess = () => {
      const db = open.result;
      // Another tab deleting or upgrading the database must not wait on us forever.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    open.onerror = () => reject(open.error ?? new Error(`Could not open IndexedDB database "${name}".`));
    open.onblocked = () => reject(new Error(`IndexedDB database "${name}" is blocked by another tab.`));
  });
}

function createSchema(db: IDBDatabase): void {
  const conversations = db.createObjectStore(STORES.conversations, { keyPath: 'sid' });
  // Unique: a second safety net under the explicit check in createConversation.
  conversations.createIndex('uniqueName', 'uniqueName', { unique: true });
  const participants = db.createObjectStore(STORES.participants, { keyPath: ['conversationSid', 'identity'] });
  participants.createIndex('identity', 'identity');
  // Keyed [conversationSid, index]: a page of one conversation is one key range.
  db.createObjectStore(STORES.messages, { keyPath: ['conversationSid', 'index'] });
  db.createObjectStore(STORES.log, { keyPath: 'seq', autoIncrement: true });
  db.createObjectStore(STORES.users, { keyPath: 'identity' });
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Runs `body` in one transaction and resolves once it has committed, so nothing is announced
 * before it is stored. Only IndexedDB requests may be awaited inside `body`; awaiting anything
 * else lets the transaction commit early. A throw aborts the whole transaction.
 */
export async function transact<T>(
  db: IDBDatabase,
  stores: readonly string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, mode, { durability: 'relaxed' });
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });
  try {
    const result = await body(tx);
    await committed;
    return result;
  } catch (error) {
    committed.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error;
  }
}

/** Up to `limit` values from a cursor walk (getAll cannot walk backwards everywhere). */
export function collect<T>(
  source: IDBObjectStore | IDBIndex,
  range: IDBKeyRange | null,
  direction: IDBCursorDirection,
  limit: number,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const values: T[] = [];
    if (limit <= 0) {
      resolve(values);
      return;
    }
    const req = source.openCursor(range, direction);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(values);
      values.push(cursor.value as T);
      if (values.length >= limit) return resolve(values);
      cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}
