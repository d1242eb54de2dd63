/**
 * Who a portal's agents can chat with, in whichever form the portal has it: an AgentDirectory,
 * a plain list of agents, or a search function (typically over the portal's own user API).
 * Lists and functions have no live presence: agents keep the activity they were given.
 */
import type { Agent, AgentDirectory } from '../services/directory/ports.js';
import { bestMatches, rankAgents } from '../services/directory/rank-agents.js';

export type AgentSearch = (text: string) => Promise<readonly Agent[]> | readonly Agent[];
export type DirectorySource = AgentDirectory | readonly Agent[] | AgentSearch;

const noPresence = () => () => {};

export function toAgentDirectory(source: DirectorySource): AgentDirectory {
  if (typeof source === 'function') return searchDirectory(source);
  if (Array.isArray(source)) return listDirectory(source as readonly Agent[]);
  return source as AgentDirectory;
}

function listDirectory(agents: readonly Agent[]): AgentDirectory {
  return {
    async search(text) {
      return bestMatches(agents, text);
    },
    async lookup(identities) {
      return agents.filter((a) => identities.includes(a.identity));
    },
    watch: noPresence,
  };
}

/** Look-ups ask the function for each identity not met in an earlier answer. */
function searchDirectory(search: AgentSearch): AgentDirectory {
  const known = new Map<string, Agent>();
  const ask = async (text: string) => {
    const agents = [...(await search(text))];
    for (const agent of agents) known.set(agent.identity, agent);
    return agents;
  };
  return {
    async search(text) {
      return rankAgents(await ask(text), text);
    },
    async lookup(identities) {
      await Promise.all(identities.filter((id) => !known.has(id)).map((id) => ask(id).catch(() => [])));
      return identities.flatMap((id) => known.get(id) ?? []);
    },
    watch: noPresence,
  };
}
