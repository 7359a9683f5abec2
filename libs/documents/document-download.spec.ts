import { documentDownload, isPublished } from './document-download';

const SHA = 'a'.repeat(64);

describe(documentDownload.name, () => {
  it('should serve an extracted document as its format', () => {
    expect(
      documentDownload(SHA, 'https://example.org/docs/Self%20Assessment.pdf?v=2', 'pdf'),
    ).toEqual({
      mediaType: 'application/pdf',
      fileName: 'Self_20Assessment.pdf',
    });
    expect(documentDownload(SHA, 'file:2024/sa.docx', 'docx').mediaType).toMatch(
      /wordprocessingml/,
    );
  });

  it('should keep a served media type without its parameters, and fall back to bytes', () => {
    expect(documentDownload(SHA, 'upload:x.htm', 'text/html; charset=utf-8')).toEqual({
      mediaType: 'text/html',
      fileName: 'x.html',
    });
    expect(documentDownload(SHA, 'upload:x', 'not a type\r\nX-Evil: 1').mediaType).toBe(
      'application/octet-stream',
    );
  });

  it('should give a file name that cannot break a header', () => {
    const { fileName } = documentDownload(SHA, 'upload:"a";\r\nb.pdf', null);
    expect(fileName).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(documentDownload(SHA, 'https://example.org/', null).fileName).toBe(
      `${SHA.slice(0, 12)}.bin`,
    );
  });
});

describe('isPublished', () => {
  it('should count only documents from the web as published', () => {
    expect(isPublished('https://example.org/a.pdf')).toBe(true);
    expect(isPublished('file:a.pdf')).toBe(false);
    expect(isPublished('upload:a.pdf')).toBe(false);
  });
});
