import path from 'node:path';
import { lastingSource, localFileSource } from './document-source';

describe('lastingSource', () => {
  it('should keep only the base name of a local absolute path', () => {
    expect(lastingSource('/home/ann/reports/Self assessment.pdf')).toBe('file:Self assessment.pdf');
    expect(lastingSource('C:\\Users\\ann\\sa.docx')).toBe('file:sa.docx');
  });

  it('should keep URLs and names that are already lasting', () => {
    for (const source of ['https://example.org/a/sa.pdf', 'file:2024/sa.pdf', 'upload:sa.pdf']) {
      expect(lastingSource(source)).toBe(source);
    }
  });
});

describe('localFileSource', () => {
  it('should name a file by its path from the folder ingested', () => {
    const root = path.resolve('corpus');
    expect(localFileSource(path.join(root, '2024', 'sa.pdf'), root)).toBe('file:2024/sa.pdf');
    expect(
      localFileSource(path.join(root, 'sa.pdf'), path.dirname(path.join(root, 'sa.pdf'))),
    ).toBe('file:sa.pdf');
  });
});
