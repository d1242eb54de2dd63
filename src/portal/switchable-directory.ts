/**
 * A portal chat's directory, which the portal may replace after the chat has started: searches
 * and look-ups go to the newest source, and the presence watches open are moved onto it.
 */
import type { Agent, AgentDirectory } from '../services/directory/ports.js';
import { toAgentDirectory, type DirectorySource } from './directory-source.js';

interface Watch {
  readonly identities: readonly string[];
  readonly onChange: (agent: Agent) => void;
  stop: () => void;
}

export class SwitchableDirectory implements AgentDirectory {
  #source: DirectorySource;
  #directory: AgentDirectory;
  readonly #watches = new Set<Watch>();

  constructor(source: DirectorySource) {
    this.#source = source;
    this.#directory = toAgentDirectory(source);
  }

  /** Answers from `source` from now on; false when it is the source in use already. */
  use(source: DirectorySource): boolean {
    if (source === this.#source) return false;
    this.#source = source;
    this.#directory = toAgentDirectory(source);
    for (const watch of this.#watches) {
      watch.stop();
      watch.stop = this.#directory.watch(watch.identities, watch.onChange);
    }
    return true;
  }

  search(text: string): Promise<Agent[]> {
    return this.#directory.search(text);
  }

  lookup(identities: readonly string[]): Promise<Agent[]> {
    return this.#directory.lookup(identities);
  }

  watch(identities: readonly string[], onChange: (agent: Agent) => void): () => void {
    const watch: Watch = { identities, onChange, stop: this.#directory.watch(identities, onChange) };
    this.#watches.add(watch);
    return () => {
      watch.stop();
      this.#watches.delete(watch);
    };
  }
}
