import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DocumentError, DocumentErrorCode } from '@ingest/core';
import { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import { corpusDir } from '../support/corpus';
import { buildPdf } from '@ingest/synthetic/render/pdf-writer';
import { buildZip } from '../support/minimal-zip';

function firstCorpusFile(format: 'seeds' | 'pdf'): Buffer {
  const dir = corpusDir(format);
  return readFileSync(path.join(dir, readdirSync(dir).sort()[0]!));
}

describe('extraction of bad input', () => {
  const sandbox = new DocumentSandbox({ timeoutMs: 20_000, memoryMb: 256, threads: 1 });
  afterAll(() => sandbox.close());

  const extract = (bytes: Uint8Array) => extractDocument('input', bytes, sandbox);
  const expectCode = async (bytes: Uint8Array, code: DocumentErrorCode) => {
    const error = await extract(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe(code);
    expect((error as DocumentError).message).not.toMatch(/\n/);
  };

  it('should refuse an empty file', () => expectCode(new Uint8Array(0), DocumentErrorCode.Empty));

  it('should refuse random bytes as an unknown format', () =>
    expectCode(randomBytes(8192), DocumentErrorCode.UnknownFormat));

  it('should refuse a file over the size limit before reading it', () =>
    expectCode(new Uint8Array(200 * 1024 * 1024), DocumentErrorCode.TooLarge));

  it('should say a PDF is encrypted when it needs a password', () =>
    expectCode(
      buildPdf([{ lines: [{ x: 50, y: 50, text: 'secret' }] }], { encrypt: true }),
      DocumentErrorCode.Encrypted,
    ));

  it('should fail cleanly or read what survives when a PDF is truncated', async () => {
    const pdf = firstCorpusFile('pdf');
    const truncated = pdf.subarray(0, Math.floor(pdf.length * 0.4));
    const outcome = await extract(truncated).then(
      (result) => result.responses.length,
      (error: unknown) => error,
    );
    if (typeof outcome === 'number') {
      expect(outcome).toBeLessThan(72);
    } else {
      expect(outcome).toBeInstanceOf(DocumentError);
    }
  });

  it('should return no responses and a warning for a PDF with no table', async () => {
    const result = await extract(
      buildPdf([{ lines: [{ x: 50, y: 60, text: 'Annual report on our gardens and parks' }] }]),
    );
    expect(result.format).toBe('pdf');
    expect(result.responses).toEqual([]);
    expect(result.warnings).toContain('no self-assessment table or provision list found');
  });

  it('should return no responses for a web page that is not a self-assessment', async () => {
    const html =
      '<html><body><h1>Bin collections</h1><table><tr><td>Monday</td><td>Green bin</td></tr></table></body></html>';
    const result = await extract(Buffer.from(html));
    expect(result.responses).toEqual([]);
    expect(result.warnings.length).toBeGreaterThan(0);
  });

  it('should refuse a Word zip bomb before inflating it', () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(300 * 1024 * 1024, 0x20) },
    ]);
    return expectCode(bomb, DocumentErrorCode.ZipBomb);
  });

  it('should refuse a ZIP that is not a Word document', () =>
    expectCode(
      buildZip([{ name: 'notes.txt', data: Buffer.from('hello') }]),
      DocumentErrorCode.UnknownFormat,
    ));

  it('should ignore scripts and survive broken markup in HTML', async () => {
    const html = `<html><body><script>document.write('1.9 evil')</script><table><tr><th>Provision</th><th>Requirement</th><th>Comply</th><th>Evidence</th>
      <tr><td>1.2<td>A complaint must be defined as an expression of dissatisfaction<td>Yes<td>Policy section 2 <b>bold <i>unclosed
      <tr><td>1.3<td>A resident does not have to use the word complaint<td>No<td>Not yet</table>`;
    const result = await extract(Buffer.from(html));
    expect(result.responses.map((r) => [r.provision, r.compliance])).toEqual([
      ['1.2', 'yes'],
      ['1.3', 'no'],
    ]);
    expect(JSON.stringify(result)).not.toContain('evil');
  });

  it('should read text that is not UTF-8, and say how it was decoded', async () => {
    const utf8 = firstCorpusFile('seeds').toString('utf8');
    const latin1 = `${utf8.replace(/[\u0100-\uffff]/g, '?')}\nRemedy paid: £50 to the café\n`;
    const result = await extract(Buffer.from(latin1, 'latin1'));
    expect(result.warnings).toContain('text decoded as windows-1252');
    expect(result.responses.length).toBeGreaterThanOrEqual(70);
  });
});
