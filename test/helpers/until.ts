/** Test helper: resolves once `check` passes, re-checking on each store change; fails after a timeout. */
import type { ChatStore } from '../../src/services/chat-store.js';
import type { ChatState } from '../../src/services/chat-state.js';

export function until<T>(store: ChatStore, check: (state: ChatState) => T | undefined | false, timeoutMs = 4000): Promise<T> {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Timed out waiting for: ${check.toString()}`));
    }, timeoutMs);
    const test = () => {
      const value = check(store.state);
      if (value === undefined || value === false) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(value);
    };
    unsubscribe = store.subscribe(test);
    test();
  });
}
