import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('x-smoke')
class XSmoke extends LitElement {
  @property() accessor name = 'a';
  override render() { return html`<p>${this.name}</p>`; }
}
it('works', async () => {
  const el = document.createElement('x-smoke') as XSmoke;
  document.body.append(el);
  el.name = 'b';
  await el.updateComplete;
  expect(el.shadowRoot!.textContent).to.equal('b');
  expect(typeof indexedDB).to.equal('object');
});
