/** Waiting for what the gallery shows to stop changing: Lit updates, image decodes, the store. */

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Resolves once nothing under `root` has an update pending and every image has decoded (or
 * failed to), over two quiet rounds in a row; gives up after `maxRounds`.
 */
export async function settle(root: Element, maxRounds = 20): Promise<void> {
  let quiet = 0;
  for (let round = 0; round < maxRounds && quiet < 2; round++) {
    await nextTask();
    const elements = deepElements(root);
    const updates = elements.map((el) => (el as Updating).updateComplete).filter((p) => p !== undefined);
    const images = elements.filter((el): el is HTMLImageElement => el instanceof HTMLImageElement && !el.complete);
    const before = elements.length;
    await Promise.all([...updates, ...images.map((img) => img.decode().catch(() => {}))]);
    quiet = images.length === 0 && deepElements(root).length === before ? quiet + 1 : 0;
  }
  await transitionsDone(root);
}

/** Resolves when every finite CSS transition and animation under `root` (shadow trees included) has ended. */
export async function transitionsDone(root: Element = document.body): Promise<void> {
  for (let round = 0; round < 5; round++) {
    // A transition starts when style is next computed: let a frame render first.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // Asked element by element: the document's own list leaves shadow trees out in Chromium.
    const running = deepElements(root)
      .flatMap((el) => el.getAnimations())
      .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
    if (running.length === 0) return;
    await Promise.all(running.map((a) => a.finished.catch(() => {})));
  }
}

/** Resolves once `check` holds, polling every animation-free tick; rejects after `timeoutMs`. */
export async function waitFor(check: () => unknown, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
