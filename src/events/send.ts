/**
 * The composer asks to send a message: its text and every attachment, as one message, and whom
 * the text mentions (identities). Cancelable: a host that calls `preventDefault()` keeps the
 * composer's contents.
 */
export class IacSendEvent extends Event {
  constructor(readonly detail: { text: string; files: File[]; mentions: string[] }) {
    super('iac-send', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iac-send': IacSendEvent;
  }
}
