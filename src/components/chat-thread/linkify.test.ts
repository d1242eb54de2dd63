import { expect } from '@open-wc/testing';
import { linkBreaks, linkify } from './linkify.js';

describe('linkify', () => {
  it('links http, https, www and mailto, and leaves the rest as text', () => {
    expect(linkify('See https://example.com/a?b=1 and www.twilio.com, or mail ann@example.org.')).to.deep.equal([
      'See ',
      { href: 'https://example.com/a?b=1', text: 'https://example.com/a?b=1' },
      ' and ',
      { href: 'https://www.twilio.com/', text: 'www.twilio.com' },
      ', or mail ',
      { href: 'mailto:ann@example.org', text: 'ann@example.org' },
      '.',
    ]);
  });

  it('never links other schemes', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd']) {
      expect(linkify(text).every((part) => typeof part === 'string'), text).to.equal(true);
    }
  });

  it('keeps balanced parentheses and drops a sentence’s closing ones', () => {
    expect(linkify('(see https://en.wikipedia.org/wiki/Lit_(framework))')).to.deep.equal([
      '(see ',
      { href: 'https://en.wikipedia.org/wiki/Lit_(framework)', text: 'https://en.wikipedia.org/wiki/Lit_(framework)' },
      ')',
    ]);
  });

  it('returns plain text untouched, markup included', () => {
    expect(linkify('<img src=x onerror=alert(1)>')).to.deep.equal(['<img src=x onerror=alert(1)>']);
    expect(linkify('')).to.deep.equal([]);
  });

  it('cuts a link where its lines may break: after :// and before its separators', () => {
    expect(linkBreaks('https://intranet.example.com/reports/2024/q3-summary.pdf?view=full&tab=1')).to.deep.equal([
      'https://',
      'intranet',
      '.example',
      '.com',
      '/reports',
      '/2024',
      '/q3-summary',
      '.pdf',
      '?view',
      '=full',
      '&tab',
      '=1',
    ]);
    expect(linkBreaks('ann@example.org')).to.deep.equal(['ann@example', '.org']);
    expect(linkBreaks('https://example.com//a')).to.deep.equal(['https://', 'example', '.com', '//a']);
  });
});
