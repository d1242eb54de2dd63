/**
 * The words (phrases, see src/l10n/phrase.ts) that refuse what one message may not carry, naming
 * the file and the limit (message-limits.ts): checked by the composer before anything is sent.
 */
import { phrase, type Phrase } from '../../l10n/phrase.js';
import type { MessageLimits } from './message-limits.js';

/** Which of `incoming` may join `attached`, and a refusal for each one that may not. */
export function admitFiles(attached: readonly File[], incoming: readonly File[], limits: MessageLimits): { accepted: File[]; refusals: Phrase[] } {
  const accepted: File[] = [];
  const refusals: Phrase[] = [];
  let count = attached.length;
  let total = attached.reduce((sum, file) => sum + file.size, 0);
  for (const file of incoming) {
    const name = file.name;
    const program = programExtension(file);
    if (program) refusals.push(phrase('programRefused', name, program));
    else if (file.size === 0) refusals.push(phrase('emptyFileRefused', name));
    else if (file.size > limits.maxFileBytes) refusals.push(phrase('fileTooBig', name, file.size, limits.maxFileBytes));
    else if (count >= limits.maxFiles) refusals.push(phrase('tooManyFiles', name, limits.maxFiles));
    else if (total + file.size > limits.maxTotalBytes) refusals.push(phrase('filesTooBig', name, limits.maxTotalBytes));
    else {
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
export function bodyRefusal(text: string, limits: MessageLimits): Phrase | null {
  const bytes = new TextEncoder().encode(text).length;
  return bytes <= limits.maxBodyBytes ? null : phrase('messageTooLong', bytes, limits.maxBodyBytes);
}
