/**
 * Presence for one chunk of agents, from one live query opened when the pacer allows.
 *
 * What the caller hears: first every agent in the query's initial items (their presence may
 * have changed since they were looked up), then each `itemUpdated`. When an item is removed —
 * the worker deleted, or gone from the index after 30 idle days — or stops describing a chat
 * agent, the agent is reported again with the name last known, `UNKNOWN_ACTIVITY` and no
 * `activitySince`: the directory no longer knows their presence.
 */
import { UNKNOWN_ACTIVITY, type Agent } from './ports.js';
import type { InsightsClient, LiveQuery } from './insights-port.js';
import type { Pacer } from './pacer.js';
import { agentFromWorker } from './worker-agent.js';

/** Opens the live query for `expression`; the returned function closes it, once, even while it is opening. */
export function watchPresence(
  insights: InsightsClient,
  pacer: Pacer,
  index: string,
  expression: string,
  onChange: (agent: Agent) => void,
): () => void {
  let closed = false;
  let open: LiveQuery | undefined;
  /** The last agent reported per item key, to report on removal. */
  const known = new Map<string, Agent>();

  const update = (key: string, value: unknown) => {
    const agent = agentFromWorker(value);
    if (!agent) return remove(key);
    known.set(key, agent);
    onChange(agent);
  };
  const remove = (key: string) => {
    const agent = known.get(key);
    if (!agent) return;
    known.delete(key);
    onChange({ ...agent, activity: UNKNOWN_ACTIVITY, activitySince: undefined });
  };

  (async () => {
    if (!(await pacer.turn(() => !closed))) return;
    const query = await insights.liveQuery(index, expression);
    if (closed) return query.close(); // Unwatched while it was opening.
    open = query;
    query.on('itemUpdated', (item) => update(String(item?.key), item?.value));
    query.on('itemRemoved', (item) => remove(String(item?.key)));
    for (const [key, value] of Object.entries(query.getItems())) update(key, value);
  })().catch(() => {
    // Presence is a nicety: without it the list still works with the last known activity.
  });

  return () => {
    if (closed) return;
    closed = true;
    open?.close();
    open = undefined;
  };
}
