/**
 * The agent directory over an insights client's `tr-worker` index: Flex's
 * `manager.insightsClient` or the embedded local one.
 *
 * A result covers at most ~200 workers, so search runs server-side on what the person types
 * rather than filtering one big list, and look-ups and watches of many agents go in chunks
 * (insights-expressions.ts). Presence comes from live queries only for the agents a caller
 * watches, one per chunk, each closed when the caller stops watching.
 *
 * Twilio allows about 20 live queries a second per index per identity (Sync limits; instant
 * searches are assumed to count too). Flex's own views query the same index as the same
 * agent, so this directory starts at most 10 queries of either kind a second and waits for the rest.
 */
import type { Agent, AgentDirectory } from './ports.js';
import { WORKER_INDEX, type InsightsClient, type ItemsSnapshot } from './insights-port.js';
import { CONTACTS_PER_QUERY, contactExpressions, searchExpression, searchWords, teamExpression } from './insights-expressions.js';
import { InstantSearches } from './instant-searches.js';
import { Pacer } from './pacer.js';
import { watchPresence } from './presence-watch.js';
import { rankAgents } from './rank-agents.js';
import { agentFromWorker } from './worker-agent.js';

export { agentFromWorker } from './worker-agent.js';
export { quoteLiteral } from './insights-expressions.js';

export interface InsightsDirectoryOptions {
  /** Identities per look-up or live query (default `CONTACTS_PER_QUERY`, 100). */
  contactsPerQuery?: number;
  /** Queries started a second, at most (default 10). */
  queriesPerSecond?: number;
}

const QUERIES_PER_SECOND = 10;

function agentsOf(items: ItemsSnapshot): Agent[] {
  return Object.values(items).flatMap((item) => agentFromWorker(item) ?? []);
}

export class InsightsDirectory implements AgentDirectory {
  readonly #insights: InsightsClient;
  readonly #pacer: Pacer;
  readonly #searches: InstantSearches;
  readonly #contactsPerQuery: number;

  constructor(insights: InsightsClient, options: InsightsDirectoryOptions = {}) {
    this.#insights = insights;
    this.#pacer = new Pacer(options.queriesPerSecond ?? QUERIES_PER_SECOND);
    this.#searches = new InstantSearches(insights, WORKER_INDEX, this.#pacer);
    this.#contactsPerQuery = options.contactsPerQuery ?? CONTACTS_PER_QUERY;
  }

  /** Runs on the server for every call: debouncing keystrokes is the caller's job. */
  async search(text: string): Promise<Agent[]> {
    const words = searchWords(text);
    return rankAgents(agentsOf(await this.#searches.search(searchExpression(words))), words);
  }

  /** The workers whose `team_name` is `name` (as many as one search answers: more than a group holds). */
  async team(name: string): Promise<Agent[]> {
    return agentsOf(await this.#searches.search(teamExpression(name)));
  }

  /** Every one of these agents the index knows, however many, one chunk per search. */
  async lookup(identities: readonly string[]): Promise<Agent[]> {
    const chunks = contactExpressions(identities, this.#contactsPerQuery);
    const results = await Promise.all(chunks.map((expression) => this.#searches.search(expression)));
    const byIdentity = new Map(results.flatMap(agentsOf).map((agent) => [agent.identity, agent]));
    return [...byIdentity.values()];
  }

  /**
   * Presence of exactly these agents, one live query per chunk (presence-watch.ts says what
   * `onChange` hears); the returned function closes them all, once, opened or still opening.
   */
  watch(identities: readonly string[], onChange: (agent: Agent) => void): () => void {
    const closers = contactExpressions(identities, this.#contactsPerQuery).map((expression) =>
      watchPresence(this.#insights, this.#pacer, WORKER_INDEX, expression, onChange),
    );
    return () => closers.forEach((close) => close());
  }
}
