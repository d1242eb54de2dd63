/**
 * What one message may carry (message-refusals.ts refuses what it may not). A conversation's own
 * `limits` are authoritative; these defaults stand in before the conversation exists (it is
 * created by the first message). The SDK does not check sizes itself.
 */
import type { ChatConversation } from './ports.js';

export interface MessageLimits {
  readonly maxFiles: number;
  readonly maxFileBytes: number;
  readonly maxTotalBytes: number;
  readonly maxBodyBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: MessageLimits = {
  maxFiles: 10,
  maxFileBytes: 150 * MB,
  maxTotalBytes: 150 * MB,
  maxBodyBytes: 32 * 1024,
};

export function limitsOf(conversation: Pick<ChatConversation, 'limits'> | undefined): MessageLimits {
  const limits = conversation?.limits;
  const positive = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 ? value : fallback);
  return {
    maxFiles: positive(limits?.mediaAttachmentsCountLimit, DEFAULT_LIMITS.maxFiles),
    maxFileBytes: positive((limits?.mediaAttachmentSizeLimitInMb ?? 0) * MB, DEFAULT_LIMITS.maxFileBytes),
    maxTotalBytes: positive((limits?.mediaAttachmentsTotalSizeLimitInMb ?? 0) * MB, DEFAULT_LIMITS.maxTotalBytes),
    maxBodyBytes: DEFAULT_LIMITS.maxBodyBytes,
  };
}
