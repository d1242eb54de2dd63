/** The words of every catalog, where values from elsewhere (a library's detail, a reason) go into them. */
import { expect } from '@open-wc/testing';
import { catalog as english, type Catalog } from './en.js';
import { catalog as spanish } from './es.js';
import { catalog as arabic } from './ar.js';

const CATALOGS: Array<[string, Catalog]> = [
  ['en', english('en')],
  ['es', spanish('es')],
  ['ar', arabic('ar')],
];

/** Without the invisible isolates around values, which sit between the punctuation marks. */
const visible = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

describe('catalogs', () => {
  it('end a sentence once when a detail in parentheses ends with its own full stop', () => {
    // What libraries say: a full sentence, full stop included.
    const detail = 'Message body is 35000 bytes; the limit is 32768 bytes.';
    for (const [language, words] of CATALOGS) {
      const sentences = [
        words.couldNot(words.actionSend, detail),
        words.settingsDidNotOpen(detail),
        words.settingsUnread(detail),
        words.shortcutsUnread(detail),
        words.settingsUnsaved(detail),
        words.soundFailed(detail),
      ].map(visible);
      for (const sentence of sentences) {
        expect(sentence, language).to.not.match(/\.\)[.,،]|\.\./);
        expect(sentence, language).to.contain('the limit is 32768 bytes)');
      }
    }
  });

  it('keep a detail that ends otherwise as it is', () => {
    for (const [language, words] of CATALOGS) {
      expect(visible(words.couldNot(words.actionSend, 'Loading…')), language).to.contain('(Loading…)');
      expect(visible(words.couldNot(words.actionSend, 'is it there?')), language).to.contain('(is it there?)');
    }
  });
});
