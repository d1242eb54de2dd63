import type { ConversationsServiceDouble } from './service.js';

/** What a client's conversations, messages and media need from the client that holds them. */
export interface ClientLink {
  readonly identity: string;
  readonly service: ConversationsServiceDouble;
  /**
   * Runs `op` after start-up and only while connected: as one network round trip, or, with
   * `cached`, at once against what the client already holds (the SDK reads rosters and its
   * conversation list from its local Sync cache).
   */
  call<T>(what: string, op: () => T, how?: { cached: boolean }): Promise<T>;
  /** A new object URL over `content`, revoked after the service's URL lifetime. */
  temporaryUrl(content: Blob): string;
}
