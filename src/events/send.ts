/** The composer asks to send a message: its text and every attachment, as one message. Cancelable: a host that calls `preventDefault()` keeps the composer's contents. */
export class IacSendEvent extends Event {
  constructor(readonly detail: { text: string; files: File[] }) {
    super('iac-send', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iac-send': IacSendEvent;
  }
}
