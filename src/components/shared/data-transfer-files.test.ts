import { expect } from '@open-wc/testing';
import { carriesFiles, filesIn, namePastedFiles } from './data-transfer-files.js';

describe('data-transfer-files', () => {
  it('finds the files in a transfer and only them', () => {
    const data = new DataTransfer();
    data.setData('text/plain', 'words');
    expect(carriesFiles(data)).to.be.false;
    expect(filesIn(data)).to.be.empty;
    data.items.add(new File(['a'], 'a.txt', { type: 'text/plain' }));
    expect(carriesFiles(data)).to.be.true;
    expect(filesIn(data).map((f) => f.name)).to.deep.equal(['a.txt']);
    expect(filesIn(null)).to.be.empty;
  });

  it('names nameless pasted files distinctly and keeps real names', () => {
    const when = new Date(2024, 4, 1, 13, 45, 12);
    const named = new File(['n'], 'notes.txt');
    const files = namePastedFiles(
      [new File(['1'], '', { type: 'image/png' }), named, new File(['2'], 'image.jpeg', { type: 'image/jpeg' })],
      when,
    );
    expect(files.map((f) => f.name)).to.deep.equal([
      'pasted-image-20240501-134512-1.png',
      'notes.txt',
      'pasted-image-20240501-134512-2.jpg',
    ]);
    expect(files[1]).to.equal(named);
  });
});
