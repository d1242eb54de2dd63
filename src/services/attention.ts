/**
 * Getting the person's attention when a message arrives while they can't see the chat (the tab
 * is hidden, or the widget isn't displayed): a desktop notification naming the sender, and/or a
 * soft chime. Both are off until the person switches them on in Settings.
 *
 * New messages are noticed as a rise in a chat's unread count in the store's state, which only
 * counts messages from others. Muted chats alert only when a message mentions the person. `Notification` and the chime
 * are injectable, for tests and for hosts with their own.
 */
import { phrase, type Phrase } from '../l10n/phrase.js';
import type { ChatState, ChatSummary } from './chat-state.js';
import type { ChatId } from './chat/chat-id.js';
import type { ChatStore } from './chat-store.js';
import type { ChatSettings } from './settings.js';
import { softChime, type Chime } from './soft-chime.js';

export interface NotificationLike {
  onclick: ((event: Event) => unknown) | null;
  close(): void;
}

/** The part of the browser's `Notification` used here. */
export interface NotificationApi {
  new (title: string, options?: NotificationOptions): NotificationLike;
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
}

export interface AttentionOptions {
  store: Pick<ChatStore, 'state' | 'subscribe' | 'agent'>;
  /** The person's current choices. */
  settings: () => Pick<ChatSettings, 'desktopNotifications' | 'sound'>;
  /** Whether the person can see the chat right now. */
  isShowing: () => boolean;
  /** A notification was clicked: bring `chat` into view. */
  open: (chat: ChatId) => void;
  /** Puts a phrase into the words of the element that owns this (a notification's body). */
  say: (text: Phrase) => string;
  /** The browser's `Notification` when undefined; null where there is none. Read each time it is needed. */
  Notification?: NotificationApi | null;
  chime?: Chime;
}

/** Several messages at once make one sound, not a burst. */
const CHIME_GAP_MS = 1500;

export class Attention {
  readonly #options: AttentionOptions;
  readonly #chime: Chime;
  /** Each chat as the last look found it. */
  #seen: Map<ChatId, ChatSummary> | undefined;
  #lastChime = Number.NEGATIVE_INFINITY;
  #stop = () => {};

  constructor(options: AttentionOptions) {
    this.#options = options;
    this.#chime = options.chime ?? softChime();
  }

  /** Read when needed, so a host can swap it after start-up. */
  get #Notification(): NotificationApi | null {
    const given = this.#options.Notification;
    return given !== undefined ? given : ((globalThis.Notification as NotificationApi | undefined) ?? null);
  }

  /** Starts watching the store; returns the stop. */
  start(): () => void {
    this.#stop();
    this.#seen = undefined;
    const unsubscribe = this.#options.store.subscribe(() => this.#check(this.#options.store.state));
    this.#check(this.#options.store.state);
    this.#stop = () => {
      unsubscribe();
      this.#stop = () => {};
    };
    return () => this.#stop();
  }

  stop(): void {
    this.#stop();
  }

  /**
   * Asks the browser to allow desktop notifications (call it from a click: browsers ignore the
   * request otherwise). Null when allowed; otherwise what stands in the way, in words.
   */
  async allowDesktop(): Promise<Phrase | null> {
    if (!this.#Notification) return phrase('noDesktopNotifications');
    if (this.#Notification.permission === 'granted') return null;
    if (this.#Notification.permission === 'default') {
      try {
        await this.#Notification.requestPermission();
      } catch {
        // Reported below from the permission, which stays as it was.
      }
    }
    return this.desktopProblem();
  }

  /** Why desktop notifications can't be shown right now, in words; null when they can. */
  desktopProblem(): Phrase | null {
    const permission = this.#Notification?.permission;
    if (!this.#Notification) return phrase('noDesktopNotifications');
    if (permission === 'denied') return phrase('notificationsBlocked');
    if (permission === 'default') return phrase('notificationsNotAllowedYet');
    return null;
  }

  /** Plays the chime now, so the person hears what it sounds like; words when it can't. */
  async previewSound(): Promise<Phrase | null> {
    try {
      await this.#chime.play();
      return null;
    } catch (error) {
      return error instanceof Error && error.message ? phrase('soundFailed', error.message) : phrase('noSound');
    }
  }

  #check(state: ChatState): void {
    if (state.startup !== 'ready') return;
    const previous = this.#seen;
    this.#seen = new Map(state.chats);
    // The first look only takes stock: what was unread before doesn't alert.
    if (!previous) return;
    const arrived = [...state.chats.values()].filter((chat) => {
      const before = previous.get(chat.id);
      if (chat.unread <= (before?.unread ?? 0)) return false;
      // A muted chat stays quiet, unless it has just mentioned the user.
      return !state.muted.includes(chat.id) || (!!chat.unreadMention && !before?.unreadMention);
    });
    // Asked last: whether the chat shows can take a layout, too dear for every change of state.
    if (arrived.length === 0 || this.#options.isShowing()) return;
    const settings = this.#options.settings();
    if (settings.desktopNotifications) for (const chat of arrived) this.#notify(chat);
    if (settings.sound) this.#playChime();
  }

  #notify({ id, peer, name, preview }: ChatSummary): void {
    if (this.#Notification?.permission !== 'granted') return;
    // One notification per chat: a newer one replaces it rather than piling up.
    const notice = new this.#Notification(peer ? this.#options.store.agent(peer).displayName : (name ?? ''), {
      body: typeof preview === 'string' ? preview || this.#options.say(phrase('newMessage')) : this.#options.say(preview),
      tag: `internal-agent-chat:${id}`,
    });
    notice.onclick = () => {
      globalThis.focus?.();
      this.#options.open(id);
      notice.close();
    };
  }

  #playChime(): void {
    const now = Date.now();
    if (now - this.#lastChime < CHIME_GAP_MS) return;
    this.#lastChime = now;
    // Nobody is looking to be told of a failure now; Settings' preview says it in words.
    this.#chime.play().catch(() => {});
  }
}
