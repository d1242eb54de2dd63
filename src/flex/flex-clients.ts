/**
 * The clients Flex hands the plugin, or stand-ins where a degraded Flex left one unset
 * (`manager.conversationsClient`, `manager.insightsClient`), so the store and the view run as
 * always and say, in words, what is missing: the chat's start fails the way a refused client's
 * does, and searching the directory fails the way an unreachable one does.
 */
import { FailureInWords } from '../services/conversations/describe-error.js';
import type { ChatClient } from '../services/conversations/ports.js';
import { InsightsDirectory } from '../services/directory/insights-directory.js';
import type { AgentDirectory } from '../services/directory/ports.js';
import { phrase, type Phrase } from '../l10n/phrase.js';
import type { FlexManager } from './flex-api.js';

export function flexClients(manager: FlexManager): { client: ChatClient; directory: AgentDirectory } {
  const client = present(() => manager.conversationsClient);
  const insights = present(() => manager.insightsClient);
  return {
    client: client ?? unavailableChatClient(phrase('flexNoChatClient')),
    directory: insights ? new InsightsDirectory(insights) : unavailableDirectory(phrase('flexNoDirectory')),
  };
}

/** Flex's manager is a proxy whose getters may throw when a client failed to start. */
function present<T>(read: () => T | undefined | null): T | undefined {
  try {
    return read() ?? undefined;
  } catch {
    return undefined;
  }
}

type AnyListener = (...args: never[]) => unknown;

/** A client that never starts: `initFailed` (replayed to whoever asks) and every call fail with `words`. */
export function unavailableChatClient(words: Phrase): ChatClient {
  const failure = Object.assign(new FailureInWords(words), { terminal: true });
  const refuse = () => Promise.reject(failure);
  const client = {
    connectionState: 'error' as const,
    user: { identity: '', friendlyName: null, isOnline: null },
    on: () => client,
    off: () => client,
    onceWithReplay: (event: string, listener: AnyListener) => {
      if (event === 'initFailed') (listener as (data: { error: typeof failure }) => void)({ error: failure });
      return client;
    },
    getUser: refuse,
    getSubscribedConversations: refuse,
    getConversationBySid: refuse,
    getConversationByUniqueName: refuse,
    createConversation: refuse,
    updateToken: refuse,
    shutdown: async () => {},
  };
  return client as unknown as ChatClient;
}

/** A directory that cannot search or look up; chats go on with identities for names. */
export function unavailableDirectory(words: Phrase): AgentDirectory {
  const refuse = () => Promise.reject(new FailureInWords(words));
  return { search: refuse, lookup: refuse, watch: () => () => {} };
}
