/**
 * What one message may carry, and the words that refuse what it may not, naming the file and
 * the limit. A conversation's own `limits` are authoritative; these defaults stand in before the
 * conversation exists (it is created by the first message). The SDK does not check sizes itself.
 */
import { formatSize } from '../../components/shared/format-size.js';
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

/** Which of `incoming` may join `attached`, and a refusal in words for each one that may not. */
export function admitFiles(attached: readonly File[], incoming: readonly File[], limits: MessageLimits): { accepted: File[]; refusals: string[] } {
  const accepted: File[] = [];
  const refusals: string[] = [];
  let count = attached.length;
  let total = attached.reduce((sum, file) => sum + file.size, 0);
  for (const file of incoming) {
    const name = `“${file.name}”`;
    const program = programExtension(file);
    if (program) refusals.push(`${name} wasn't attached: programs (.${program}) can't be sent in chat.`);
    else if (file.size === 0) refusals.push(`${name} is empty, so it wasn't attached.`);
    else if (file.size > limits.maxFileBytes) refusals.push(`${name} is ${sizeAgainst(file.size, limits.maxFileBytes)}; a file can be at most ${formatSize(limits.maxFileBytes)}.`);
    else if (count >= limits.maxFiles) refusals.push(`${name} wasn't attached: one message holds at most ${limits.maxFiles} files. Send these first.`);
    else if (total + file.size > limits.maxTotalBytes) {
      refusals.push(`${name} wasn't attached: the files of one message can add up to at most ${formatSize(limits.maxTotalBytes)}.`);
    } else {
      accepted.push(file);
      count++;
      total += file.size;
    }
  }
  return { accepted, refusals };
}

/**
 * Files that run when opened on an agent's Windows desktop: the service would carry them, but a
 * chat between colleagues is no way to hand out software. Matched by extension and by type.
 */
const PROGRAM_EXTENSIONS = new Set(['exe', 'msi', 'msp', 'bat', 'cmd', 'com', 'scr', 'pif', 'cpl', 'hta', 'ps1', 'vbs', 'vbe', 'wsf', 'jse', 'lnk']);
const PROGRAM_TYPES = new Set(['application/x-msdownload', 'application/x-msdos-program', 'application/x-ms-installer', 'application/x-msi']);

function programExtension(file: File): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension && PROGRAM_EXTENSIONS.has(extension)) return extension;
  return PROGRAM_TYPES.has(file.type) ? (extension ?? 'exe') : null;
}

/** Why a message body can't be sent, or null when it can. */
export function bodyRefusal(text: string, limits: MessageLimits): string | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes <= limits.maxBodyBytes) return null;
  return `This message is ${sizeAgainst(bytes, limits.maxBodyBytes)}; a message can be at most ${formatSize(limits.maxBodyBytes)}. Shorten it, or attach the text as a file.`;
}

/** A size next to its limit: exact bytes when both would round to the same words ("32 KB" vs "32 KB"). */
function sizeAgainst(bytes: number, limit: number): string {
  return formatSize(bytes) === formatSize(limit) ? `${new Intl.NumberFormat().format(bytes)} bytes` : formatSize(bytes);
}
