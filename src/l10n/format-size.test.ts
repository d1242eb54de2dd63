import { expect } from '@open-wc/testing';
import { formatSize } from './format-size.js';

describe('formatSize', () => {
  // Units are Intl's, in the reader's language: English writes "kB", and bytes in full.
  it('reads like a file manager', () => {
    expect(formatSize(0, 'en')).to.equal('0 bytes');
    expect(formatSize(1, 'en')).to.equal('1 byte');
    expect(formatSize(512, 'en')).to.equal('512 bytes');
    expect(formatSize(1024, 'en')).to.equal('1 kB');
    expect(formatSize(12 * 1024, 'en')).to.equal('12 kB');
    expect(formatSize(1.4 * 1024 * 1024, 'en')).to.equal('1.4 MB');
    expect(formatSize(1024 * 1024 - 1, 'en')).to.equal('1 MB');
    expect(formatSize(3 * 1024 ** 3, 'en')).to.equal('3 GB');
    expect(formatSize(1.5 * 1024 ** 2, 'de')).to.equal('1,5 MB');
    expect(formatSize(Number.NaN)).to.equal('');
  });

  it('writes number and unit as Intl does for the locale', () => {
    const unit = (locale: string, value: number, unit: string, digits = 0) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: digits }).format(value);
    expect(formatSize(1.4 * 1024 * 1024, 'es')).to.equal(unit('es', 1.4, 'megabyte', 1));
    expect(formatSize(1.4 * 1024 * 1024, 'es')).to.equal('1,4 MB');
    expect(formatSize(12 * 1024, 'ar')).to.equal(unit('ar', 12, 'kilobyte'));
    expect(formatSize(512, 'ar')).to.equal(unit('ar', 512, 'byte'));
  });
});
