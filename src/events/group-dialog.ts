/**
 * The directory asked for the New group dialog, or a group's header for its Members dialog:
 * `<internal-agent-chat>` shows it (each element alone, in a gallery, just announces it).
 */
export class IacGroupDialogEvent extends Event {
  constructor(readonly detail: { dialog: 'new-group' } | { dialog: 'members'; chat: string }) {
    super('iac-group-dialog', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iac-group-dialog': IacGroupDialogEvent;
  }
}
