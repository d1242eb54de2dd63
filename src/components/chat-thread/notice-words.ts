/** A member's event in a group's thread, in words: "María left the group", "Ana added Dev and Bob". Pure. */
import type { Notice } from '../../services/chat-state.js';
import type { Catalog } from '../../l10n/en.js';

export function noticeWords(
  t: Pick<Catalog, 'noticeLeft' | 'noticeAdded' | 'noticeRenamed'>,
  notice: Notice,
  author: string,
  nameOf: (identity: string) => string,
  locale: string,
): string {
  if (notice.kind === 'left') return t.noticeLeft(author);
  if (notice.kind === 'renamed') return t.noticeRenamed(author, notice.name);
  return t.noticeAdded(author, new Intl.ListFormat(locale).format(notice.people.map(nameOf)));
}
