import { expect } from '@open-wc/testing';
import { DEFAULT_LIMITS, limitsOf } from './message-limits.js';
import { admitFiles, bodyRefusal } from './message-refusals.js';
import { inEnglish } from '../../../test/helpers/english.js';

const file = (name: string, size: number) => new File([new Uint8Array(size)], name);
const limits = { ...DEFAULT_LIMITS, maxFiles: 3, maxFileBytes: 1000, maxTotalBytes: 1500 };

describe('message limits', () => {
  it('takes its limits from the conversation, with defaults before it exists', () => {
    expect(limitsOf(undefined)).to.deep.equal(DEFAULT_LIMITS);
    const conversation = { limits: { mediaAttachmentsCountLimit: 5, mediaAttachmentSizeLimitInMb: 16, mediaAttachmentsTotalSizeLimitInMb: 32 } };
    expect(limitsOf(conversation as never)).to.include({ maxFiles: 5, maxFileBytes: 16 * 1024 * 1024, maxTotalBytes: 32 * 1024 * 1024 });
  });

  it('refuses each file it cannot take by name, with the limit, and keeps the rest', () => {
    const { accepted, refusals } = admitFiles(
      [file('a.txt', 400)],
      [file('empty.txt', 0), file('huge.bin', 5000), file('b.txt', 600), file('c.txt', 600), file('d.txt', 10)],
      limits,
    );
    expect(accepted.map((f) => f.name)).to.deep.equal(['b.txt', 'd.txt']);
    expect(refusals.map(inEnglish)).to.deep.equal([
      '“empty.txt” is empty, so it wasn\'t attached.',
      '“huge.bin” is 4.9 kB; a file can be at most 1,000 bytes.',
      '“c.txt” wasn\'t attached: the files of one message can add up to at most 1.5 kB.',
    ]);
    expect(inEnglish(admitFiles(accepted.concat(file('a', 1)), [file('e.txt', 1)], limits).refusals[0]!)).to.contain('at most 3 files');
  });

  it('refuses a body over 32 KB, counted in bytes as sent', () => {
    expect(bodyRefusal('x'.repeat(32 * 1024), DEFAULT_LIMITS)).to.equal(null);
    expect(inEnglish(bodyRefusal('€'.repeat(11_000), DEFAULT_LIMITS))).to.match(/^This message is 33,000 bytes; a message can be at most 32 kB\./);
    expect(inEnglish(bodyRefusal('x'.repeat(100_000), DEFAULT_LIMITS))).to.match(/^This message is 98 kB;/);
  });
});
