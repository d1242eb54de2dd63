import type { Agent } from './ports.js';

/** Text as searches compare it: without case or accents ("María" is "maria"). */
export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Whether `text` occurs in `name` (a group's, say), ignoring case and accents. */
export const matchesName = (name: string, text: string) => fold(name).includes(fold(text.trim()));

/** Whether the text occurs in the agent's name, identity or email, ignoring case and accents. */
export function matchesAgent(agent: Agent, text: string): boolean {
  return [agent.displayName, agent.identity, agent.email ?? ''].some((field) => matchesName(field, text));
}

/** The agents `text` matches (matchesAgent), best first (rankAgents), but those `leftOut` (identities). */
export function bestMatches(agents: Iterable<Agent>, text: string, leftOut: ReadonlySet<string | undefined> = new Set()): Agent[] {
  return rankAgents([...agents].filter((agent) => !leftOut.has(agent.identity) && matchesAgent(agent, text)), text);
}

/** Best matches first: a name that starts with the text, then a word in it, then anything else; then by name. */
export function rankAgents(agents: readonly Agent[], text: string): Agent[] {
  const needle = fold(text.trim());
  const score = (agent: Agent) => {
    if (!needle) return 0;
    const name = fold(agent.displayName);
    if (name.startsWith(needle) || fold(agent.identity).startsWith(needle)) return 0;
    if (name.split(/\s+/).some((word) => word.startsWith(needle))) return 1;
    return 2;
  };
  return agents
    .map((agent) => ({ agent, score: score(agent) }))
    .sort((a, b) => a.score - b.score || a.agent.displayName.localeCompare(b.agent.displayName))
    .map(({ agent }) => agent);
}
