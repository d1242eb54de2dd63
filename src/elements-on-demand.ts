/**
 * How the portal entry keeps the elements out of its first load, as the Flex plugin keeps its
 * view part (src/plugin.ts): the tags stay undefined until their module arrives. It is loaded
 * as soon as the page puts one of the tags in its document, or once the page is idle after
 * start (so a chat opened later is instant); `load()` asks for it at once. The browser upgrades
 * the elements already in the page when they are defined, and Lit hands each the properties the
 * page set before that (the `store`, `tokenCallback`, `directory`, …): nothing set early is lost.
 *
 * If the module cannot be fetched, each `<internal-agent-chat>` in the document says so, with
 * Reload: a browser keeps a module that failed to arrive failed until the page is reloaded.
 */

/** The tags src/elements.ts defines. */
export const ELEMENT_TAGS = ['internal-agent-chat', 'iac-agent-list', 'iac-chat-thread', 'iac-composer', 'iac-attachment', 'iac-quick-switcher'] as const;

/** At idle after start, or after this at the latest. */
const LOAD_BY_MS = 3000;

/** Loads the elements' module once: when `watched` has one of their tags, at idle, or on `load()`. */
export function elementsOnDemand<T>(importElements: () => Promise<T>, watched: ParentNode = document): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  const watcher = new MutationObserver(() => loadIfUsed());
  const load = (): Promise<T> => {
    if (!loaded) {
      loaded = importElements();
      loaded.then(() => watcher.disconnect(), () => {});
    }
    // Until the page reloads, every chat it shows says the elements did not arrive.
    loaded.catch((error: unknown) => showNotLoaded(watched, error));
    return loaded;
  };
  const selector = ELEMENT_TAGS.join();
  const loadIfUsed = () => void (watched.querySelector(selector) && load().catch(() => {}));
  watcher.observe(watched, { childList: true, subtree: true });
  loadIfUsed();
  if (!loaded) {
    const atIdle = () => void load().catch(() => {});
    if (typeof requestIdleCallback === 'function') requestIdleCallback(atIdle, { timeout: LOAD_BY_MS });
    else setTimeout(atIdle, LOAD_BY_MS);
  }
  return load;
}

const shown = new WeakSet<Element>();

/** In each chat that is still undefined, what did not arrive and a Reload button (light DOM: the chat has no shadow root yet). */
function showNotLoaded(watched: ParentNode, error: unknown): void {
  const file = /\bhttps?:\/\/\S+/.exec(String(error instanceof Error ? error.message : error))?.[0] ?? String(error);
  for (const chat of watched.querySelectorAll('internal-agent-chat:not(:defined)')) {
    if (shown.has(chat)) continue;
    shown.add(chat);
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.lang = 'en';
    box.style.cssText = 'display:grid;justify-items:start;gap:8px;padding:16px;font:14px/1.5 system-ui,sans-serif';
    const text = document.createElement('p');
    text.style.margin = '0';
    text.textContent = `The chat couldn't be loaded: ${file} didn't arrive. Check your connection and reload the page. If it keeps happening, ask whoever runs this site to check that the chat's files are hosted together.`;
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Reload';
    reload.addEventListener('click', () => location.reload());
    box.append(text, reload);
    chat.append(box);
  }
}
