import { FailureInWords } from './describe-error.js';
import type { ChatClient, Paginator } from './ports.js';

/**
 * Resolves when the client has initialized; rejects with its words when its start failed.
 *
 * Not `connectionState`: the SDK reports 'connected' as soon as its socket is up, before it has
 * loaded the user (whose identity is '' until then), and Flex hands plugins its client in that
 * gap. The SDK's emitter replays an event that already happened to `onceWithReplay`, so a
 * client that started, or failed, before anyone asked is answered at once.
 */
export function whenInitialized(client: ChatClient): Promise<void> {
  return new Promise((resolve, reject) => {
    const onReady = () => {
      client.off('initFailed', onFailed);
      resolve();
    };
    const onFailed = ({ error }: { error?: { message: string } }) => {
      client.off('initialized', onReady);
      // A client that could not be had at all says why in words of its own (see flex/unavailable.ts).
      reject(error instanceof FailureInWords ? error : new Error(error?.message ?? 'The chat service could not start'));
    };
    client.onceWithReplay('initialized', onReady);
    client.onceWithReplay('initFailed', onFailed);
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
