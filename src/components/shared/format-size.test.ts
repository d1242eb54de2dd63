import { expect } from '@open-wc/testing';
import { formatSize } from './format-size.js';

describe('formatSize', () => {
  it('reads like a file manager', () => {
    expect(formatSize(0, 'en')).to.equal('0 B');
    expect(formatSize(512, 'en')).to.equal('512 B');
    expect(formatSize(1024, 'en')).to.equal('1 KB');
    expect(formatSize(12 * 1024, 'en')).to.equal('12 KB');
    expect(formatSize(1.4 * 1024 * 1024, 'en')).to.equal('1.4 MB');
    expect(formatSize(1024 * 1024 - 1, 'en')).to.equal('1 MB');
    expect(formatSize(3 * 1024 ** 3, 'en')).to.equal('3 GB');
    expect(formatSize(1.5 * 1024 ** 2, 'de')).to.equal('1,5 MB');
    expect(formatSize(Number.NaN)).to.equal('');
  });
});
