import type { UserStorage } from '../services/storage/user-storage.js';

/**
 * Per-user storage that can be handed to the store before the user's identity is known (in a
 * portal it comes from the token): calls wait until `opening` settles. The store first reads
 * after the client is initialized, by which time it has.
 */
export function deferredStorage(opening: Promise<UserStorage>): UserStorage {
  let opened: UserStorage | undefined;
  opening.then((storage) => (opened = storage), () => {});
  return {
    get persistent() {
      return opened?.persistent ?? false;
    },
    get: async (name) => (await opening).get(name),
    set: async (name, value) => (await opening).set(name, value),
  };
}
