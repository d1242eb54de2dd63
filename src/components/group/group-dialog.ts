import { LitElement, html, nothing } from 'lit';
import { customElement } from '../shared/custom-element.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { StoreController } from '../shared/store-controller.js';
import { avatar } from '../shared/avatar.js';
import { activityWords } from '../shared/activity-words.js';
import { describeError, FailureInWords, type FailedAction } from '../../services/conversations/describe-error.js';
import { GROUP_MAX_MEMBERS, groupRefusal } from '../../services/chat/group-chats.js';
import type { ChatStore } from '../../services/chat-store.js';
import type { ChatId } from '../../services/chat/chat-id.js';
import type { IacGroupDialogEvent } from '../../events/group-dialog.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import type { IacPeoplePicker } from './people-picker.js';
import './people-picker.js';
import { styles } from './group-dialog.styles.js';

export type GroupDialogRequest = IacGroupDialogEvent['detail'];

/**
 * The group dialogs, one modal at a time. **New group**: a name and people (the creator is
 * always in), or the whole team the directory says the user is in; Create makes the group and
 * opens it. **Members** of a group: who is in it, with
 * their presence; any member can rename it, add people, or leave the group after saying so
 * once more.
 * What can't be done is said in words, keeping what was typed and chosen.
 *
 * @summary The New group and Members dialogs.
 * @csspart dialog - The dialog box.
 * @csspart avatar - A member's avatar, and those in the people picker.
 */
export class IacGroupDialog extends LitElement {
  static override styles = styles;
  static override properties = {
    request: { state: true },
    name: { state: true },
    problem: { state: true },
    confirmingLeave: { state: true },
    busy: { state: true },
  };

  /** Which dialog is shown, and for which group. */
  private request: GroupDialogRequest = { dialog: 'new-group' };
  /** The new group's name as typed. */
  private name = '';
  private problem: Phrase | null = null;
  private confirmingLeave = false;
  private busy = false;
  readonly #view = new StoreController(this, (s) => ({ chats: s.chats, agents: s.agents, me: s.me }));
  readonly #l10n = new LocaleController(this);
  #closed: ((created: ChatId | null) => void) | undefined;
  #created: ChatId | null = null;

  /**
   * Opens New group (empty) or a group's Members; resolves once it has closed, with the group
   * created and opened, if one was.
   */
  async show(request: GroupDialogRequest): Promise<ChatId | null> {
    const group = request.dialog === 'members' ? this.#view.value?.chats.get(request.chat) : undefined;
    Object.assign(this, { request, name: group?.name ?? '', problem: null, confirmingLeave: false });
    this.#created = null;
    this.#picker()?.clear();
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>(request.dialog === 'new-group' ? 'input' : 'h2')?.focus();
    return new Promise((resolve) => (this.#closed = resolve));
  }

  /** Closes the dialog; what was typed and chosen goes with it. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    const t = this.#l10n.words;
    const { request } = this;
    const group = request.dialog === 'members' ? this.#view.value?.chats.get(request.chat) : undefined;
    const members = group ? [...group.members].sort((a, b) => this.#name(a).localeCompare(this.#name(b), this.#l10n.tag)) : [];
    const me = this.#view.value?.me?.identity;
    const team = this.#view.value?.me?.team;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${() => this.#closed?.(this.#created)}>
      <form @submit=${this.#submit} novalidate>
        <h2 id="title" tabindex="-1">${group ? t.membersOf(group.name ?? '') : t.newGroup}</h2>
        <label for="group-name">${t.groupName}</label>
        <div class="name-field">
          <input id="group-name" type="text" maxlength="256" autocomplete="off" .value=${this.name} @input=${this.#onName} @keydown=${this.#onNameKeydown} />
          ${group
            ? html`<button type="button" class="secondary" ?disabled=${this.busy || this.name.trim() === group.name} @click=${this.#rename}>${t.renameGroup}</button>`
            : nothing}
        </div>
        ${group
          ? html`<ul class="members" aria-label=${t.members}>
              ${repeat(members, (identity) => identity, (identity) => this.#member(identity, identity === me))}
            </ul>`
          : nothing}
        <iac-people-picker .exclude=${group ? members : me ? [me] : []} @iac-people-change=${() => (this.problem = null)}></iac-people-picker>
        ${!group && team
          ? html`<button type="button" class="secondary team" ?disabled=${this.busy} @click=${this.#addTeam}>${t.addMyTeam(team)}</button>`
          : nothing}
        ${this.problem ? html`<p class="problem" role="alert">${this.#l10n.say(this.problem)}</p>` : nothing}
        ${this.confirmingLeave
          ? html`<p role="alert">${t.leaveGroupConfirm(group?.name ?? '')}</p>
              <div class="buttons">
                <button type="button" class="secondary" @click=${() => (this.confirmingLeave = false)}>${t.cancel}</button>
                <button type="button" class="primary" ?disabled=${this.busy} @click=${this.#leave}>${t.leaveGroup}</button>
              </div>`
          : html`<div class="buttons">
              ${group ? html`<button type="button" class="link danger leave" @click=${() => (this.confirmingLeave = true)}>${t.leaveGroup}</button>` : nothing}
              <button type="button" class="secondary" @click=${() => this.close()}>${group ? t.close : t.cancel}</button>
              <button type="submit" class="primary" ?disabled=${this.busy}>${group ? t.add : t.create}</button>
            </div>`}
      </form>
    </dialog>`;
  }

  #member(identity: string, isMe: boolean) {
    const agent = this.#view.store!.agent(identity);
    const t = this.#l10n.words;
    return html`<li>
      ${avatar(agent)}<span class="name">${isMe ? t.youMember(agent.displayName) : agent.displayName}</span
      ><span class="activity">${activityWords(agent, this.#l10n)}</span>
    </li>`;
  }

  #name(identity: string): string {
    return this.#view.store?.agent(identity).displayName ?? identity;
  }

  #picker(): IacPeoplePicker | null {
    return this.renderRoot.querySelector('iac-people-picker');
  }

  #onName(event: InputEvent): void {
    this.name = (event.target as HTMLInputElement).value;
    this.problem = null;
  }

  /** Everyone in the user's team joins the people chosen, and the group takes the team's name if it has none yet. */
  #addTeam(): Promise<void> {
    const team = this.#view.value?.me?.team ?? '';
    return this.#doing('actionAddTeam', async (store) => {
      const picker = this.#picker()!;
      const chosen = [...new Set([...picker.chosen, ...(await store.teammates()).map((agent) => agent.identity)])];
      if (chosen.length + 1 > GROUP_MAX_MEMBERS) throw new FailureInWords(phrase('groupTooLarge', GROUP_MAX_MEMBERS));
      picker.chosen = chosen;
      if (!this.name.trim()) this.name = team;
    });
  }

  /** Enter in a group's name renames it; in New group's, it creates, as the form does. */
  #onNameKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || this.request.dialog !== 'members' || event.isComposing) return;
    event.preventDefault();
    void this.#rename();
  }

  #rename(): Promise<void> {
    const { request } = this;
    if (request.dialog !== 'members') return Promise.resolve();
    return this.#doing('actionRenameGroup', (store) => store.renameGroup(request.chat, this.name));
  }

  /** Create (New group) or Add (Members). */
  #submit(event: Event): Promise<void> {
    event.preventDefault();
    const { request } = this;
    const picker = this.#picker()!;
    if (request.dialog === 'members') {
      return picker.chosen.length
        ? this.#doing('actionAddPeople', async (store) => (await store.addToGroup(request.chat, picker.chosen), picker.clear()))
        : Promise.resolve();
    }
    this.problem = groupRefusal(this.name, picker.chosen) ?? null;
    if (this.problem) return Promise.resolve();
    return this.#doing('actionCreateGroup', async (store) => {
      const chat = await store.createGroup(this.name, picker.chosen);
      await store.openChat(chat);
      this.#created = chat;
      this.close();
    });
  }

  #leave(): Promise<void> {
    const { request } = this;
    if (request.dialog !== 'members') return Promise.resolve();
    return this.#doing('actionLeaveGroup', async (store) => (await store.leaveGroup(request.chat), this.close()));
  }

  async #doing(action: FailedAction, work: (store: ChatStore) => Promise<unknown>): Promise<void> {
    const store = this.#view.store;
    if (!store || this.busy) return;
    this.busy = true;
    this.problem = null;
    try {
      await work(store);
    } catch (error) {
      // The store's own refusals are whole sentences; anything else says what failed.
      this.problem = error instanceof FailureInWords ? error.words : describeError(error, action);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-group-dialog': IacGroupDialog;
  }
}

customElement('iac-group-dialog')(IacGroupDialog);
