/**
 * Words for a failure, for the person who met it: a phrase each element says in its own
 * language. Twilio REST failures carry their code in `.reply.body.code` (inferred) or `.code`;
 * a dropped socket rejects with "disconnected".
 */
import { phrase, type Phrase, type PhraseKey } from '../../l10n/phrase.js';
import { PermissionRefused, type ChatPermission } from './permissions.js';

export const ERROR_CODES = {
  notFound: 50350,
  uniqueNameExists: 50353,
  notAuthorized: 50107,
  participantLimit: 50417,
  /** A chat identity is already in 1000 conversations (the code itself is inferred). */
  conversationsLimit: 50430,
} as const;

/** The Twilio code of a failure: `.reply.body.code` or `.body.code` from REST (both inferred), or `.code`. */
export function errorCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, reply, body } = error as { code?: unknown; reply?: { body?: { code?: unknown } }; body?: { code?: unknown } };
  const candidate = reply?.body?.code ?? body?.code ?? code;
  return typeof candidate === 'number' ? candidate : undefined;
}

/** The HTTP status of a REST failure, when it carries one. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, reply } = error as { status?: unknown; reply?: { status?: { code?: unknown } } };
  const candidate = reply?.status?.code ?? status;
  return typeof candidate === 'number' ? candidate : undefined;
}

/** A look-up that found nothing: 50350 or 20404, HTTP 404, or the SDK's own "was not found". */
export function isNotFound(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === ERROR_CODES.notFound ||
    code === 20404 ||
    httpStatus(error) === 404 ||
    (error instanceof Error && /\bnot found\b/i.test(error.message))
  );
}

export function isDisconnected(error: unknown): boolean {
  return error instanceof Error && /disconnected|offline|network/i.test(error.message);
}

/** What was being done when something failed, as the catalog names it ("send this message"). */
export type FailedAction = Extract<PhraseKey, `action${string}`>;

/** A failure of our own making whose detail is words for the person, not a library's message. */
export class FailureInWords extends Error {
  constructor(readonly words: Phrase) {
    super(words.key);
    this.name = 'FailureInWords';
  }
}

/** What each permission lets agents do, as the catalog says it ("send attachments"). */
const PERMISSION_WORDS: Record<ChatPermission, Extract<PhraseKey, `may${string}`>> = {
  createConversation: 'mayCreateConversation',
  addParticipant: 'mayAddParticipant',
  sendMessage: 'maySendMessage',
  sendMediaMessage: 'maySendMediaMessage',
  editOwnMessage: 'mayEditOwnMessage',
  deleteOwnMessage: 'mayDeleteOwnMessage',
  leaveConversation: 'mayLeaveConversation',
  editConversationName: 'mayEditConversationName',
};

/** What failed and what to do about it, as a phrase (see src/l10n/phrase.ts). */
export function describeError(error: unknown, action: FailedAction): Phrase {
  const doing = phrase(action);
  if (error instanceof PermissionRefused) return phrase('couldNotPermission', doing, phrase(PERMISSION_WORDS[error.permission]), error.permission);
  switch (errorCode(error)) {
    case ERROR_CODES.notAuthorized:
      return phrase('couldNotNotAllowed', doing);
    case ERROR_CODES.participantLimit:
      return phrase('couldNotParticipants', doing);
    case ERROR_CODES.conversationsLimit:
      return phrase('couldNotConversations', doing);
  }
  if (isDisconnected(error)) return phrase('couldNotOffline', doing);
  if (error instanceof FailureInWords) return phrase('couldNot', doing, error.words);
  // A library's own message is a detail for whoever reports the problem: it stays as it is.
  return phrase('couldNot', doing, error instanceof Error && error.message ? error.message : null);
}
