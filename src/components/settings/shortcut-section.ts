/**
 * The Shortcuts section of `<iac-settings>`: the chat's shortcuts with their keys and what can be
 * done to each, then Flex's and other plugins' shortcuts, read-only. While shortcuts are off each
 * key says so; while Flex's are off for the session nothing can be changed, and a note says why.
 * Rendering only: the element keeps the state and handles the events.
 */
import { html, nothing } from 'lit';
import type { ChatShortcutId } from '../../shortcuts/chat-shortcuts.js';
import type { ChatShortcutRow, OtherShortcutRow, ShortcutKeymap, ShortcutRows } from '../../shortcuts/shortcut-keymap.js';
import type { Catalog } from '../../l10n/en.js';
import type { Phrase } from '../../l10n/phrase.js';

export interface ShortcutSectionState {
  readonly keymap: ShortcutKeymap;
  /** The settings screen's words, and its way of saying phrases. */
  readonly words: Catalog;
  say(text: Phrase): string;
  readonly rows: ShortcutRows;
  /** The shortcut waiting for its new keys. */
  readonly capturing: ChatShortcutId | null;
  /** Why the keys just pressed were refused, in words. */
  readonly refusal: Phrase | null;
  startCapture(id: ChatShortcutId): void;
  onCaptureKeydown(event: KeyboardEvent, id: ChatShortcutId): void;
  cancelCapture(): void;
  remove(id: ChatShortcutId): void;
  setThrottle(id: ChatShortcutId, milliseconds: number): void;
  toggleAll(): void;
  reset(): void;
}

const THROTTLES = [0, 500, 1000, 2000, 5000];

/** Keys as shown (⌘K) with their spoken form for screen readers (Command K), and "off" while they are. */
function keys(state: ShortcutSectionState, key: string) {
  const { keymap } = state;
  const label = keymap.label(key);
  const words = keymap.notation.words(key, state.words.spokenKeys);
  const off = state.rows.on ? nothing : html` <span class="off">${state.words.keyOff}</span>`;
  if (words === label) return html`<kbd>${label}</kbd>${off}`;
  return html`<kbd aria-hidden="true">${label}</kbd><span class="visually-hidden">${words}</span>${off}`;
}

export function shortcutSection(state: ShortcutSectionState) {
  const { keymap, rows, words: t } = state;
  const inFlex = keymap.notation.scheme === 'flex';
  const locked = keymap.locked;
  return html`<section aria-labelledby="shortcuts-title">
    <h3 id="shortcuts-title">${t.keyboardShortcuts}</h3>
    <p class="hint">${inFlex ? t.shortcutsWorkInFlex : t.shortcutsWorkInChat(t.shortcutOpenChat)}</p>
    ${keymap.notes.map((note) => html`<p class="note">${state.say(note)}</p>`)}
    ${locked ? html`<p class="note">${state.say(locked)}</p>` : keymap.disabled ? html`<p class="note">${t.allShortcutsOff}</p>` : nothing}
    <ul class="shortcuts" aria-labelledby="shortcuts-title">
      ${rows.chat.map((row) => chatRow(state, row))}
    </ul>
    <div class="actions">
      <button type="button" class="secondary" @click=${() => state.toggleAll()}>${keymap.disabled ? t.turnShortcutsOn : t.turnShortcutsOff}</button>
      <button type="button" class="secondary" ?disabled=${locked !== null} @click=${() => state.reset()}>${t.resetShortcuts}</button>
    </div>
    ${inFlex && rows.on ? html`<p class="hint">${t.flexTurnOffHint}</p>` : nothing}
    ${rows.flex.length ? readOnlyTable(state, t.flexShortcuts, rows.flex) : nothing}
    ${rows.plugins.length ? readOnlyTable(state, t.pluginShortcuts, rows.plugins) : nothing}
  </section>`;
}

function chatRow(state: ShortcutSectionState, row: ChatShortcutRow) {
  const { keymap, words: t } = state;
  const name = state.say(row.name);
  const capturing = state.capturing === row.id;
  const locked = state.keymap.locked !== null;
  const throttles = THROTTLES.includes(row.throttle) ? THROTTLES : [...THROTTLES, row.throttle].sort((a, b) => a - b);
  return html`<li class="shortcut" ?data-capturing=${capturing}>
    <span class="name" id="shortcut-${row.id}">${name}</span>
    <span class="keys">
      ${capturing
        ? html`<button
            type="button"
            class="capture"
            aria-describedby="capture-prompt ${state.refusal ? 'capture-refusal' : ''}"
            @keydown=${(event: KeyboardEvent) => state.onCaptureKeydown(event, row.id)}
            @blur=${() => state.cancelCapture()}
          >
            ${t.pressNewKeys}
          </button>`
        : row.key
          ? keys(state, row.key)
          : html`<span class="none">${t.noKey}</span>`}
    </span>
    <span class="controls">
      <button type="button" class="small" data-change=${row.id} aria-label=${t.changeKeysFor(name)} ?disabled=${locked} @click=${() => state.startCapture(row.id)}>
        ${row.key ? t.change : t.setKeys}
      </button>
      ${row.key
        ? html`<button type="button" class="small" aria-label=${t.removeKeysFor(name)} ?disabled=${locked} @click=${() => state.remove(row.id)}>${t.remove}</button>`
        : nothing}
      <label class="throttle">
        <span aria-hidden="true">${t.ignoreRepeats}</span>
        <select aria-label=${t.ignoreRepeatsOf(name)} ?disabled=${locked} @change=${(event: Event) => state.setThrottle(row.id, Number((event.target as HTMLSelectElement).value))}>
          ${throttles.map((ms) => html`<option value=${ms} ?selected=${ms === row.throttle}>${ms === 0 ? t.throttleOff : t.throttle(ms)}</option>`)}
        </select>
      </label>
    </span>
    ${capturing
      ? html`<p class="hint capture-hint" id="capture-prompt">${state.say(keymap.notation.prompt)}</p>
          ${state.refusal ? html`<p class="problem capture-hint" id="capture-refusal" role="alert">${state.say(state.refusal)}</p>` : nothing}`
      : nothing}
  </li>`;
}

function readOnlyTable(state: ShortcutSectionState, caption: string, rows: readonly OtherShortcutRow[]) {
  const t = state.words;
  return html`<table>
    <caption>
      ${caption}
      <span class="hint">${t.readOnly}</span>
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.columnAction}</th>
        <th scope="col">${t.columnKeys}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => html`<tr>
        <td>${row.name}</td>
        <td>${keys(state, row.key)}</td>
      </tr>`)}
    </tbody>
  </table>`;
}
