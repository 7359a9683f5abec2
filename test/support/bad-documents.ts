import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildPdf } from '@ingest/synthetic/render/pdf-writer';
import { corpusDir } from './corpus';
import { buildZip, deflatedZeros, type ZipFile } from './minimal-zip';

/** One kind of bad document: the file name it is written under and its bytes. */
export interface BadDocument {
  kind: string;
  file: string;
  bytes: () => Buffer | string;
}

/** A deterministic byte stream (xorshift32), so "random bytes" are the same on every run. */
export function pseudoRandom(length: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** The first document of one format in the shared corpus: real bytes to damage. */
export function firstOf(format: 'html' | 'docx' | 'pdf'): Buffer {
  const dir = corpusDir(format);
  return readFileSync(path.join(dir, readdirSync(dir).sort()[0]!));
}

const SAMPLE_PDF = () => buildPdf([{ lines: [{ x: 50, y: 60, text: '1.2 Definition Yes' }] }]);

/** Replaces one object of a PDF by appending an incremental update, as editors do. */
function updatePdfObject(pdf: Buffer, id: number, body: string): Buffer {
  const text = pdf.toString('latin1');
  const previous = /startxref\n(\d+)/.exec(text)![1];
  const size = /\/Size (\d+)/.exec(text)![1];
  const object = `${id} 0 obj\n${body}\nendobj\n`;
  const xref = pdf.length + object.length;
  const update = `${object}xref\n${id} 1\n${String(pdf.length).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size} /Root 1 0 R /Prev ${previous} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

const WORD_PARTS: ZipFile[] = [
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
  },
  {
    name: '_rels/.rels',
    data: Buffer.from(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  },
];

function wordFile(body: string, prolog = ''): Buffer {
  const xml = `<?xml version="1.0"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return buildZip([...WORD_PARTS, { name: 'word/document.xml', data: Buffer.from(xml) }]);
}

/** PDF, Word, ZIP and binary files that are broken, hostile or not what they claim. */
export const BAD_DOCUMENTS: BadDocument[] = [
  { kind: 'empty file', file: 'empty.pdf', bytes: () => '' },
  { kind: 'one byte', file: 'one-byte.txt', bytes: () => 'x' },
  { kind: 'random bytes', file: 'random.pdf', bytes: () => pseudoRandom(65_536) },
  { kind: 'NUL-filled', file: 'nul-filled.docx', bytes: () => Buffer.alloc(65_536) },
  { kind: 'PDF header only', file: 'header-only.pdf', bytes: () => '%PDF-1.7\n' },
  {
    kind: 'truncated PDF',
    file: 'truncated.pdf',
    bytes: () => firstOf('pdf').subarray(0, Math.floor(firstOf('pdf').length * 0.4)),
  },
  {
    kind: 'PDF with broken xref',
    file: 'broken-xref.pdf',
    bytes: () =>
      Buffer.from(
        SAMPLE_PDF()
          .toString('latin1')
          .replace(/\d{10} 00000 n/g, '9999999999 00000 n'),
        'latin1',
      ),
  },
  {
    kind: 'encrypted PDF',
    file: 'encrypted.pdf',
    bytes: () => buildPdf([{ lines: [{ x: 50, y: 50, text: 'secret' }] }], { encrypt: true }),
  },
  {
    kind: 'PDF with no text (drawing only)',
    file: 'image-only.pdf',
    bytes: () => buildPdf([{ lines: [], rules: [{ x1: 10, y1: 10, x2: 500, y2: 700 }] }]),
  },
  {
    kind: 'PDF claiming 1e9 pages',
    file: 'billion-pages.pdf',
    bytes: () =>
      updatePdfObject(SAMPLE_PDF(), 2, '<< /Type /Pages /Kids [4 0 R] /Count 1000000000 >>'),
  },
  {
    kind: 'PDF with a huge page size',
    file: 'huge-page.pdf',
    bytes: () =>
      updatePdfObject(
        SAMPLE_PDF(),
        4,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1000000000 1000000000] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
      ),
  },
  {
    kind: 'PDF with a JavaScript action',
    file: 'javascript.pdf',
    bytes: () =>
      updatePdfObject(
        SAMPLE_PDF(),
        1,
        '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>',
      ),
  },
  { kind: 'text named .pdf', file: 'not-a-pdf.pdf', bytes: () => 'This is not a PDF.\n' },
  {
    kind: 'PNG named .docx',
    file: 'png.docx',
    bytes: () => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), pseudoRandom(2048, 7)]),
  },
  {
    kind: 'JPEG named .html',
    file: 'jpeg.html',
    bytes: () => Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), pseudoRandom(2048, 9)]),
  },
  {
    kind: 'gzip named .html',
    file: 'gzip.html',
    bytes: () => Buffer.concat([Buffer.from('1f8b0800000000000003', 'hex'), pseudoRandom(512, 11)]),
  },
  {
    kind: 'ZIP that is not Word',
    file: 'not-word.docx',
    bytes: () => buildZip([{ name: 'notes.txt', data: Buffer.from('hello') }]),
  },
  {
    kind: 'Word file without word/document.xml',
    file: 'no-document.docx',
    bytes: () => buildZip([...WORD_PARTS, { name: 'word/styles.xml', data: Buffer.from('<x/>') }]),
  },
  {
    kind: 'Word file whose entries lie about their sizes (zip bomb)',
    file: 'lying-sizes.docx',
    bytes: () => buildZip([...WORD_PARTS, deflatedZeros('word/document.xml', 512, 1024)]),
  },
  {
    kind: 'Word file declaring 512 MiB (zip bomb)',
    file: 'declared-bomb.docx',
    bytes: () => buildZip([...WORD_PARTS, deflatedZeros('word/document.xml', 512)]),
  },
  {
    kind: 'ZIP inside a Word file',
    file: 'nested-zip.docx',
    bytes: () =>
      buildZip([{ name: 'word/document.xml.zip', data: wordFile('<w:p/>') }, ...WORD_PARTS]),
  },
  {
    kind: 'Word file with an external entity (XXE)',
    file: 'xxe.docx',
    bytes: () =>
      wordFile(
        '<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>',
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      ),
  },
  {
    kind: 'Word file with 10k empty paragraphs',
    file: 'empty-paragraphs.docx',
    bytes: () => wordFile('<w:p/>'.repeat(10_000)),
  },
  {
    kind: 'Word file with malformed XML',
    file: 'malformed.docx',
    bytes: () => wordFile('<w:p><w:r><w:t>unclosed'),
  },
  {
    kind: 'truncated Word file',
    file: 'truncated.docx',
    bytes: () => firstOf('docx').subarray(0, Math.floor(firstOf('docx').length / 2)),
  },
  {
    kind: 'legacy Word (.doc, OLE)',
    file: 'legacy.doc',
    bytes: () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]),
  },
  {
    kind: 'RTF',
    file: 'letter.rtf',
    bytes: () => '{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0 1.1 Yes\\par}',
  },
];
