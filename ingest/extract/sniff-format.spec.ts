import { sniffFormat } from './sniff-format';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe(sniffFormat.name, () => {
  it('should tell formats from their bytes, not a name', () => {
    expect(sniffFormat(bytes('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(sniffFormat(bytes('<!DOCTYPE html><html><body></body></html>'))).toBe('html');
    expect(sniffFormat(bytes('  <table><tr><td>1.2</td></tr></table>'))).toBe('html');
    expect(sniffFormat(bytes('1.2\tA complaint must be defined\tYes'))).toBe('text');
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe('legacy-word');
    expect(
      sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('xxword/document.xml')])),
    ).toBe('docx');
    expect(
      sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('xl/workbook.xml')])),
    ).toBe('zip');
    expect(sniffFormat(new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7) % 32)))).toBe(
      'binary',
    );
  });

  it('should read UTF-16 text by its byte order mark, not refuse it as binary', () => {
    const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(sniffFormat(utf16('<!DOCTYPE html><html><body></body></html>'))).toBe('html');
    expect(sniffFormat(utf16('1.2\tA complaint must be defined\tYes'))).toBe('text');
  });
});
