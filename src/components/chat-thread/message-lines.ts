/**
 * The lines under and between messages: a member's event as a line of its own ("María left the
 * group"), sending or uploading, and who has seen the user's newest message. Templates over the
 * element's words; names arrive resolved.
 */
import { html } from 'lit';
import type { MessageView, Notice } from '../../services/chat-state.js';
import type { Catalog } from '../../l10n/en.js';
import type { LocaleController } from '../../l10n/locale-controller.js';
import { clockTime } from '../../l10n/format-time.js';
import { formatSize } from '../../l10n/format-size.js';

/**
 * Words in the chat's language keep its direction inside a page of the other: English in a
 * right-to-left page ends "…is typing…", not "…is typing" at the wrong end; Arabic in a
 * left-to-right one reads from the right. An element with `dir` is isolated from its line,
 * so the line still lines up with the page.
 */
export function inOwnDirection(l10n: LocaleController, words: unknown) {
  return html`<span dir=${l10n.localization.dir}>${words}</span>`;
}

/** A member's event in words: "María left the group", "Ana added Dev and Bob", "You added Dev" (`author` null: the user). Pure. */
export function noticeWords(
  t: Pick<Catalog, 'noticeLeft' | 'noticeAdded' | 'noticeRenamed' | 'noticeYouAdded' | 'noticeYouRenamed'>,
  notice: Notice,
  author: string | null,
  nameOf: (identity: string) => string,
  locale: string,
): string {
  if (notice.kind === 'renamed') return author === null ? t.noticeYouRenamed(notice.name) : t.noticeRenamed(author, notice.name);
  if (notice.kind === 'left') return t.noticeLeft(author ?? '');
  const people = new Intl.ListFormat(locale).format(notice.people.map(nameOf));
  return author === null ? t.noticeYouAdded(people) : t.noticeAdded(author, people);
}

/** A member's event (left, added people, renamed the group): a line of its own, with its time. */
export function noticeLine(l10n: LocaleController, message: MessageView, notice: Notice, nameOf: (identity: string) => string) {
  return html`<div class="row notice-row" data-starts-run>
    <p class="message notice" tabindex="-1" data-key=${message.key}>
      ${inOwnDirection(l10n, noticeWords(l10n.words, notice, message.own && notice.kind !== 'left' ? null : nameOf(message.author), nameOf, l10n.tag))}
      <time datetime=${message.sentAt.toISOString()} dir=${l10n.localization.dir}>${clockTime(message.sentAt, l10n.tag)}</time>
    </p>
  </div>`;
}

/** "Seen" in a direct chat (`names` null); in a group, "Seen by 2", which opens to say who. */
export function seenLine(l10n: LocaleController, names: readonly string[] | null) {
  const t = l10n.words;
  if (!names) return html`<p class="delivery seen">${inOwnDirection(l10n, t.seen)}</p>`;
  const sorted = [...names].sort((a, b) => a.localeCompare(b, l10n.tag));
  return html`<details class="delivery seen">
    <summary>${inOwnDirection(l10n, t.seenBy(names.length))}</summary>
    ${inOwnDirection(l10n, new Intl.ListFormat(l10n.tag).format(sorted))}
  </details>`;
}

/** Sending, or uploading attachments: the SDK reports no bytes sent, so the bar runs without a value. */
export function sendingLine(l10n: LocaleController, message: MessageView) {
  const files = message.attachments;
  const t = l10n.words;
  if (!files.length) return html`<p class="delivery">${inOwnDirection(l10n, t.sending)}</p>`;
  const size = formatSize(files.reduce((total, file) => total + file.size, 0), l10n.tag);
  return html`<label class="delivery uploading">
    ${inOwnDirection(l10n, files.length === 1 ? t.uploadingFile(files[0]!.filename, size) : t.uploadingFiles(files.length, size))}
    <progress></progress>
  </label>`;
}
