/**
 * Every failure the store puts into words also reaches the person as a Flex notification, once,
 * in the chat's language: a failed start, a failed send, a search or pin failure.
 */
import type { Localization } from '../l10n/localization.js';
import type { ChatStore } from '../services/chat-store.js';
import { phrase, type Phrase } from '../l10n/phrase.js';
import type { FlexApi, ReactLike } from './flex-api.js';

export const PROBLEM_NOTIFICATION = 'InternalAgentChatProblem';

export function reportProblems(flex: Pick<FlexApi, 'Notifications' | 'NotificationType'>, React: ReactLike, store: ChatStore, localization: Pick<Localization, 'say'>): void {
  const Message = ({ notificationContext }: { notificationContext?: { message?: string } }) =>
    React.createElement('span', null, notificationContext?.message ?? '');
  flex.Notifications.registerNotification({
    id: PROBLEM_NOTIFICATION,
    type: flex.NotificationType.error,
    content: React.createElement(Message),
    timeout: 10_000,
    closeButton: true,
  });
  const last = new Map<string, string | null | undefined>();
  /** Shows `text` when it is new for `key`: the same words again only after they went away. */
  const show = (key: string, text: Phrase | null | undefined) => {
    const message = text ? localization.say(text) : null;
    if (last.get(key) === message) return;
    last.set(key, message);
    if (message) flex.Notifications.showNotification(PROBLEM_NOTIFICATION, { message });
  };
  store.subscribe(() => {
    const state = store.state;
    show('startup', state.startup === 'failed' ? state.startupError : null);
    show('notice', state.notice);
    show('directory', state.directory.error);
    for (const [peer, thread] of state.threads) {
      // Messages not yet accepted by the service sit at the end of a thread.
      for (let i = thread.messages.length - 1; i >= 0 && thread.messages[i]!.index < 0; i--) {
        const message = thread.messages[i]!;
        const failed = message.delivery === 'failed';
        show(`send:${message.key}`, failed ? (message.error ?? phrase('messageNotSentTo', store.agent(peer).displayName)) : null);
      }
    }
  });
}
