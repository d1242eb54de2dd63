import { expect } from '@open-wc/testing';
import { flexNotation } from './flex-notation.js';
import { widgetNotation } from './widget-notation.js';
import { sendKeyLabel } from './key-notation.js';
import { inEnglish } from '../../test/helpers/english.js';

const press = (key: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key, ...init });

describe('key notation', () => {
  describe('widget', () => {
    const pc = widgetNotation(false);
    const mac = widgetNotation(true);

    it('writes the send key Settings shows as it writes Mod+Enter', () => {
      expect(sendKeyLabel(false)).to.equal(pc.label('Mod+Enter'));
      expect(sendKeyLabel(true)).to.equal(mac.label('Mod+Enter'));
    });

    it('reads key presses as modifiers and a key, the same whatever the modifiers produce', () => {
      expect(pc.fromEvent(press('k', { ctrlKey: true }))).to.equal('Mod+K');
      expect(pc.fromEvent(press('K', { ctrlKey: true, shiftKey: true }))).to.equal('Mod+Shift+K');
      expect(pc.fromEvent(press('!', { code: 'Digit1', altKey: true, shiftKey: true }))).to.equal('Alt+Shift+1');
      expect(pc.fromEvent(press('ArrowDown', { altKey: true, shiftKey: true }))).to.equal('Alt+Shift+ArrowDown');
      expect(mac.fromEvent(press('˚', { code: 'KeyK', altKey: true }))).to.equal('Alt+K');
      expect(mac.fromEvent(press('k', { metaKey: true, ctrlKey: true }))).to.equal('Mod+Ctrl+K');
      expect(pc.fromEvent(press('Control', { ctrlKey: true })), 'a modifier alone').to.equal(null);
      expect(pc.fromEvent(press('k', { metaKey: true })), 'the Windows key belongs to the system').to.equal(null);
    });

    it('shows keys the way each platform writes them, and says them in words', () => {
      expect(pc.label('Mod+K')).to.equal('Ctrl+K');
      expect(pc.label('Alt+Shift+ArrowDown')).to.equal('Alt+Shift+↓');
      expect(mac.label('Mod+K')).to.equal('⌘K');
      expect(mac.label('Mod+Alt+Shift+P')).to.equal('⌥⇧⌘P');
      expect(mac.words('Mod+Shift+K')).to.equal('Shift Command K');
      expect(pc.words('Alt+Shift+ArrowUp')).to.equal('Alt+Shift+Up Arrow');
    });

    it('refuses keys that typing or the browser needs, in words', () => {
      expect(inEnglish(pc.refusal('K'))).to.contain('keys on their own are for typing');
      expect(inEnglish(pc.refusal('Shift+K'))).to.contain('Ctrl or Alt');
      expect(inEnglish(pc.refusal('Mod+C'))).to.equal('Ctrl+C is kept for copying. Choose another key.');
      expect(inEnglish(mac.refusal('Mod+V'))).to.equal('⌘V is kept for pasting. Choose another key.');
      expect(inEnglish(pc.refusal('Mod+Enter'))).to.contain('sending a message');
      expect(pc.refusal('F2')).to.equal(null);
      expect(pc.refusal('Mod+Shift+K')).to.equal(null);
    });

    it('tells stored keys from rubbish', () => {
      expect(pc.isKey('Mod+K')).to.equal(true);
      expect(pc.isKey('Mod++')).to.equal(true);
      expect(pc.isKey('Hyper+K')).to.equal(false);
      expect(pc.isKey('')).to.equal(false);
      expect(pc.isKey(42)).to.equal(false);
    });
  });

  describe('flex', () => {
    const flex = flexNotation(false);

    it('takes one letter or digit, and shows the Ctrl+Shift Flex adds', () => {
      expect(flex.fromEvent(press('K', { code: 'KeyK', ctrlKey: true, shiftKey: true }))).to.equal('K');
      expect(flex.fromEvent(press('u', { code: 'KeyU' }))).to.equal('U');
      expect(flex.fromEvent(press(')', { code: 'Digit0', shiftKey: true }))).to.equal('0');
      expect(flex.fromEvent(press('ArrowDown'))).to.equal(null);
      expect(flex.label('K')).to.equal('Ctrl+Shift+K');
      expect(flexNotation(true).label('K')).to.equal('⌃⇧K');
    });

    it("refuses what the browser keeps for Ctrl+Shift, in words", () => {
      expect(inEnglish(flex.refusal('I'))).to.equal("Ctrl+Shift+I opens the developer tools in the browser. Choose another key.");
      expect(inEnglish(flex.refusal('N'))).to.contain('private window');
      expect(inEnglish(flex.refusal('ArrowDown'))).to.contain('one letter or digit');
      expect(flex.refusal('U')).to.equal(null);
    });

    it('refuses the keys Chrome, Edge and Firefox all use for bookmarks, and those typing uses, as Flex never stops them', () => {
      expect(inEnglish(flex.refusal('B'))).to.equal('Ctrl+Shift+B shows or hides the bookmarks bar in the browser. Choose another key.');
      expect(inEnglish(flex.refusal('O'))).to.contain('bookmarks');
      expect(inEnglish(flex.refusal('D'))).to.contain('bookmarks');
      expect(inEnglish(flex.refusal('V'))).to.equal('Ctrl+Shift+V pastes without formatting in the browser. Choose another key.');
      expect(inEnglish(flex.refusal('Z'))).to.contain('redo');
      // Firefox alone uses K: a person on another browser may take it (saved per browser).
      expect(flex.refusal('K')).to.equal(null);
    });
  });
});
