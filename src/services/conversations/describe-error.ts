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
