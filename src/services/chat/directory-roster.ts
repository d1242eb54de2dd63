/**
 * The agents the person can see, as the directory port tells of them: found by search, looked
 * up by identity as chats come and go, and their presence kept live.
 */
import { describeError } from '../conversations/describe-error.js';
import { UNKNOWN_ACTIVITY, type Agent, type AgentDirectory } from '../directory/ports.js';
import { bestMatches, rankAgents } from '../directory/rank-agents.js';
import { peerOf } from './chat-id.js';
import type { StateContainer } from './state-container.js';

const PRESENCE_REWATCH_MS = 250;

export class DirectoryRoster {
  #searchSeq = 0;
  #unwatch = () => {};
  /** The identities watched now, sorted and joined. */
  #watched = '';
  #watchTimer?: ReturnType<typeof setTimeout>;

  readonly #state: StateContainer;
  readonly #directory: AgentDirectory;
  /** The signed-in agent's identity ('' until the client has initialized). */
  readonly #me: () => string;

  constructor(
    state: StateContainer,
    directory: AgentDirectory,
    me: () => string,
  ) {
    this.#state = state;
    this.#directory = directory;
    this.#me = me;
  }

  /** The agent with this identity, or a stand-in named by the identity until the directory answers. */
  agent(identity: string): Agent {
    return this.#state.current.agents.get(identity) ?? { identity, displayName: identity, activity: UNKNOWN_ACTIVITY };
  }

  /**
   * Shows at once the agents already known that match `text`, best first, while the directory is
   * still to be asked (`search`, which a search box calls once typing pauses).
   */
  searchKnown(text: string): void {
    ++this.#searchSeq; // An answer to an earlier search no longer fits the box.
    this.#state.update({ directory: { query: text, results: this.#knownMatches(text).map((a) => a.identity), searching: true } });
  }

  /** Asks the directory; its answer joins the known agents that match. The newest search wins when answers cross. */
  async search(text: string): Promise<void> {
    const seq = ++this.#searchSeq;
    this.#state.update({ directory: { ...this.#state.current.directory, query: text, searching: true, error: undefined } });
    try {
      const agents = await this.#directory.search(text);
      if (seq !== this.#searchSeq) return;
      this.#merge(agents);
      // Nothing typed: the directory's own list ("everyone"). Else its answer with every match
      // known, ranked as one, so the rows shown while it was asked keep their order.
      const found = text.trim() ? rankAgents([...new Set([...agents, ...this.#knownMatches(text)])], text) : agents;
      const results = found.map((a) => a.identity).filter((id) => id !== this.#me());
      this.#state.update({ directory: { query: text, results, searching: false } });
    } catch (error) {
      if (seq !== this.#searchSeq) return;
      this.#state.update({
        directory: { query: text, results: [], searching: false, error: describeError(error, 'actionSearch') },
      });
    }
  }

  /** Agents matching `text` join the known ones; the directory's own query and results stay. */
  async find(text: string): Promise<void> {
    try {
      this.#merge(await this.#directory.search(text));
    } catch {
      // Whoever asked still has the agents known already.
    }
  }

  /**
   * The user's teammates (the user aside), by name, once known; none when the directory has no
   * teams or the user no team. A failure is the caller's to put in words.
   */
  async teammates(): Promise<Agent[]> {
    const team = this.#state.current.me?.team;
    if (!team || !this.#directory.team) return [];
    const agents = (await this.#directory.team(team)).filter((agent) => agent.identity !== this.#me());
    this.#merge(agents);
    return agents.sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  /** Asks the directory about the agents not known yet. */
  async load(identities: string[]): Promise<void> {
    const unknown = [...new Set(identities)].filter((id) => id && !this.#state.current.agents.has(id));
    if (unknown.length === 0) return;
    try {
      this.#merge(await this.#directory.lookup(unknown));
    } catch {
      // Names fall back to identities; the directory is asked again as chats come and go.
    }
  }

  /** Stops watching presence. */
  dispose(): void {
    this.#unwatch();
    clearTimeout(this.#watchTimer);
  }

  /** The known agents, the user aside, whose name, identity or email holds `text`, best first. */
  #knownMatches(text: string): Agent[] {
    const me = this.#me();
    return bestMatches(this.#state.current.agents.values(), text, new Set([me]));
  }

  #merge(agents: readonly Agent[]): void {
    if (agents.length === 0) return;
    const merged = new Map(this.#state.current.agents);
    for (const agent of agents) merged.set(agent.identity, agent);
    const me = this.#state.current.me && merged.get(this.#state.current.me.identity);
    this.#state.update({ agents: merged, ...(me ? { me } : {}) });
    this.#scheduleWatch();
  }

  /**
   * Live presence for the agents the person can see: pinned, in a chat, or found. A new live
   * query only when that set changes: presence updates themselves must not reopen it.
   */
  #scheduleWatch(): void {
    clearTimeout(this.#watchTimer);
    this.#watchTimer = setTimeout(() => {
      const { pins, chats, directory } = this.#state.current;
      const inChats = [...chats.values()].flatMap((chat) => (chat.peer ? [chat.peer] : chat.members));
      const identities = [...new Set([...pins.flatMap((chat) => peerOf(chat) ?? []), ...inChats, ...directory.results])].sort();
      const key = identities.join('\u0000');
      if (key === this.#watched) return;
      this.#watched = key;
      this.#unwatch();
      this.#unwatch = this.#directory.watch(identities, (agent) => this.#merge([agent]));
    }, PRESENCE_REWATCH_MS);
  }
}
