/**
 * Errors in the shape the Twilio SDK gives REST failures: `.code` holds the Twilio code and
 * `.reply = { status: { code, status }, body: { code, message } }` (body.code is inferred from
 * Twilio's docs). Error mapping reads either, so the local backend and the real client look alike.
 */
export interface TwilioErrorReply {
  status: { code: number; status: string };
  body: { code: number; message: string };
}

export class TwilioLikeError extends Error {
  readonly code: number;
  readonly reply: TwilioErrorReply;

  constructor(code: number, httpStatus: number, statusText: string, message: string) {
    super(message);
    this.name = 'TwilioLikeError';
    this.code = code;
    this.reply = { status: { code: httpStatus, status: statusText }, body: { code, message } };
  }
}

/** The Twilio code of an error from either client, if it has one. */
export function twilioErrorCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, reply } = error as { code?: unknown; reply?: { body?: { code?: unknown } } };
  if (typeof code === 'number') return code;
  const bodyCode = reply?.body?.code;
  return typeof bodyCode === 'number' ? bodyCode : undefined;
}
