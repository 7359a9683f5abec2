/** A line of text at a position on the page (points, origin top-left). */
export interface PdfTextLine {
  x: number;
  y: number;
  text: string;
  size?: number;
}

/** A stroked line segment (points, origin top-left). */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPageSpec {
  lines: PdfTextLine[];
  rules?: PdfRule[];
}

const PAGE_HEIGHT = 842;
const PAGE_WIDTH = 595;

function escapeText(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/**
 * Writes a small, valid PDF with Helvetica text and stroked ruling lines, so tests and the
 * synthetic sector can build the documents they need (tables across pages, encryption).
 */
export function buildPdf(pages: PdfPageSpec[], options: { encrypt?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const pageIds = pages.map((_, i) => 4 + i * 2);
  add(
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  );
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const [i, page] of pages.entries()) {
    const content = [
      ...(page.rules ?? []).map(
        (r) => `0.5 w ${r.x1} ${PAGE_HEIGHT - r.y1} m ${r.x2} ${PAGE_HEIGHT - r.y2} l S`,
      ),
      ...page.lines.map(
        (l) =>
          `BT /F1 ${l.size ?? 9} Tf ${l.x} ${PAGE_HEIGHT - l.y} Td (${escapeText(l.text)}) Tj ET`,
      ),
    ].join('\n');
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  let encryptRef = '';
  if (options.encrypt) {
    const junk = '<' + 'ab'.repeat(32) + '>';
    add(`<< /Filter /Standard /V 1 /R 2 /O ${junk} /U ${junk} /P -44 >>`);
    encryptRef = ` /Encrypt ${objects.length} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryptRef} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
