/**
 * The Conversations client of a portal chat, usable at once: the store can subscribe and call it
 * while the token is fetched and the SDK loaded. Listeners pass on to the SDK's client when it
 * exists, calls wait for it, and a failed token fetch or SDK load reaches the store exactly like
 * a failed start (`initFailed`), so the element says what went wrong.
 *
 * The SDK client is created with `throwErrorsAlways: true` (otherwise a failed start is
 * swallowed and later calls die with TypeErrors), and gets a fresh token on `tokenAboutToExpire`
 * and on `tokenExpired`.
 */
import type { JSONValue, Paginator } from '@twilio/conversations';
import type { ChatClient, ChatConversation, ChatUser, ClientEvents, ConnectionState, Listen } from '../services/conversations/ports.js';
import { FailureInWords } from '../services/conversations/describe-error.js';
import { whenInitialized } from '../services/conversations/initialized.js';
import { loadTwilioConversations, type SdkLoader } from './sdk-loader.js';
import { fetchToken, type TokenSource } from './token-source.js';

export interface PortalClientOptions {
  token: TokenSource;
  /** Loads the SDK module; by default a lazy `import('@twilio/conversations')`. */
  loadSdk?: SdkLoader;
  /** Pauses between attempts to renew a token; the connection is denied once it expires. */
  refreshDelaysMs?: readonly number[];
}

type AnyListener = (...args: never[]) => unknown;
type ConnectionFailure = { terminal: boolean; message: string };

const NOBODY: ChatUser = { identity: '', friendlyName: null, isOnline: null };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class PortalClient implements ChatClient {
  readonly #options: PortalClientOptions;
  readonly #listeners: Array<[keyof ClientEvents, AnyListener]> = [];
  /** onceWithReplay()'s wrappers by the listener they wrap, so that off(listener) finds them. */
  readonly #onceWrappers = new WeakMap<AnyListener, AnyListener>();
  readonly #ready: Promise<ChatClient>;
  #client?: ChatClient;
  #failure?: ConnectionFailure;
  #refreshing?: Promise<void>;
  #shut = false;

  constructor(options: PortalClientOptions) {
    this.#options = options;
    this.#ready = this.#connect();
    this.#ready.catch(() => {});
  }

  readonly on = ((event: keyof ClientEvents, listener: AnyListener) => {
    this.#listeners.push([event, listener]);
    (this.#client?.on as AnyListener | undefined)?.call(this.#client, event as never, listener as never);
    return this;
  }) as unknown as Listen<ClientEvents>;

  readonly off = ((event: keyof ClientEvents, listener: AnyListener) => {
    const heard = this.#onceWrappers.get(listener) ?? listener;
    const at = this.#listeners.findIndex(([e, l]) => e === event && l === heard);
    if (at >= 0) this.#listeners.splice(at, 1);
    (this.#client?.off as AnyListener | undefined)?.call(this.#client, event as never, heard as never);
    return this;
  }) as unknown as Listen<ClientEvents>;

  /**
   * The SDK client's own once it exists. Before: a failure already met (no token, no SDK) is
   * replayed at once, and anything else is heard once, when the client-to-be reports it.
   */
  readonly onceWithReplay = ((event: 'initialized' | 'initFailed', listener: AnyListener) => {
    if (this.#client) {
      (this.#client.onceWithReplay as AnyListener).call(this.#client, event as never, listener as never);
      return this;
    }
    const failure = this.#failure;
    if (failure) {
      if (event === 'initFailed') (listener as ClientEvents['initFailed'])({ error: failure });
      return this;
    }
    const once = (...args: never[]) => {
      (this.off as AnyListener)(event as never, listener as never);
      listener(...args);
    };
    this.#onceWrappers.set(listener, once);
    (this.on as AnyListener)(event as never, once as never);
    return this;
  }) as unknown as ChatClient['onceWithReplay'];

  get connectionState(): ConnectionState {
    return this.#client?.connectionState ?? (this.#failure ? 'error' : 'connecting');
  }

  get user(): ChatUser {
    return this.#client?.user ?? NOBODY;
  }

  /** The signed-in identity, once the SDK's client has started (from the token, not from the page). */
  async identity(): Promise<string> {
    const client = await this.#ready;
    await whenInitialized(client);
    return client.user.identity;
  }

  async getUser(identity: string): Promise<ChatUser> {
    return (await this.#ready).getUser(identity);
  }
  async getSubscribedConversations(): Promise<Paginator<ChatConversation>> {
    return (await this.#ready).getSubscribedConversations();
  }
  async getConversationBySid(sid: string): Promise<ChatConversation> {
    return (await this.#ready).getConversationBySid(sid);
  }
  async getConversationByUniqueName(uniqueName: string): Promise<ChatConversation> {
    return (await this.#ready).getConversationByUniqueName(uniqueName);
  }
  async createConversation(options?: { uniqueName?: string; friendlyName?: string; attributes?: JSONValue }): Promise<ChatConversation> {
    return (await this.#ready).createConversation(options);
  }
  async updateToken(token: string): Promise<unknown> {
    return (await this.#ready).updateToken(token);
  }

  async shutdown(): Promise<void> {
    this.#shut = true;
    const client = await this.#ready.catch(() => undefined);
    await client?.shutdown();
  }

  async #connect(): Promise<ChatClient> {
    const { token, loadSdk = loadTwilioConversations } = this.#options;
    let first: string;
    let sdk: Awaited<ReturnType<SdkLoader>>;
    try {
      [first, sdk] = await Promise.all([
        fetchToken(token),
        loadSdk().catch((error: unknown) => {
          throw new Error(`the chat library did not load${error instanceof Error ? `: ${error.message}` : ''}`);
        }),
      ]);
    } catch (error) {
      this.#fail(error);
      throw error;
    }
    const client = new sdk.Client(first, { throwErrorsAlways: true });
    for (const [event, listener] of this.#listeners) (client.on as AnyListener).call(client, event as never, listener as never);
    const renew = () => void this.#renew(client);
    client.on('tokenAboutToExpire', renew);
    client.on('tokenExpired', renew);
    this.#client = client;
    return client;
  }

  /** Reports a failure the way the SDK reports a failed start; words of our own (a refused token) stay words. */
  #fail(error: unknown): void {
    const failure: ConnectionFailure =
      error instanceof FailureInWords
        ? Object.assign(error, { terminal: true })
        : { terminal: true, message: error instanceof Error ? error.message : String(error) };
    this.#failure = failure;
    this.#emit('connectionStateChanged', 'error');
    this.#emit('connectionError', failure);
    this.#emit('initFailed', { error: failure });
  }

  #emit<E extends keyof ClientEvents>(event: E, ...args: Parameters<ClientEvents[E]>): void {
    for (const [e, listener] of [...this.#listeners]) if (e === event) (listener as (...a: typeof args) => unknown)(...args);
  }

  /** One renewal at a time, retried; when every attempt fails the SDK denies the connection and the UI says so. */
  #renew(client: ChatClient): Promise<void> {
    this.#refreshing ??= (async () => {
      for (const delay of this.#options.refreshDelaysMs ?? [0, 5_000, 15_000, 30_000]) {
        await sleep(delay);
        if (this.#shut) return;
        try {
          await client.updateToken(await fetchToken(this.#options.token));
          return;
        } catch {
          // Try again after the next pause.
        }
      }
    })().finally(() => (this.#refreshing = undefined));
    return this.#refreshing;
  }
}
