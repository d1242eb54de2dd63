/**
 * The agent directory over an insights client's `tr-worker` index: Flex's
 * `manager.insightsClient` or the embedded local one.
 *
 * A result covers at most ~200 workers, so search runs server-side on what the person types
 * rather than filtering one big list. Presence comes from live queries only for the agents
 * a caller watches, and each is closed when the caller stops watching.
 */
import type { Agent, AgentDirectory } from './ports.js';
import { WORKER_INDEX as INDEX, type InsightsClient, type InstantQuery, type ItemsSnapshot, type LiveQuery } from './insights-port.js';
import { rankAgents } from './rank-agents.js';
import { CONTACT_PREFIX, agentFromWorker } from './worker-agent.js';

export { agentFromWorker } from './worker-agent.js';

/** A string literal for an insights expression: user text can never end the quotes early. */
export function quoteLiteral(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function agentsOf(items: ItemsSnapshot): Agent[] {
  return Object.values(items).flatMap((item) => agentFromWorker(item) ?? []);
}

export class InsightsDirectory implements AgentDirectory {
  #query?: Promise<InstantQuery>;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly insights: InsightsClient) {}

  /** Runs on the server for every call: debouncing keystrokes is the caller's job. */
  async search(text: string): Promise<Agent[]> {
    const words = text.trim().replace(/\s+/g, ' ');
    const expression = words
      ? ['data.attributes.full_name', 'data.friendly_name', 'data.attributes.email', 'data.attributes.contact_uri']
          .map((path) => `${path} CONTAINS ${quoteLiteral(words)}`)
          .join(' OR ')
      : 'data.worker_sid != ""';
    return rankAgents(agentsOf(await this.#run(expression)), words);
  }

  async lookup(identities: readonly string[]): Promise<Agent[]> {
    if (identities.length === 0) return [];
    return agentsOf(await this.#run(this.#contactsExpression(identities)));
  }

  /** One live query for exactly these agents; the returned function closes it, once. */
  watch(identities: readonly string[], onChange: (agent: Agent) => void): () => void {
    if (identities.length === 0) return () => {};
    let open: LiveQuery | undefined;
    let closed = false;
    this.insights.liveQuery(INDEX, this.#contactsExpression(identities)).then(
      (query) => {
        if (closed) return query.close(); // Unwatched while it was opening.
        open = query;
        query.on('itemUpdated', ({ value }) => {
          const agent = agentFromWorker(value);
          if (agent) onChange(agent);
        });
      },
      () => {}, // Presence is a nicety: without it the list still works with the last known activity.
    );
    return () => {
      if (closed) return;
      closed = true;
      open?.close();
      open = undefined;
    };
  }

  #contactsExpression(identities: readonly string[]): string {
    return `data.attributes.contact_uri IN [${identities.map((id) => quoteLiteral(CONTACT_PREFIX + id)).join(', ')}]`;
  }

  /** One instant query, reused. A search resets its items, so searches run one after another. */
  #run(expression: string): Promise<ItemsSnapshot> {
    const result = this.#queue.then(() => this.#searchOnce(expression));
    this.#queue = result.catch(() => {});
    return result;
  }

  async #searchOnce(expression: string): Promise<ItemsSnapshot> {
    this.#query ??= this.insights.instantQuery(INDEX);
    // A query that could not be opened is asked for again next time, not remembered as broken.
    const query = await this.#query.catch((error: unknown) => {
      this.#query = undefined;
      throw error;
    });
    await query.search(expression); // Resolves once the result is in getItems().
    return query.getItems();
  }
}
