/**
 * The bench page: the functions `bench/run.mjs` calls through page.evaluate, one module per
 * figure. With `?startup=<database>&as=<identity>&agents=<n>&chats=<n>` it measures start-up
 * as it loads instead, and leaves the result in `window.startup`.
 */
import { seedChats, seedThread } from './seed.js';
import { openThread, scrollHistory } from './thread.js';
import { prepareSearch, searchKeystroke } from './search.js';
import { openChat, send, sendNumbered, shownAfter, signInAs, watchArrivals } from './send.js';
import { measureStartup } from './startup.js';

const bench = {
  seedThread,
  seedChats,
  openThread,
  scrollHistory,
  prepareSearch,
  searchKeystroke,
  signInAs,
  openChat,
  send,
  sendNumbered,
  watchArrivals,
  shownAfter,
};

declare global {
  interface Window {
    bench: typeof bench;
    startup?: Promise<Awaited<ReturnType<typeof measureStartup>> | { error: string }>;
  }
}

window.bench = bench;

const params = new URLSearchParams(location.search);
const database = params.get('startup');
if (database) {
  const [agents, chats] = [Number(params.get('agents') ?? 60), Number(params.get('chats') ?? 0)];
  window.startup = measureStartup(database, params.get('as') ?? 'alice', agents, chats).catch((error: unknown) => ({ error: String(error) }));
}
