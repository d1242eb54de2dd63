/**
 * The Shortcuts section of `<iac-settings>`: the chat's shortcuts with their keys and what can be
 * done to each, then Flex's and other plugins' shortcuts, read-only. Rendering only: the element
 * keeps the state and handles the events.
 */
import { html, nothing } from 'lit';
import type { ChatShortcutId } from '../../shortcuts/chat-shortcuts.js';
import type { ChatShortcutRow, OtherShortcutRow, ShortcutKeymap, ShortcutRows } from '../../shortcuts/shortcut-keymap.js';

export interface ShortcutSectionState {
  readonly keymap: ShortcutKeymap;
  readonly rows: ShortcutRows;
  /** The shortcut waiting for its new keys. */
  readonly capturing: ChatShortcutId | null;
  /** Why the keys just pressed were refused, in words. */
  readonly refusal: string | null;
  startCapture(id: ChatShortcutId): void;
  onCaptureKeydown(event: KeyboardEvent, id: ChatShortcutId): void;
  cancelCapture(): void;
  remove(id: ChatShortcutId): void;
  setThrottle(id: ChatShortcutId, milliseconds: number): void;
  toggleAll(): void;
  reset(): void;
}

const THROTTLES = [0, 500, 1000, 2000, 5000];

function throttleLabel(milliseconds: number): string {
  return milliseconds === 0 ? 'Off' : `${milliseconds / 1000} s`;
}

/** Keys as shown (⌘K) with their spoken form for screen readers (Command K). */
function keys(keymap: ShortcutKeymap, key: string) {
  const label = keymap.label(key);
  const words = keymap.notation.words(key);
  if (words === label) return html`<kbd>${label}</kbd>`;
  return html`<kbd aria-hidden="true">${label}</kbd><span class="visually-hidden">${words}</span>`;
}

export function shortcutSection(state: ShortcutSectionState) {
  const { keymap, rows } = state;
  const inFlex = keymap.notation.scheme === 'flex';
  return html`<section aria-labelledby="shortcuts-title">
    <h3 id="shortcuts-title">Keyboard shortcuts</h3>
    <p class="hint">
      ${inFlex
        ? 'They work anywhere in Flex, like Flex’s own.'
        : 'They work while the cursor is in the chat; “Open Internal Chat” works anywhere on the page.'}
    </p>
    ${keymap.notes.map((note) => html`<p class="note">${note}</p>`)}
    ${keymap.disabled ? html`<p class="note">All shortcuts are off.</p>` : nothing}
    <ul class="shortcuts" aria-labelledby="shortcuts-title">
      ${rows.chat.map((row) => chatRow(state, row))}
    </ul>
    <div class="actions">
      <button type="button" class="secondary" @click=${() => state.toggleAll()}>
        ${keymap.disabled ? 'Turn shortcuts back on' : 'Turn off all shortcuts'}
      </button>
      <button type="button" class="secondary" @click=${() => state.reset()}>Reset shortcuts</button>
    </div>
    ${inFlex && !keymap.disabled ? html`<p class="hint">Turning them off turns off Flex’s own shortcuts too, until Flex reloads.</p>` : nothing}
    ${rows.flex.length ? readOnlyTable(keymap, 'Flex shortcuts', rows.flex) : nothing}
    ${rows.plugins.length ? readOnlyTable(keymap, 'Other plugins’ shortcuts', rows.plugins) : nothing}
  </section>`;
}

function chatRow(state: ShortcutSectionState, row: ChatShortcutRow) {
  const { keymap } = state;
  const capturing = state.capturing === row.id;
  const throttles = THROTTLES.includes(row.throttle) ? THROTTLES : [...THROTTLES, row.throttle].sort((a, b) => a - b);
  return html`<li class="shortcut" ?data-capturing=${capturing}>
    <span class="name" id="shortcut-${row.id}">${row.name}</span>
    <span class="keys">
      ${capturing
        ? html`<button
            type="button"
            class="capture"
            aria-describedby="capture-prompt ${state.refusal ? 'capture-refusal' : ''}"
            @keydown=${(event: KeyboardEvent) => state.onCaptureKeydown(event, row.id)}
            @blur=${() => state.cancelCapture()}
          >
            Press new keys…
          </button>`
        : row.key
          ? keys(keymap, row.key)
          : html`<span class="none">No key</span>`}
    </span>
    <span class="controls">
      <button type="button" class="link" data-change=${row.id} aria-label="Change keys for ${row.name}" @click=${() => state.startCapture(row.id)}>
        ${row.key ? 'Change' : 'Set keys'}
      </button>
      ${row.key
        ? html`<button type="button" class="link" aria-label="Remove keys for ${row.name}" @click=${() => state.remove(row.id)}>Remove</button>`
        : nothing}
      <label class="throttle">
        <span aria-hidden="true">Ignore repeats</span>
        <select aria-label="Ignore repeats of ${row.name} within" @change=${(event: Event) => state.setThrottle(row.id, Number((event.target as HTMLSelectElement).value))}>
          ${throttles.map((ms) => html`<option value=${ms} ?selected=${ms === row.throttle}>${throttleLabel(ms)}</option>`)}
        </select>
      </label>
    </span>
    ${capturing
      ? html`<p class="hint capture-hint" id="capture-prompt">${keymap.notation.prompt}</p>
          ${state.refusal ? html`<p class="problem capture-hint" id="capture-refusal" role="alert">${state.refusal}</p>` : nothing}`
      : nothing}
  </li>`;
}

function readOnlyTable(keymap: ShortcutKeymap, caption: string, rows: readonly OtherShortcutRow[]) {
  return html`<table>
    <caption>
      ${caption}
      <span class="hint">(read-only)</span>
    </caption>
    <thead>
      <tr>
        <th scope="col">Action</th>
        <th scope="col">Keys</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => html`<tr>
        <td>${row.name}</td>
        <td>${keys(keymap, row.key)}</td>
      </tr>`)}
    </tbody>
  </table>`;
}
