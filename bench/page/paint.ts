/** When the browser has painted something: the moments the figures are measured to. */

/**
 * Resolves with the time just after the current frame has been painted: a message posted from
 * requestAnimationFrame (which runs before the frame's style, layout and paint) is handled only
 * once that rendering work is done.
 */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => afterThisFrame(resolve)));
}

/**
 * Resolves with the time just after the first frame in which `condition()` holds has been
 * painted. It is checked at the start of each frame: the DOM a frame starts with is what it
 * paints, so the first frame that satisfies it is the one that shows it.
 */
export function paintedWhen(condition: () => boolean, timeoutMs = 10_000, what = 'the expected content'): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) afterThisFrame(resolve);
      else if (performance.now() > deadline) reject(new Error(`${what} was not painted within ${timeoutMs} ms`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Call from a requestAnimationFrame callback. */
function afterThisFrame(resolve: (time: number) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    resolve(performance.now());
  };
  channel.port2.postMessage(null);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
