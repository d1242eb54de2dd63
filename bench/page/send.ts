/**
 * Send in one tab, shown in another: each page of the pair signs one agent in; the sender writes
 * the send time into the body, and the receiver notes when a frame showing it has been painted.
 * Both pages run in one browser on one machine, so `timeOrigin + now()` is one clock for both.
 */
import { afterPaint, paintedWhen } from './paint.js';
import { messageElements, part, signIn, type Agent } from './widget.js';

const NUMBERED = /bench #(\d+) at ([\d.]+)/;

let me: Agent | undefined;
const shown = new Map<number, number>();

export async function signInAs(database: string, identity: string): Promise<void> {
  me = await signIn({ database, identity });
}

/** Opens the chat with `peer` once it exists (the first message creates it) and waits for its paint. */
export async function openChat(peer: string): Promise<void> {
  const agent = me!;
  await paintedWhen(() => agent.store.state.chats.has(peer), 10_000, `the chat with ${peer}`);
  await agent.store.openChat(peer);
  await paintedWhen(() => messageElements(agent).length > 0, 10_000, 'the chat');
}

export async function send(peer: string, text: string): Promise<void> {
  await me!.store.send(peer, { text, files: [] });
}

export async function sendNumbered(peer: string, n: number): Promise<void> {
  await send(peer, `bench #${n} at ${performance.timeOrigin + performance.now()}`);
}

/** From now on, notes when each numbered message has been painted in the open thread. */
export function watchArrivals(): void {
  const root = part(me!, 'iac-chat-thread')!.shadowRoot!;
  const seen = new WeakSet<Element>();
  new MutationObserver(() => {
    for (const message of root.querySelectorAll('.message')) {
      if (seen.has(message)) continue;
      seen.add(message);
      const match = NUMBERED.exec(message.textContent ?? '');
      if (match) void afterPaint().then((t) => shown.set(Number(match[1]), performance.timeOrigin + t - Number(match[2])));
    }
  }).observe(root, { childList: true, subtree: true, characterData: true });
}

/** Milliseconds from send to painted here, once message `n` has been shown (always above 0). */
export function shownAfter(n: number): number | undefined {
  return shown.get(n);
}
