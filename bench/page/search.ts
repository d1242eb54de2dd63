/**
 * One keystroke of directory search, to the list's paint: from the keystroke to the paint of
 * the agents already known that match (the list shows them at once), and from the directory's
 * search to the paint of its answer. The list asks the directory 120 ms after the last keystroke
 * (its debounce): the store's public `search` is wrapped to note when that call comes.
 */
import { paintedWhen, sleep } from './paint.js';
import { part, signIn, type Agent } from './widget.js';

let alice: Agent | undefined;
const calls: Array<{ text: string; at: number }> = [];

export async function prepareSearch(database: string, directorySize: number): Promise<void> {
  alice = await signIn({ database, identity: 'alice', directorySize });
  const store = alice.store;
  const search = store.search.bind(store);
  store.search = (text: string) => {
    calls.push({ text, at: performance.now() });
    return search(text);
  };
  await settled('');
}

/** Empties the search box, then types `letter` into it and waits for the results to be painted. */
export async function searchKeystroke(letter: string) {
  type('');
  await sleep(200); // Past the debounce: the empty search has started.
  await settled('');
  await sleep(300);
  calls.length = 0;
  const typedAt = performance.now();
  type(letter);
  const shownAt = await shown(letter);
  const knownShown = list().shadowRoot!.querySelectorAll('button.agent').length;
  const paintedAt = await settled(letter);
  const fired = calls.find((call) => call.text === letter);
  if (!fired) throw new Error('The list painted results without searching');
  return {
    keystrokeToPaintMs: shownAt - typedAt,
    knownShown,
    afterDebounceMs: paintedAt - fired.at,
    keystrokeToAnswerMs: paintedAt - typedAt,
    results: alice!.store.state.directory.results.length,
  };
}

function list() {
  return part(alice!, 'iac-agent-list')!;
}

/** What a keystroke does to the box: a new value and an input event. */
function type(text: string): void {
  const box = list().shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Resolves after the frame that first shows the list for `text` (the known matches) has been painted. */
function shown(text: string): Promise<number> {
  const { store } = alice!;
  return paintedWhen(() => store.state.directory.query === text && !list().isUpdatePending, 10_000, `the known agents matching "${text}"`);
}

/** Resolves after the frame that first shows the directory's answer for `text` has been painted. */
function settled(text: string): Promise<number> {
  const { store } = alice!;
  return paintedWhen(() => {
    const { query, searching } = store.state.directory;
    return query === text && !searching && !list().isUpdatePending;
  }, 10_000, `the results for "${text}"`);
}
