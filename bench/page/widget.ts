/**
 * One signed-in agent on the embedded backend, mounted the way a portal mounts the widget (see
 * demo/main.ts): a ChatStore over a local Conversations client and a local insights directory,
 * handed to <internal-agent-chat>. The figures read only the store's public API and the DOM.
 */
import { ChatStore, InsightsDirectory, openUserStorage, type InternalAgentChat } from '../../src/index.js';
import { LocalConversationsClient, LocalInsightsClient, seedWorkers } from '../../src/services/local/index.js';
import type { WorkerItem } from '../../src/services/directory/insights-port.js';

export interface Agent {
  readonly store: ChatStore;
  readonly client: LocalConversationsClient;
  /** Absent for a headless agent (seeding). */
  readonly element?: InternalAgentChat;
}

export interface AgentOptions {
  /** The IndexedDB database of the embedded backend; each figure uses its own. */
  database: string;
  identity: string;
  /** How many seeded agents the directory holds. */
  directorySize?: number;
  /** Put <internal-agent-chat> on the page (false: a store only, for seeding). */
  mounted?: boolean;
}

const workersBySize = new Map<number, WorkerItem[]>();

/** The seeded workers, the same in every page and run (made once per size). */
export function workers(count: number): WorkerItem[] {
  let list = workersBySize.get(count);
  if (!list) workersBySize.set(count, (list = seedWorkers(count)));
  return list;
}

/** A store signed in as `identity`, started; mounted in the page unless `mounted` is false. */
export async function signIn(options: AgentOptions): Promise<Agent> {
  const { database, identity, directorySize = 60, mounted = true } = options;
  // In the page first, as a portal's HTML has it: its elements load while the rest starts.
  const element = mounted ? document.createElement('internal-agent-chat') : undefined;
  if (element) document.querySelector('#app')!.replaceChildren(element);
  const seeded = workers(directorySize);
  const friendlyName = seeded.find((w) => w.friendly_name === identity)?.attributes.full_name ?? identity;
  const client = new LocalConversationsClient(identity, { database, friendlyName });
  const store = new ChatStore({
    client,
    directory: new InsightsDirectory(new LocalInsightsClient({ workers: seeded })),
    storage: await openUserStorage(identity, `${database}-user`),
  });
  if (element) element.store = store;
  await store.start();
  if (store.state.startup !== 'ready') throw new Error(`${identity} could not start: ${store.state.startupError}`);
  return { store, client, element };
}

export async function signOut(agent: Agent): Promise<void> {
  agent.store.dispose();
  agent.element?.remove();
  await agent.client.shutdown();
}

/** An element inside the widget's shadow root. */
export function part<K extends keyof HTMLElementTagNameMap>(agent: Agent, tag: K): HTMLElementTagNameMap[K] | null {
  return agent.element?.shadowRoot?.querySelector(tag) ?? null;
}

/** The message elements the open thread has in the DOM. */
export function messageElements(agent: Agent): NodeListOf<HTMLElement> | [] {
  return part(agent, 'iac-chat-thread')?.shadowRoot?.querySelectorAll<HTMLElement>('.message') ?? [];
}
