/**
 * Words for a failure, for the person who met it. Twilio REST failures carry their code in
 * `.reply.body.code` (inferred) or `.code`; a dropped socket rejects with "disconnected".
 */
export const ERROR_CODES = {
  notFound: 50350,
  uniqueNameExists: 50353,
  notAuthorized: 50107,
  participantLimit: 50417,
  /** A chat identity is already in 1000 conversations (the code itself is inferred). */
  conversationsLimit: 50430,
} as const;

export function errorCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, reply } = error as { code?: unknown; reply?: { body?: { code?: unknown } } };
  const candidate = reply?.body?.code ?? code;
  return typeof candidate === 'number' ? candidate : undefined;
}

export function isDisconnected(error: unknown): boolean {
  return error instanceof Error && /disconnected|offline|network/i.test(error.message);
}

export function describeError(error: unknown, action: string): string {
  switch (errorCode(error)) {
    case ERROR_CODES.notAuthorized:
      return `Couldn't ${action}: your account isn't allowed to. Ask your Flex admin to let agents create conversations.`;
    case ERROR_CODES.participantLimit:
      return `Couldn't ${action}: this chat has reached Twilio's participant limit.`;
    case ERROR_CODES.conversationsLimit:
      return `Couldn't ${action}: one of you is already in 1,000 conversations, Twilio's limit. Older chats need clearing out first.`;
  }
  if (isDisconnected(error)) return `Couldn't ${action}: you're offline. It will work again once the connection is back.`;
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Couldn't ${action}${detail}. Try again in a moment.`;
}
