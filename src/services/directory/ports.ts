/** The agent-directory port: who can be chatted with, and their presence. */

/** An agent as the widget shows it. */
export interface Agent {
  /** Conversations identity (from `contact_uri` "client:<identity>" in Flex). */
  readonly identity: string;
  readonly displayName: string;
  readonly email?: string;
  readonly imageUrl?: string;
  /**
   * The workspace's activity name, e.g. "Available", "Break"; configurable per workspace, so shown
   * as the workspace names it. `UNKNOWN_ACTIVITY` when nobody has said yet.
   */
  readonly activity: string;
  /** When the activity last changed, if known. */
  readonly activitySince?: Date;
  /** The team the agent is in, when the directory says (Flex: the worker's `team_name` attribute). */
  readonly team?: string;
}

export interface AgentDirectory {
  /** Agents whose name, email or identity matches `text` (empty text: as many as the source lists). */
  search(text: string): Promise<Agent[]>;
  /** The agents in team `name`, when the source knows teams. */
  team?(name: string): Promise<Agent[]>;
  /** The agents with these identities that the source knows. */
  lookup(identities: readonly string[]): Promise<Agent[]>;
  /** Calls `onChange` when one of these agents changes (presence, name); returns the unsubscribe. */
  watch(identities: readonly string[], onChange: (agent: Agent) => void): () => void;
}

/** The activity of an agent the directory has not described: elements show it in their own words. */
export const UNKNOWN_ACTIVITY = 'Unknown';
