/** Helpers for this folder's tests (not a test file itself). */
import type { ChatClient, ChatConversation, ClientEvents, ConversationEvents } from '../conversations/ports.js';
import type { InstantQuery, LiveQuery } from '../directory/insights-port.js';
import type { TypedEmitter } from './emitter.js';
import { LocalConversationsClient } from './local-conversations-client.js';
import type { LocalConversationsClientOptions } from './local-conversations-client.js';
import type { InstantQueryEvents, LiveQueryEvents } from './local-insights-client.js';

/** TypeScript cannot infer an event map through generic methods, so name them per port. */
type EventsOf<T> = T extends ChatClient
  ? ClientEvents
  : T extends ChatConversation
    ? ConversationEvents
    : T extends InstantQuery
      ? InstantQueryEvents
      : T extends LiveQuery
        ? LiveQueryEvents
        : never;
/** The local implementations of these ports are TypedEmitters. */
type Emitting = ChatClient | ChatConversation | InstantQuery | LiveQuery;
type Payload<T, E extends keyof EventsOf<T>> = EventsOf<T>[E] extends (arg: infer A, ...rest: never[]) => unknown ? A : never;

export const testDatabase = () => `iac-test-${crypto.randomUUID()}`;

/** Resolves with the first argument of the next `event`, or rejects after `timeoutMs`. */
export function nextEvent<T extends Emitting, E extends keyof EventsOf<T> & string>(
  target: T,
  event: E,
  timeoutMs = 2000,
): Promise<Payload<T, E>> {
  const emitter = target as unknown as TypedEmitter<Record<E, (value: Payload<T, E>) => void>>;
  return new Promise((resolve, reject) => {
    const listener = (value: Payload<T, E>) => {
      clearTimeout(timer);
      emitter.off(event, listener);
      resolve(value);
    };
    const timer = setTimeout(() => {
      emitter.off(event, listener);
      reject(new Error(`No "${String(event)}" within ${timeoutMs} ms`));
    }, timeoutMs);
    emitter.on(event, listener);
  });
}

/** Every first argument of `event` from now on, in order. */
export function record<T extends Emitting, E extends keyof EventsOf<T> & string>(target: T, event: E): Array<Payload<T, E>> {
  const emitter = target as unknown as TypedEmitter<Record<E, (value: Payload<T, E>) => void>>;
  const seen: Array<Payload<T, E>> = [];
  emitter.on(event, (value: Payload<T, E>) => void seen.push(value));
  return seen;
}

/** Waits until `condition()` holds, polling; rejects after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type CaughtError = Error & { code?: number; reply?: { status: { code: number; status: string }; body: { code: number; message: string } } };

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<CaughtError> {
  try {
    await promise;
  } catch (error) {
    return error as CaughtError;
  }
  throw new Error('Expected a rejection');
}

/** Clients on one fresh database, shut down and deleted by `dispose()` (call in afterEach). */
export class ClientPool {
  readonly database = testDatabase();
  private readonly clients: LocalConversationsClient[] = [];

  async client(identity: string, options: LocalConversationsClientOptions = {}): Promise<LocalConversationsClient> {
    const client = await LocalConversationsClient.create(identity, { database: this.database, ...options });
    this.clients.push(client);
    return client;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.clients.splice(0).map((client) => client.shutdown()));
    indexedDB.deleteDatabase(this.database);
  }
}
