import type { ChatClient, Paginator } from './ports.js';

/**
 * Resolves when the client is ready to use. A client Flex hands over is usually started already
 * (its `initialized` has fired), so a connected client counts as ready.
 */
export function whenInitialized(client: ChatClient): Promise<void> {
  if (client.connectionState === 'connected') return Promise.resolve();
  // A client whose start already failed never says so again: waiting would hang on "Connecting…".
  if (client.connectionState === 'denied' || client.connectionState === 'error') {
    return Promise.reject(new Error(`The chat service refused the connection (${client.connectionState})`));
  }
  return new Promise((resolve, reject) => {
    const done = () => {
      client.off('initialized', onReady);
      client.off('initFailed', onFailed);
    };
    const onReady = () => (done(), resolve());
    const onFailed = ({ error }: { error?: { message: string } }) => {
      done();
      reject(new Error(error?.message ?? 'The chat service could not start'));
    };
    client.on('initialized', onReady);
    client.on('initFailed', onFailed);
  });
}

/** Every item of an SDK paginator, page after page. */
export async function readAllPages<T>(first: Promise<Paginator<T>>): Promise<T[]> {
  let page = await first;
  const items = [...page.items];
  while (page.hasNextPage) {
    page = await page.nextPage();
    items.push(...page.items);
  }
  return items;
}
