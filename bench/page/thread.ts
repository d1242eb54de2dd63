/** The 10,000-message thread: opening it to first paint, then scrolling from newest to oldest. */
import { afterPaint, paintedWhen, sleep } from './paint.js';
import { messageElements, part, signIn, type Agent } from './widget.js';

/** A frame interval this long means at least one 16.7 ms refresh went by without a new frame. */
const LONG_FRAME_MS = 1.5 * (1000 / 60);

let alice: Agent | undefined;

/** Signs alice in, waits until the page is idle, then opens her chat with `peer`. */
export async function openThread(database: string, peer: string) {
  alice = await signIn({ database, identity: 'alice' });
  await afterPaint();
  await sleep(500); // Directory, presence and previews settle: the open is measured alone.
  const agent = alice;
  const started = performance.now();
  void agent.store.openChat(peer);
  const painted = await paintedWhen(() => messageElements(agent).length > 0, 20_000, 'the first messages');
  const atFirstPaint = messageElements(agent).length;
  await sleep(1000); // Whatever the thread loads by itself after its first paint stays in the DOM.
  return { ms: painted - started, atFirstPaint, settled: messageElements(agent).length };
}

/**
 * Scrolls the open thread up by `stepPx` every frame, as a fast reader would, until the first
 * message is reached (or `capMs` runs out), and records every frame interval meanwhile.
 */
export async function scrollHistory(stepPx: number, capMs: number) {
  const agent = alice!;
  const peer = agent.store.state.activeChat!;
  const log = () => part(agent, 'iac-chat-thread')?.shadowRoot?.querySelector<HTMLElement>('[part~="log"]');
  const indexes = () => agent.store.state.threads.get(peer)?.messages.map((m) => m.index).filter((i) => i >= 0) ?? [];
  const newest = Math.max(...indexes());
  const loaf = longAnimationFrames();
  const intervals: number[] = [];
  let mostElements = 0;
  const started = performance.now();
  let previous = started;
  const reachedOldest = await new Promise<boolean>((resolve) => {
    const frame = (now: number) => {
      intervals.push(now - previous);
      previous = now;
      mostElements = Math.max(mostElements, messageElements(agent).length);
      const el = log();
      const thread = agent.store.state.threads.get(peer);
      if (el && el.scrollTop === 0 && thread?.status === 'ready' && !thread.hasOlder && !thread.loadingOlder) return resolve(true);
      if (now - started > capMs) return resolve(false);
      if (el) el.scrollTop = Math.max(0, el.scrollTop - stepPx);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  intervals.shift(); // From the call to the first frame: not a frame.
  return {
    reachedOldest,
    ms: performance.now() - started,
    frames: intervals.length,
    longFrames: intervals.filter((ms) => ms > LONG_FRAME_MS).length,
    worstFrameMs: Math.max(0, ...intervals),
    longAnimationFrames: loaf(),
    mostElements,
    /** How far back it got: the thread may hold only a window of the history it has passed. */
    scrolledThrough: newest - Math.min(...indexes()) + 1,
  };
}

/** Counts long animation frames (over 50 ms, Chromium's LoAF API) until the returned function is called. */
function longAnimationFrames(): () => number | null {
  if (!PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return () => null;
  let count = 0;
  const observer = new PerformanceObserver((list) => void (count += list.getEntries().length));
  observer.observe({ type: 'long-animation-frame' });
  return () => {
    count += observer.takeRecords().length;
    observer.disconnect();
    return count;
  };
}
